using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;
using Pyarch.Text;

namespace Pyarch.Python;

/// <param name="Tokens">The tokens up to the end of the file or to the first error.</param>
/// <param name="Error">The first tokenizer error, if any.</param>
/// <param name="Precedence">How that error ranks against a syntax error the parser meets before reaching it.</param>
public sealed record TokenizeResult(IReadOnlyList<Token> Tokens, PythonSyntaxError? Error, TokenizerErrorPrecedence Precedence = TokenizerErrorPrecedence.WhenReached);

/// <summary>
/// Python's tokenizer, after CPython 3.12's <c>Parser/tokenizer.c</c> (PEP 701 f-string tokens included).
/// It runs over the whole file at once and stops at its first error, which it records; the token list then
/// ends with an <see cref="TokenKind.EndOfFile"/> at the error, so the parser reports whichever error a
/// left-to-right reading meets first, as CPython's lazy tokenizer does.
/// </summary>
public sealed partial class Tokenizer
{
    /// <summary>CPython's <c>MAXLEVEL</c>: brackets nested deeper give "too many nested parentheses".</summary>
    private const int MaxBracketDepth = 200;

    private readonly SourceText _source;
    /// <summary>The text: the first <see cref="_length"/> characters of a possibly longer array.</summary>
    private readonly char[] _chars;
    private readonly int _length;
    private readonly bool _includeTrivia;
    private readonly TokenBuffer _tokens;
    private readonly NameTable _names = NameTable.ForFile();
    private readonly OpenBrackets _brackets = new();
    private int _pos;
    private PythonSyntaxError? _error;
    private TokenizerErrorPrecedence _precedence;

    private Tokenizer(SourceText source, SourceChars chars, bool includeTrivia)
    {
        _source = source;
        _chars = chars.Array;
        _length = chars.Length;
        _includeTrivia = includeTrivia;
        _tokens = new TokenBuffer(_length / 4);
    }

    /// <summary>All tokens of a file (comments and non-logical newlines included), or those up to the first error.</summary>
    public static TokenizeResult Tokenize(SourceText source)
    {
        using var chars = SourceChars.Of(source);
        var tokenizer = new Tokenizer(source, chars, includeTrivia: true);
        tokenizer.TokenizeAll();
        Token[] tokens = tokenizer._tokens.ToArray();
        tokenizer._tokens.Return();
        return new TokenizeResult(tokens, tokenizer._error, tokenizer._precedence);
    }

    /// <summary>
    /// The tokens the parser reads: no comments, no non-logical newlines. The buffer is rented; the parser
    /// returns it once the tree is built.
    /// </summary>
    internal static (TokenBuffer Tokens, NameTable Names, PythonSyntaxError? Error, TokenizerErrorPrecedence Precedence) TokenizeForParser(
        SourceText source, SourceChars chars)
    {
        var tokenizer = new Tokenizer(source, chars, includeTrivia: false);
        tokenizer.TokenizeAll();
        return (tokenizer._tokens, tokenizer._names, tokenizer._error, tokenizer._precedence);
    }

    private ReadOnlySpan<char> Text => new(_chars, 0, _length);

    private char Current => _pos < _length ? _chars[_pos] : '\0';

    private char PeekChar(int ahead = 1) => _pos + ahead < _length ? _chars[_pos + ahead] : '\0';

    private bool AtEnd => _pos >= _length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(TokenKind kind, int start) => _tokens.Add(new Token(kind, new TextRange(start, _pos)));

    private void AddTrivia(TokenKind kind, int start)
    {
        if (_includeTrivia)
        {
            Add(kind, start);
        }
    }

    private void TokenizeAll()
    {
        // The first line's indentation; every other line's is read after the newline that ends the line before.
        ReadIndentation();
        while (_error is null)
        {
            if (_fstrings.Count > 0 && !InFStringExpression)
            {
                ScanFStringText();
                continue;
            }
            if (!SkipSpaces())
            {
                break; // a line continuation that the file ends in, or a character after one
            }
            if (AtEnd)
            {
                FinishFile();
                return;
            }
            ScanToken();
        }
        // Stop at the error: the parser meets this end of input exactly where the tokenizer gave up.
        _tokens.Add(new Token(TokenKind.EndOfFile, TextRange.Empty(Math.Min(_pos, _length))));
    }

    /// <summary>
    /// Skips spaces, tabs, form feeds, and backslashes that join the next line; false at an error. Inlined into the loop
    /// of <see cref="TokenizeAll"/>: most tokens follow one space or none, and a call for them cost more than the
    /// skipping. The position stays in a local until the end: through the field, every character read the position
    /// and the array again, after the store before it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool SkipSpaces()
    {
        ReadOnlySpan<char> text = Text;
        int pos = _pos;
        while ((uint)pos < (uint)text.Length)
        {
            char c = text[pos];
            if (c is ' ' or '\t' or '\f')
            {
                pos++;
                continue;
            }
            if (c != '\\')
            {
                break;
            }
            _pos = pos;
            if (!ReadLineContinuation())
            {
                return false;
            }
            pos = _pos;
        }
        _pos = pos;
        return true;
    }

    /// <summary>At a backslash: joins the next line, or reports what CPython reports.</summary>
    private bool ReadLineContinuation()
    {
        int next = _pos + 1;
        bool newline = next < _length && _chars[next] == '\n';
        if (newline && next + 1 < _length)
        {
            _pos = next + 1;
            return true;
        }
        if (newline || next == _length)
        {
            // The file ends here: CPython points just past the backslash, or names the bracket still open.
            _pos = _length;
            if (_brackets.Count > 0)
            {
                FailUnclosedBracket();
            }
            else
            {
                FailAt("unexpected EOF while parsing", next, precedence: TokenizerErrorPrecedence.WhenReached);
            }
            return false;
        }
        // CPython points at the character after the backslash.
        FailAt("unexpected character after line continuation character", _pos + 1, precedence: TokenizerErrorPrecedence.WhenReached);
        return false;
    }

    /// <summary>
    /// One token, by its first character: names and operators, most tokens, are told apart first, and the rarer
    /// kinds have methods of their own, so this dispatch saves few registers for the common ones. Inlined into the
    /// loop of <see cref="TokenizeAll"/>, which keeps little in registers: as a call of its own, its entry and exit
    /// were 64 M of the stdlib parse's instructions.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ScanToken()
    {
        int start = _pos;
        char c = _chars[start];
        if (c >= 0x80)
        {
            ScanNameOrPrefixedString(start);
        }
        else if (IsAsciiIdentifierChar(c))
        {
            if (char.IsAsciiDigit(c))
            {
                ScanNumber(start);
            }
            else
            {
                ScanNameOrPrefixedString(start);
            }
        }
        else if (c == '\n')
        {
            ScanNewline(start);
        }
        else if (c is '"' or '\'')
        {
            ScanString(start, start);
        }
        else if (c == '#')
        {
            ScanComment(start);
        }
        else if (c == '.' && char.IsAsciiDigit(PeekChar()))
        {
            ScanNumber(start);
        }
        else
        {
            ScanOperator(start);
        }
    }

    private void ScanComment(int start)
    {
        int lineEnd = Text[start..].IndexOf('\n');
        _pos = lineEnd < 0 ? _length : start + lineEnd;
        AddTrivia(TokenKind.Comment, start);
    }

    /// <summary>
    /// A newline: the end of a logical line, or trivia inside brackets or after a blank line; then the next line's
    /// indentation. Inlined into the token loop: a newline is every eighth token, and the call's entry and exit were
    /// 20 M of the stdlib parse's 2.81 G instructions.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ScanNewline(int start)
    {
        _pos = start + 1;
        if (_brackets.Count > 0 || _blankLine || _tokens.Count == 0 || _tokens[^1].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent)
        {
            AddTrivia(TokenKind.NonLogicalNewline, start);
        }
        else
        {
            Add(TokenKind.Newline, start);
        }
        _blankLine = false;
        if (_brackets.Count == 0)
        {
            // Here rather than at the top of the token loop, where a test at every token mispredicted at every line.
            ReadIndentation();
        }
    }

    private void ScanNameOrPrefixedString(int start)
    {
        // Past the ASCII run, the loop reads non-ASCII letters (and the few characters left at the array's end).
        char[] chars = _chars;
        int pos = AsciiNameEnd(chars, _pos, _length);
        while (pos < _length)
        {
            char c = chars[pos];
            if (c < 0x80)
            {
                if (!IsAsciiIdentifierChar(c))
                {
                    break;
                }
                pos++;
                continue;
            }
            _pos = pos;
            if (!ReadNonAsciiIdentifierChar(start))
            {
                return;
            }
            pos = _pos;
        }
        // A string prefix (r, b, u, f and their pairs) directly followed by a quote starts a string. Looked at after
        // the name is read, as a prefix is a name's letters: most names are not one and pay a single length test.
        if (pos - start <= 2 && pos < _length && chars[pos] is '"' or '\'' && IsValidPrefix(chars.AsSpan(start, pos - start)))
        {
            ScanString(start, pos);
            return;
        }
        _pos = pos;
        ReadOnlySpan<char> spelling = chars.AsSpan(start, pos - start);
        int id = _names.Intern(spelling);
        _tokens.Add(new Token(_names.Kind(id), new TextRange(start, pos)) { Payload = id });
    }

    /// <summary>Reads one non-ASCII character of a name, or fails as CPython does for characters no name may hold.</summary>
    private bool ReadNonAsciiIdentifierChar(int nameStart)
    {
        if (Rune.DecodeFromUtf16(Text[_pos..], out Rune rune, out int length) != OperationStatus.Done)
        {
            Fail($"invalid character '{_chars[_pos]}' (U+{(int)_chars[_pos]:X4})", _pos + 1);
            return false;
        }
        bool ok = _pos == nameStart ? IsIdentifierStart(rune) : IsIdentifierContinue(rune);
        if (!ok)
        {
            if (_pos > nameStart)
            {
                return false; // the name ends here; the character is looked at as a token of its own
            }
            string what = !PythonRepr.IsPrintable(rune.Value)
                ? $"invalid non-printable character U+{rune.Value:X4}"
                : $"invalid character '{rune}' (U+{rune.Value:X4})";
            Fail(what, _pos + 1);
            return false;
        }
        _pos += length;
        return true;
    }

    /// <summary>
    /// An operator. Nine in ten are one character that the next does not extend, told by a table read and inlined
    /// into the loop of <see cref="TokenizeAll"/>; the rest, and any inside an f-string, go by longest match. The
    /// stdlib parse takes 3.063 G instructions against 3.110 G with every operator matched by its switches.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ScanOperator(int start)
    {
        TokenKind kind = Operators.OneCharacter(_chars[start], PeekChar());
        if (kind == TokenKind.EndOfFile || _fstrings.Count > 0)
        {
            ScanLongerOperator(start);
            return;
        }
        _pos = start + 1;
        AddOperator(kind, start);
    }

    /// <summary>Any operator, by longest match, and the delimiters that end an f-string's replacement field.</summary>
    private void ScanLongerOperator(int start)
    {
        char c = _chars[_pos];
        char n = PeekChar();
        char n2 = PeekChar(2);
        TokenKind kind = Operators.Match(c, n, n2);
        if (kind == TokenKind.EndOfFile)
        {
            ScanNonOperator(c, start);
            return;
        }
        if (InFStringExpression && TryFStringDelimiter(kind, start))
        {
            return;
        }
        _pos += Operators.Length(kind);
        AddOperator(kind, start);
    }

    /// <summary>
    /// Adds the operator token read at <paramref name="at"/>, opening or closing its bracket first, or fails there.
    /// Inlined: a bracket is every other operator, and a call's entry and exit for it were 20 M of the stdlib parse's
    /// 2.88 G instructions.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddOperator(TokenKind kind, int at)
    {
        if (kind is >= TokenKind.LeftParen and <= TokenKind.RightBrace)
        {
            char c = _chars[at];
            if (kind is TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace)
            {
                if (_brackets.Count >= MaxBracketDepth)
                {
                    Fail("too many nested parentheses", at + 1);
                    return;
                }
                _brackets.Push(c, at, _tokens.Count);
            }
            else if (!CloseBracket(c, at))
            {
                return;
            }
        }
        Add(kind, at);
    }

    /// <summary>
    /// A character that starts no token, or a <c>!</c> without <c>=</c>. Apart from <see cref="ScanLongerOperator"/>: its
    /// interpolated messages made every operator zero the handlers' stack slots first.
    /// </summary>
    private void ScanNonOperator(char c, int start)
    {
        if (c == '!' && InFStringExpression)
        {
            _pos++;
            Add(TokenKind.Exclamation, start);
            return;
        }
        if (c == '$' || c == '?' || c == '`' || c == '!')
        {
            _pos++;
            Add(c == '!' ? TokenKind.Exclamation : TokenKind.Unknown, start);
            return;
        }
        Fail(char.IsControl(c) ? $"invalid non-printable character U+{(int)c:X4}" : $"invalid character '{c}' (U+{(int)c:X4})", _pos + 1);
    }

    private bool CloseBracket(char close, int at)
    {
        if (_brackets.Count == 0 || _brackets.Innermost.Bracket != (close switch { ')' => '(', ']' => '[', _ => '{' }))
        {
            FailClosingBracket(close, at);
            return false;
        }
        _tokens.Link(_brackets.Pop(), _tokens.Count);
        return true;
    }

    /// <summary>
    /// A closing bracket that nothing opened, or that does not match the innermost open one. Apart from
    /// <see cref="CloseBracket"/>, so its interpolated messages cost nothing where brackets match.
    /// </summary>
    private void FailClosingBracket(char close, int at)
    {
        if (_brackets.Count == 0)
        {
            Fail($"unmatched '{close}'", at + 1);
            return;
        }
        (char open, int openAt, _) = _brackets.Innermost;
        OneIndexed openLine = _source.Lines.LineOf(openAt);
        OneIndexed closeLine = _source.Lines.LineOf(at);
        string message = openLine == closeLine
            ? $"closing parenthesis '{close}' does not match opening parenthesis '{open}'"
            : $"closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {openLine}";
        Fail(message, at + 1);
    }

    private void FinishFile()
    {
        if (_brackets.Count > 0)
        {
            FailUnclosedBracket();
            _tokens.Add(new Token(TokenKind.EndOfFile, TextRange.Empty(_length)));
            return;
        }
        int end = _length;
        if (_tokens.Count > 0 && _tokens[^1].Kind is not (TokenKind.Newline or TokenKind.NonLogicalNewline or TokenKind.Indent or TokenKind.Dedent or TokenKind.Comment))
        {
            _tokens.Add(new Token(TokenKind.Newline, TextRange.Empty(end)));
        }
        else if (_tokens.Count > 0 && _tokens[^1].Kind == TokenKind.Comment && !_blankLine)
        {
            _tokens.Add(new Token(TokenKind.Newline, TextRange.Empty(end)));
        }
        for (int i = 1; i < _depth; i++)
        {
            _tokens.Add(new Token(TokenKind.Dedent, TextRange.Empty(end)));
        }
        _tokens.Add(new Token(TokenKind.EndOfFile, TextRange.Empty(end)));
    }

    private void FailUnclosedBracket()
    {
        (char open, int openAt, _) = _brackets.Innermost;
        FailAt($"'{open}' was never closed", openAt, precedence: TokenizerErrorPrecedence.OverridesEarlierLines);
    }

    /// <summary>Records the first error, at the character before <paramref name="offsetAfter"/>.</summary>
    private void Fail(
        string message, int offsetAfter, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError,
        TokenizerErrorPrecedence precedence = TokenizerErrorPrecedence.OverridesParser)
    {
        if (_error is not null)
        {
            return;
        }
        int at = Math.Max(0, Math.Min(offsetAfter - 1, _length));
        FailAt(message, at, kind, precedence);
    }

    private void FailAt(
        string message, int offset, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError,
        TokenizerErrorPrecedence precedence = TokenizerErrorPrecedence.OverridesParser)
    {
        if (_error is not null)
        {
            return;
        }
        _precedence = precedence;
        offset = Math.Max(0, Math.Min(offset, _length));
        Location location = _source.Lines.LocationOf(offset);
        int lineStart = _source.Lines.LineStart(location.Line);
        _error = new PythonSyntaxError(kind, message, location.Line, offset - lineStart + 1, TextRange.Empty(offset));
    }

    /// <summary>
    /// Where the run of ASCII letters, digits and underscores from <paramref name="pos"/> ends, sixteen characters at
    /// a time: most names take one step and no branch on their characters, where a loop over them mispredicted its
    /// exit once a name. The character it stops at may still continue the name (a non-ASCII letter); the caller's
    /// loop goes on from there. SSE2 only, which every x64 processor has, as the AOT build targets no more. Inlined
    /// into its one caller: 2.663 G -> 2.649 G instructions over the stdlib.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AsciiNameEnd(char[] chars, int pos, int length)
    {
        if (!Sse2.IsSupported)
        {
            return pos;
        }
        ref short first = ref Unsafe.As<char, short>(ref MemoryMarshal.GetArrayDataReference(chars));
        // Reads may go past the text's length into the rest of the array; the result is cut back to the length.
        while (pos < length && pos <= chars.Length - Vector128<byte>.Count)
        {
            // Packed to bytes with saturation: a character above 0xFF becomes 0 or 0xFF, neither of which names hold.
            Vector128<byte> c = Sse2.PackUnsignedSaturate(
                Vector128.LoadUnsafe(ref first, (nuint)pos), Vector128.LoadUnsafe(ref first, (nuint)pos + 8));
            Vector128<byte> letter = (c | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a');
            Vector128<byte> digit = c - Vector128.Create((byte)'0');
            Vector128<byte> name = Vector128.Equals(Vector128.Min(letter, Vector128.Create((byte)25)), letter)
                | Vector128.Equals(Vector128.Min(digit, Vector128.Create((byte)9)), digit)
                | Vector128.Equals(c, Vector128.Create((byte)'_'));
            uint stops = ~name.ExtractMostSignificantBits() & 0xFFFF;
            if (stops != 0)
            {
                return Math.Min(pos + BitOperations.TrailingZeroCount(stops), length);
            }
            pos += Vector128<byte>.Count;
        }
        return Math.Min(pos, length);
    }

    private static bool IsValidPrefix(ReadOnlySpan<char> prefix)
    {
        bool r = false, b = false, u = false, f = false;
        foreach (char c in prefix)
        {
            switch (char.ToLowerInvariant(c))
            {
                case 'r' when !r: r = true; break;
                case 'b' when !b: b = true; break;
                case 'u' when !u: u = true; break;
                case 'f' when !f: f = true; break;
                default: return false;
            }
        }
        return !(u && (r || b || f)) && !(b && f);
    }

    /// <summary>For a character below 0x80: a letter, digit or underscore.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiIdentifierChar(char c) => AsciiIdentifierChars[c] != 0;

    private static ReadOnlySpan<byte> AsciiIdentifierChars =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // 0-9
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, // A-Z _
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, // a-z
    ];

    private static bool IsIdentifierStart(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
        _ => rune.Value is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C,
    };

    private static bool IsIdentifierContinue(Rune rune) => IsIdentifierStart(rune) || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation => true,
        _ => rune.Value is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA or 0x200C or 0x200D,
    };

    /// <summary>
    /// The brackets open at the tokenizer's position, innermost last, in a plain array: a list's remove-at, with
    /// its version count and its checks for a removal inside the list, cost 14 M instructions over the stdlib.
    /// </summary>
    private sealed class OpenBrackets
    {
        private (char Bracket, int Offset, int Token)[] _items = new (char, int, int)[8];

        public int Count { get; private set; }

        public ref readonly (char Bracket, int Offset, int Token) Innermost => ref _items[Count - 1];

        /// <summary>Opens a bracket at <paramref name="offset"/>, whose token will be number <paramref name="token"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Push(char bracket, int offset, int token)
        {
            if (Count == _items.Length)
            {
                Grow();
            }
            _items[Count++] = (bracket, offset, token);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Grow() => Array.Resize(ref _items, Count * 2);

        /// <summary>Closes the innermost bracket; returns the number of its token.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Pop() => _items[--Count].Token;
    }
}
