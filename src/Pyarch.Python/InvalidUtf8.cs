using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Pyarch.Text;

namespace Pyarch.Python;

/// <summary>
/// A UTF-8 file holding bytes that are not UTF-8, read as CPython 3.11's parser reads one: it never decodes a comment,
/// and decodes a name or a string literal only as it makes the node. Such bytes are accepted in comments (a latin-1
/// <c># Auteur: Frédéric</c> parses), and refused where the name or literal that holds them is made, with the error
/// that decoding that name or literal alone gives.
/// </summary>
internal static class InvalidUtf8
{
    /// <summary>
    /// What each invalid sequence decodes to. No name may hold it, so the tokenizer stops at one outside a string and a
    /// comment, as CPython's stops at a name it cannot decode; in a string it is a character like any other.
    /// </summary>
    private const char Placeholder = '\uFFFD';

    /// <summary>The bytes <see cref="Placeholder"/> takes in UTF-8.</summary>
    private const int PlaceholderWidth = 3;

    /// <summary>
    /// Decodes the file with a <see cref="Placeholder"/> for each invalid sequence and tokenizes it: the text, and unless
    /// every invalid byte lies in a comment (or after an error the tokenizer stops at, which the parse then reports as
    /// usual), the error at the first one, pending until the parse shows whether an error comes before it.
    /// </summary>
    public static DecodeResult Decode(string path, ReadOnlySpan<byte> bytes)
    {
        char[] chars = FileBuffers.Rent<char>(bytes.Length);
        var invalid = new List<(int Index, int Length)>();
        int read = 0, written = 0;
        while (true)
        {
            OperationStatus status = Utf8.ToUtf16(bytes[read..], chars.AsSpan(written), out int bytesRead, out int charsWritten, replaceInvalidSequences: false);
            read += bytesRead;
            written += charsWritten;
            if (status != OperationStatus.InvalidData)
            {
                break;
            }
            Rune.DecodeFromUtf8(bytes[read..], out _, out int sequence);
            invalid.Add((read, sequence));
            chars[written++] = Placeholder;
            read += sequence;
        }
        var source = SourceText.OverRented(path, chars, SourceDecoder.NormalizeNewlines(chars.AsSpan(0, written)));
        var file = new Placed(bytes, invalid, source);
        TokenizeResult tokens = Tokenizer.Tokenize(source);
        var places = tokens.Tokens.Select(token => new PlacedToken(token, file.Place(token.Range.Start), file.Place(token.Range.End))).ToList();
        // Where each line's comment starts: a comment runs to the end of its line.
        var comments = places.Where(p => p.Token.Kind == TokenKind.Comment).ToDictionary(p => p.Start.Line, p => p.Start.Column);
        (int Line, int Column)? stopped = tokens.Error is { Range: { } range } ? file.Place(range.Start) : null;
        foreach ((int index, (int Line, int Column) at) in file.Invalid)
        {
            if (comments.TryGetValue(at.Line, out int comment) && comment < at.Column)
            {
                continue;
            }
            if (stopped is { } error && error.CompareTo(at) < 0)
            {
                break;
            }
            // A string's error is a syntax error of the parser's, after which CPython tokenizes the rest of the file: a
            // tokenizer error there that replaces a parser's replaces this one too. A name is refused by CPython's
            // tokenizer, which looks no further.
            (PythonSyntaxError? refusal, int from, bool inLiteral) = Refusal(bytes, index, at, places, tokens.Error);
            bool overridden = inLiteral && tokens.Error is not null && (tokens.Precedence == TokenizerErrorPrecedence.OverridesParser
                || (tokens.Precedence == TokenizerErrorPrecedence.OverridesEarlierLines && tokens.Error.Line?.Value < refusal?.Line?.Value));
            return refusal is null ? new DecodeResult(source, null) : new DecodeResult(source, null, overridden ? tokens.Error : refusal, from);
        }
        return new DecodeResult(source, null);
    }

    /// <summary>A token with where it starts and ends as lines and byte columns of the file.</summary>
    private readonly record struct PlacedToken(Token Token, (int Line, int Column) Start, (int Line, int Column) End);

    /// <summary>
    /// The file's invalid sequences by line and byte column, and places in the decoded text the same way: each
    /// <see cref="Placeholder"/> stands for a sequence of one to three bytes but takes three in UTF-8, so columns after
    /// one on its line move back.
    /// </summary>
    private sealed class Placed
    {
        private readonly SourceText _source;
        private readonly Dictionary<int, List<(int Column, int Extra)>> _byLine = [];

        public Placed(ReadOnlySpan<byte> bytes, List<(int Index, int Length)> invalid, SourceText source)
        {
            _source = source;
            int line = 1, lineStart = 0, next = 0;
            for (int i = 0; i < bytes.Length && next < invalid.Count; i++)
            {
                if (i == invalid[next].Index)
                {
                    (int index, int length) = invalid[next++];
                    Invalid.Add((index, (line, index - lineStart)));
                    if (!_byLine.TryGetValue(line, out var onLine))
                    {
                        _byLine[line] = onLine = [];
                    }
                    onLine.Add((index - lineStart, PlaceholderWidth - length));
                }
                if (IsLineEnd(bytes, i))
                {
                    line++;
                    lineStart = i + 1;
                }
            }
        }

        /// <summary>Each invalid sequence's offset in the file, and its line and byte column, in order.</summary>
        public List<(int Index, (int Line, int Column) At)> Invalid { get; } = [];

        /// <summary>A text offset as a 1-based line and a 0-based column in the file's bytes.</summary>
        public (int Line, int Column) Place(int offset)
        {
            Location location = _source.Lines.LocationOf(offset);
            int column = location.Utf8Column;
            if (_byLine.TryGetValue(location.Line.Value, out var sequences))
            {
                int extra = 0;
                foreach ((int at, int more) in sequences)
                {
                    if (at + extra >= location.Utf8Column)
                    {
                        break;
                    }
                    extra += more;
                }
                column -= extra;
            }
            return (location.Line.Value, column);
        }
    }

    /// <summary>
    /// CPython's error for the invalid byte at <paramref name="index"/>. In a string literal: decoding the literal's body
    /// (each run of non-ASCII bytes alone where the body has escapes to process, as in an f-string), placed at the token
    /// after the literal and those it is concatenated with, where the parser stands when it makes the node. In a bytes
    /// literal: that only ASCII may stand there. Anywhere else the tokenizer reads the byte as part of a name, and
    /// decoding the name fails at its end.
    /// </summary>
    /// <remarks>
    /// With the error, where the name or the first literal starts: CPython meets a syntax error before it first, and none
    /// after, as it makes the node before it reads further (the tokenizer, the one token after a string).
    /// </remarks>
    private static (PythonSyntaxError? Error, int From, bool InLiteral) Refusal(
        ReadOnlySpan<byte> bytes, int index, (int Line, int Column) at, List<PlacedToken> places,
        PythonSyntaxError? tokenizerError)
    {
        int literal = places.FindIndex(p => p.Token.Kind is TokenKind.String or TokenKind.FStringMiddle && p.Start.CompareTo(at) <= 0 && at.CompareTo(p.End) < 0);
        if (literal >= 0 && places[literal].Token.Kind == TokenKind.FStringMiddle)
        {
            literal = EnclosingFString(places, literal);
        }
        // A literal read from its first byte holds the invalid one, unless the file is too broken to say (then: a name).
        if (literal < 0 || Literal(bytes, OffsetOf(bytes, places[literal].Start)) is not var (prefix, bodyStart, bodyEnd)
            || index < bodyStart || index >= bodyEnd)
        {
            int start = index, end = index;
            while (start > 0 && IsNameByte(bytes[start - 1]))
            {
                start--;
            }
            while (end < bytes.Length && IsNameByte(bytes[end]))
            {
                end++;
            }
            // The placeholder stops the tokenizer, where the name's ASCII start ends.
            int nameStart = Math.Max(0, (tokenizerError?.Range?.Start ?? 0) - (index - start));
            return (Error(Unicode(bytes[start..end], index - start), at.Line, at.Column + (end - index)), nameStart, false);
        }
        (int Line, int Column) opening = places[literal].Start;
        if (After(places, literal) is not { } next || (tokenizerError is not null && next == places[^1].Start))
        {
            return (null, 0, true); // the tokenizer stops at the token after the string, before the string is made
        }
        if (prefix.Contains('b', StringComparison.OrdinalIgnoreCase))
        {
            return (Error("bytes can only contain ASCII literal characters", opening.Line, opening.Column + 1), places[literal].Token.Range.Start, true);
        }
        // A literal with escapes to process decodes each run of non-ASCII bytes alone, as an f-string's text does.
        ReadOnlySpan<byte> body = bytes[bodyStart..bodyEnd];
        bool fString = prefix.Contains('f', StringComparison.OrdinalIgnoreCase);
        bool whole = !fString && (prefix.Contains('r', StringComparison.OrdinalIgnoreCase) || !body.Contains((byte)'\\'));
        int from = 0, to = body.Length;
        if (!whole)
        {
            for (from = index - bodyStart; from > 0 && body[from - 1] >= 0x80; from--)
            {
            }
            for (to = index - bodyStart; to < body.Length && body[to] >= 0x80; to++)
            {
            }
        }
        return (Error(Unicode(body[from..to], index - bodyStart - from), next.Line, next.Column + 1), places[literal].Token.Range.Start, true);
    }

    private static PythonSyntaxError Error(string message, int line, int offset) =>
        new(SyntaxErrorKind.SyntaxError, message, new OneIndexed(line), offset, null);

    /// <summary>
    /// CPython's UTF-8 error for <paramref name="data"/>, valid up to <paramref name="at"/>: a byte that cannot start a
    /// sequence, a sequence the next byte does not continue (each byte checked against the ranges that keep out
    /// overlong forms, surrogates and code points past U+10FFFF), or one that the data ends in.
    /// </summary>
    private static string Unicode(ReadOnlySpan<byte> data, int at)
    {
        byte first = data[at];
        (string reason, int length) = first is < 0xC2 or > 0xF4 ? ("invalid start byte", 1) : Sequence(data, at);
        string where = length == 1 ? $"byte 0x{first:x2} in position {at}" : $"bytes in position {at}-{at + length - 1}";
        return $"(unicode error) 'utf-8' codec can't decode {where}: {reason}";

        static (string Reason, int Length) Sequence(ReadOnlySpan<byte> data, int at)
        {
            byte first = data[at];
            int length = first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4;
            for (int k = 1; k < length; k++)
            {
                if (at + k >= data.Length)
                {
                    return ("unexpected end of data", k);
                }
                (byte low, byte high) = k > 1 ? ((byte)0x80, (byte)0xBF) : first switch
                {
                    0xE0 => ((byte)0xA0, (byte)0xBF),
                    0xED => ((byte)0x80, (byte)0x9F),
                    0xF0 => ((byte)0x90, (byte)0xBF),
                    0xF4 => ((byte)0x80, (byte)0x8F),
                    _ => ((byte)0x80, (byte)0xBF),
                };
                if (data[at + k] < low || data[at + k] > high)
                {
                    return ("invalid continuation byte", k);
                }
            }
            return ("invalid continuation byte", 1); // not reached: the sequence is valid
        }
    }

    /// <summary>
    /// A string literal's prefix, and where its body starts and ends, from the offset of its first byte; null where no
    /// quote follows the prefix.
    /// </summary>
    private static (string Prefix, int BodyStart, int BodyEnd)? Literal(ReadOnlySpan<byte> bytes, int start)
    {
        start = Math.Clamp(start, 0, bytes.Length);
        int quote = start;
        while (quote < bytes.Length && char.IsAsciiLetter((char)bytes[quote]))
        {
            quote++;
        }
        if (quote >= bytes.Length || bytes[quote] is not ((byte)'\'' or (byte)'"'))
        {
            return null;
        }
        string prefix = Encoding.ASCII.GetString(bytes[start..quote]);
        byte q = bytes[quote];
        int width = quote + 2 < bytes.Length && bytes[quote + 1] == q && bytes[quote + 2] == q ? 3 : 1;
        int i = quote + width;
        while (i < bytes.Length)
        {
            if (bytes[i] == (byte)'\\')
            {
                i += 2;
                continue;
            }
            if (bytes[i] == q && (width == 1 || (i + 2 < bytes.Length && bytes[i + 1] == q && bytes[i + 2] == q)))
            {
                break;
            }
            i++;
        }
        return (prefix, quote + width, Math.Min(i, bytes.Length));
    }

    /// <summary>The offset of the byte at a line and column.</summary>
    private static int OffsetOf(ReadOnlySpan<byte> bytes, (int Line, int Column) place)
    {
        int line = 1, i = 0;
        for (; i < bytes.Length && line < place.Line; i++)
        {
            if (IsLineEnd(bytes, i))
            {
                line++;
            }
        }
        return i + place.Column;
    }

    /// <summary>A <c>\n</c>, or a <c>\r</c> that no <c>\n</c> follows: the last byte of a line, as CPython ends lines.</summary>
    private static bool IsLineEnd(ReadOnlySpan<byte> bytes, int i) =>
        bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n'));

    /// <summary>A byte CPython's tokenizer reads as part of a name: an ASCII letter, digit or underscore, or any byte above 0x7F.</summary>
    private static bool IsNameByte(byte b) => b >= 0x80 || b == (byte)'_' || char.IsAsciiLetterOrDigit((char)b);

    /// <summary>
    /// Where the first token after the literal at <paramref name="literal"/> and the literals concatenated with it starts.
    /// CPython's tokenizer starts a newline that ends a comment's line at the comment.
    /// </summary>
    private static (int Line, int Column)? After(List<PlacedToken> places, int literal)
    {
        int depth = 0;
        (int Line, int Column)? comment = null;
        for (int i = literal; i < places.Count; i++)
        {
            TokenKind kind = places[i].Token.Kind;
            depth += kind == TokenKind.FStringStart ? 1 : kind == TokenKind.FStringEnd ? -1 : 0;
            if (depth > 0 || kind is TokenKind.String or TokenKind.FStringEnd)
            {
                continue;
            }
            if (kind == TokenKind.Comment)
            {
                comment = places[i].Start;
            }
            else if (kind != TokenKind.NonLogicalNewline)
            {
                return kind == TokenKind.Newline && comment is { } start && start.Line == places[i].Start.Line ? start : places[i].Start;
            }
            else
            {
                comment = null;
            }
        }
        return null;
    }

    /// <summary>The outermost f-string start around the token at <paramref name="inside"/>.</summary>
    private static int EnclosingFString(List<PlacedToken> places, int inside)
    {
        int depth = 0, outermost = inside;
        for (int i = inside; i >= 0; i--)
        {
            TokenKind kind = places[i].Token.Kind;
            if (kind == TokenKind.FStringEnd)
            {
                depth++;
            }
            else if (kind == TokenKind.FStringStart)
            {
                if (depth == 0)
                {
                    outermost = i;
                }
                else
                {
                    depth--;
                }
            }
        }
        return outermost;
    }
}
