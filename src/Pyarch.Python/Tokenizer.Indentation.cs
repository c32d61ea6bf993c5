using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Pyarch.Python;

public sealed partial class Tokenizer
{
    /// <summary>CPython's <c>MAXINDENT</c>.</summary>
    private const int MaxIndentDepth = 100;

    /// <summary>
    /// The open indentation levels, the outermost (column 0) first: each level's column with tabs to multiples of 8,
    /// and with tabs counted as 1 (CPython's altcol). An array and a count: a list of each read its count and its
    /// array, both bounds-checked, at every line.
    /// </summary>
    private (int Col, int AltCol)[] _levels = new (int, int)[8];
    private int _depth = 1;
    private bool _blankLine;

    /// <summary>
    /// At the start of a logical line: measures the indentation and emits INDENT or DEDENT tokens, as
    /// <c>tok_get_normal_mode</c> does. Blank and comment-only lines leave the indentation alone.
    /// </summary>
    private void ReadIndentation()
    {
        int start = _pos;
        // Most lines are indented with spaces alone: those are counted first, and ReadMixedIndentation runs only for
        // a tab, a form feed or a backslash after them.
        _pos = SpacesEnd(_chars, start, _length);
        int col = _pos - start, altcol = col;
        char next = Current;
        if (next is '\t' or '\f' or '\\')
        {
            if (!ReadMixedIndentation(ref col, ref altcol))
            {
                return;
            }
            next = Current;
        }
        if (next == '#' || next == '\n' || AtEnd)
        {
            _blankLine = true;
            return;
        }
        _blankLine = false;

        (int top, int altTop) = _levels[_depth - 1];
        if (col == top)
        {
            if (altcol != altTop)
            {
                TabError();
            }
        }
        else if (col > top)
        {
            if (_depth >= MaxIndentDepth)
            {
                Fail("too many levels of indentation", _pos + 1, SyntaxErrorKind.IndentationError, TokenizerErrorPrecedence.WhenReached);
                return;
            }
            if (altcol <= altTop)
            {
                TabError();
                return;
            }
            if (_depth == _levels.Length)
            {
                Array.Resize(ref _levels, _depth * 2);
            }
            _levels[_depth++] = (col, altcol);
            Add(TokenKind.Indent, start);
        }
        else
        {
            while (_depth > 1 && col < _levels[_depth - 1].Col)
            {
                _depth--;
                _tokens.Add(new Token(TokenKind.Dedent, Pyarch.Text.TextRange.Empty(_pos)));
            }
            if (col != _levels[_depth - 1].Col)
            {
                // CPython has read the whole line by then and points past its end.
                int lineEnd = Text[_pos..].IndexOf('\n');
                FailAt(SyntaxErrors.UnindentMismatch, lineEnd < 0 ? _length : _pos + lineEnd, SyntaxErrorKind.IndentationError, TokenizerErrorPrecedence.WhenReached);
                return;
            }
            if (altcol != _levels[_depth - 1].AltCol)
            {
                TabError();
            }
        }
    }

    /// <summary>
    /// The rest of an indentation that holds tabs, form feeds or a backslash, from <see cref="_pos"/>, counted on
    /// from <paramref name="col"/> and <paramref name="altcol"/>; false when a line continuation failed.
    /// </summary>
    private bool ReadMixedIndentation(ref int col, ref int altcol)
    {
        int continuedAt = 0;
        while (_pos < _length)
        {
            char c = _chars[_pos];
            if (c == '\\')
            {
                // Indentation does not go on over a backslash: the first one's column decides it, unless that
                // column is 0, and then the next line's whitespace still counts (CPython's cont_line_col).
                continuedAt = continuedAt != 0 ? continuedAt : col;
                if (!ReadLineContinuation())
                {
                    return false;
                }
                continue;
            }
            if (c == ' ')
            {
                col++;
                altcol++;
            }
            else if (c == '\t')
            {
                col = (col / 8 + 1) * 8;
                altcol++;
            }
            else if (c == '\f')
            {
                col = altcol = 0; // CPython resets the column at a form feed
            }
            else
            {
                break;
            }
            _pos++;
        }
        if (continuedAt != 0)
        {
            col = altcol = continuedAt;
        }
        return true;
    }

    /// <summary>
    /// Where the run of spaces from <paramref name="pos"/> ends, eight characters a step: lines are indented by
    /// four, eight or twelve spaces most often, and one test a character mispredicted its exit once a line.
    /// </summary>
    private static int SpacesEnd(char[] chars, int pos, int length)
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(chars));
        // Reads may go past the text's length into the rest of the array; the result is cut back to the length.
        while (pos < length && pos <= chars.Length - Vector128<ushort>.Count)
        {
            // Compared as bytes, whose sign bits the CPU gathers in one instruction (it has none for 16-bit lanes): a
            // character is a space where both its bytes are, which leaves one bit per character at the even places.
            uint bytes = Vector128.Equals(Vector128.LoadUnsafe(ref first, (nuint)pos).AsByte(), Vector128.Create((ushort)' ').AsByte())
                .ExtractMostSignificantBits();
            uint others = ~(bytes & (bytes >> 1)) & 0x5555;
            if (others != 0)
            {
                return Math.Min(pos + (BitOperations.TrailingZeroCount(others) / 2), length);
            }
            pos += Vector128<ushort>.Count;
        }
        while (pos < length && chars[pos] == ' ')
        {
            pos++;
        }
        return Math.Min(pos, length);
    }

    /// <summary>The indentation as a whole is wrong: CPython reports its line at the first column.</summary>
    private void TabError()
    {
        int lineStart = _source.Lines.LineStart(_source.Lines.LineOf(_pos));
        FailAt("inconsistent use of tabs and spaces in indentation", lineStart, SyntaxErrorKind.TabError, TokenizerErrorPrecedence.WhenReached);
    }
}
