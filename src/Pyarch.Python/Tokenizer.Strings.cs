using System.Runtime.CompilerServices;

namespace Pyarch.Python;

public sealed partial class Tokenizer
{
    /// <summary>One f-string being tokenized, and the stack of its open replacement fields (PEP 701).</summary>
    private sealed class FStringState(char quote, bool triple, bool raw, int start)
    {
        public char Quote { get; } = quote;
        public bool Triple { get; } = triple;
        public bool Raw { get; } = raw;
        public int Start { get; } = start;

        /// <summary>For each open field: the bracket depth just inside its <c>{</c>, and whether its format spec began.</summary>
        public List<(int Depth, bool InSpec)> Fields { get; } = [];
    }

    private readonly List<FStringState> _fstrings = [];

    /// <summary>True while reading the expression of a replacement field (not its literal text or format spec).</summary>
    private bool InFStringExpression
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _fstrings.Count > 0 && InFStringField();
    }

    /// <summary>Inside an f-string: whether its innermost replacement field is open and not in its format spec.</summary>
    private bool InFStringField() => _fstrings[^1].Fields.Count > 0 && !_fstrings[^1].Fields[^1].InSpec;

    /// <summary>At a quote, after an optional prefix starting at <paramref name="start"/>.</summary>
    private void ScanString(int start, int quoteAt)
    {
        bool raw = false, fstring = false;
        for (int i = start; i < quoteAt; i++)
        {
            char p = char.ToLowerInvariant(_chars[i]);
            raw |= p == 'r';
            fstring |= p == 'f';
        }
        char quote = _chars[quoteAt];
        bool triple = quoteAt + 2 < _length && _chars[quoteAt + 1] == quote && _chars[quoteAt + 2] == quote;
        _pos = quoteAt + (triple ? 3 : 1);
        if (fstring)
        {
            Add(TokenKind.FStringStart, start);
            _fstrings.Add(new FStringState(quote, triple, raw, start));
            return;
        }

        // Only a quote, a backslash and (in a one-line string) a line end matter: a vectorized search skips the rest.
        ReadOnlySpan<char> text = Text;
        while (true)
        {
            int found = triple ? text[_pos..].IndexOfAny(quote, '\\') : text[_pos..].IndexOfAny(quote, '\\', '\n');
            if (found < 0)
            {
                _pos = _length;
                UnterminatedString(start, triple, fstring: false);
                return;
            }
            _pos += found;
            char c = text[_pos];
            if (c == quote && (!triple || (PeekChar() == quote && PeekChar(2) == quote)))
            {
                _pos += triple ? 3 : 1;
                Add(TokenKind.String, start);
                return;
            }
            if (c == '\n')
            {
                UnterminatedString(start, triple, fstring: false);
                return;
            }
            // A backslash escapes the next character even in a raw string, so \" never ends one.
            _pos += c == '\\' && _pos + 1 < _length ? 2 : 1;
        }
    }

    private void UnterminatedString(int start, bool triple, bool fstring)
    {
        int detected = _source.Lines.LineOf(Math.Min(_pos, _length)).Value;
        if (_pos >= _length && _length > 0 && _chars[_length - 1] == '\n' && triple)
        {
            detected = _source.Lines.LineOf(_length - 1).Value;
        }
        string what = (triple, fstring) switch
        {
            (true, true) => "unterminated triple-quoted f-string literal",
            (true, false) => "unterminated triple-quoted string literal",
            (false, true) => "unterminated f-string literal",
            _ => "unterminated string literal",
        };
        FailAt($"{what} (detected at line {detected})", start);
    }

    /// <summary>Reads literal text of the innermost f-string (or of a format spec) up to a field, a field end or the closing quote.</summary>
    private void ScanFStringText()
    {
        FStringState state = _fstrings[^1];
        bool inSpec = state.Fields.Count > 0;
        int start = _pos;
        while (true)
        {
            if (_pos >= _length)
            {
                if (inSpec)
                {
                    FailAt("f-string: expecting '}'", _pos, precedence: TokenizerErrorPrecedence.WhenReached);
                }
                else
                {
                    UnterminatedString(state.Start, state.Triple, fstring: true);
                }
                return;
            }
            char c = _chars[_pos];
            if (c == state.Quote && (!state.Triple || (PeekChar() == c && PeekChar(2) == c)))
            {
                if (inSpec)
                {
                    FailAt("f-string: expecting '}'", _pos, precedence: TokenizerErrorPrecedence.WhenReached);
                    return;
                }
                AddMiddle(start);
                int quoteStart = _pos;
                _pos += state.Triple ? 3 : 1;
                Add(TokenKind.FStringEnd, quoteStart);
                _fstrings.RemoveAt(_fstrings.Count - 1);
                return;
            }
            if (c == '\n' && !state.Triple)
            {
                if (inSpec)
                {
                    FailAt("f-string: expecting '}'", _pos, precedence: TokenizerErrorPrecedence.WhenReached);
                }
                else
                {
                    UnterminatedString(state.Start, state.Triple, fstring: true);
                }
                return;
            }
            if (c == '\\')
            {
                if (!state.Raw && PeekChar() == 'N' && PeekChar(2) == '{')
                {
                    int close = Text[(_pos + 3)..].IndexOf('}');
                    _pos = close < 0 ? _length : _pos + 3 + close + 1;
                    continue;
                }
                char next = PeekChar();
                _pos += next == '{' || next == '}' || next == '\0' ? 1 : 2;
                continue;
            }
            if (c == '{')
            {
                if (!inSpec && PeekChar() == '{')
                {
                    _pos += 2;
                    continue;
                }
                AddMiddle(start);
                OpenField(state);
                return;
            }
            if (c == '}')
            {
                if (inSpec)
                {
                    AddMiddle(start);
                    CloseField(state);
                    return;
                }
                if (PeekChar() == '}')
                {
                    _pos += 2;
                    continue;
                }
                Fail("f-string: single '}' is not allowed", _pos + 1, precedence: TokenizerErrorPrecedence.WhenReached);
                return;
            }
            _pos++;
        }
    }

    private void AddMiddle(int start)
    {
        if (_pos > start)
        {
            Add(TokenKind.FStringMiddle, start);
        }
    }

    private void OpenField(FStringState state)
    {
        int at = _pos;
        if (_brackets.Count >= MaxBracketDepth)
        {
            Fail("too many nested parentheses", at + 1);
            return;
        }
        _pos++;
        _brackets.Push('{', at, _tokens.Count);
        Add(TokenKind.LeftBrace, at);
        state.Fields.Add((_brackets.Count, false));
    }

    private void CloseField(FStringState state)
    {
        int at = _pos;
        _pos++;
        _tokens.Link(_brackets.Pop(), _tokens.Count);
        state.Fields.RemoveAt(state.Fields.Count - 1);
        Add(TokenKind.RightBrace, at);
    }

    /// <summary>
    /// Inside a field's expression, at the field's own bracket depth: <c>}</c> ends the field and <c>:</c> starts
    /// its format spec (CPython reads <c>{x:=1}</c> as the spec <c>=1</c>). Returns true when it consumed the token.
    /// </summary>
    private bool TryFStringDelimiter(TokenKind kind, int start)
    {
        FStringState state = _fstrings[^1];
        (int depth, _) = state.Fields[^1];
        if (_brackets.Count != depth)
        {
            return false;
        }
        if (kind == TokenKind.RightBrace)
        {
            CloseField(state);
            return true;
        }
        if (kind is TokenKind.Colon or TokenKind.ColonEqual)
        {
            _pos = start + 1;
            Add(TokenKind.Colon, start);
            state.Fields[^1] = (depth, true);
            return true;
        }
        return false;
    }
}
