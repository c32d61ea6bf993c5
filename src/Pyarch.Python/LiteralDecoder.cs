using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using Pyarch.Python.Ast;
using Pyarch.Text;

namespace Pyarch.Python;

/// <summary>The values of number and string literals, decoded as CPython's <c>Parser/string_parser.c</c> and <c>parsenumber</c> do.</summary>
internal static class LiteralDecoder
{
    /// <summary>CPython 3.11's <c>sys.int_info.default_max_str_digits</c>, which it applies to decimal integer literals.</summary>
    public const int MaxDecimalDigits = 4300;

    /// <summary>The number of digits of a decimal integer literal, or 0 for any other number.</summary>
    public static int DecimalDigitCount(ReadOnlySpan<char> token)
    {
        if (token.Length <= MaxDecimalDigits || token.IndexOfAny(".eEjJxXoObB") >= 0)
        {
            return 0;
        }
        return token.Length - token.Count('_');
    }

    public static ConstantValue Number(ReadOnlySpan<char> token) =>
        PlainInteger(token) is long plain ? ConstantValue.Int.Of(plain) : AnyNumber(token);

    private static ConstantValue AnyNumber(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= 256 ? stackalloc char[token.Length] : new char[token.Length];
        int length = 0;
        foreach (char c in token)
        {
            if (c != '_')
            {
                buffer[length++] = c;
            }
        }
        ReadOnlySpan<char> digits = buffer[..length];
        char last = digits[^1];
        if (last is 'j' or 'J')
        {
            return new ConstantValue.Complex(ParseFloat(digits[..^1]));
        }
        if (digits.Length > 2 && digits[0] == '0' && char.ToLowerInvariant(digits[1]) is 'x' or 'o' or 'b')
        {
            int radix = char.ToLowerInvariant(digits[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            return new ConstantValue.Int(ParseRadix(digits[2..], radix));
        }
        if (digits.IndexOfAny('.', 'e', 'E') >= 0)
        {
            return new ConstantValue.Float(ParseFloat(digits));
        }
        if (digits.Length <= 18)
        {
            return ConstantValue.Int.Of(long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
        }
        return new ConstantValue.Int(BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The value of a literal of decimal digits alone, as most number literals are (<c>0</c>, <c>1</c>, <c>256</c>),
    /// read in one pass; null for any other (underscores, a radix, a point, an exponent, more than 18 digits).
    /// </summary>
    private static long? PlainInteger(ReadOnlySpan<char> token)
    {
        if (token.Length > 18)
        {
            return null;
        }
        long value = 0;
        foreach (char c in token)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                return null;
            }
            value = (value * 10) + digit;
        }
        return value;
    }

    private static double ParseFloat(ReadOnlySpan<char> digits) =>
        double.Parse(digits, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static BigInteger ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        int bitsPerDigit = radix switch { 16 => 4, 8 => 3, _ => 1 };
        if (digits.Length * bitsPerDigit < 63)
        {
            long small = 0;
            foreach (char c in digits)
            {
                small = small * radix + HexValue(c);
            }
            return small;
        }
        BigInteger value = BigInteger.Zero;
        foreach (char c in digits)
        {
            value = value * radix + HexValue(c);
        }
        return value;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (char.ToLowerInvariant(c) - 'a') + 10;

    private static int PrefixLength(ReadOnlySpan<char> literal)
    {
        int i = 0;
        while (i < literal.Length && literal[i] is not ('"' or '\''))
        {
            i++;
        }
        return i;
    }

    public static bool IsBytesLiteral(ReadOnlySpan<char> literal) => PrefixHas(literal, PrefixLength(literal), 'b');

    public static bool IsRawLiteral(ReadOnlySpan<char> literal) => PrefixHas(literal, PrefixLength(literal), 'r');

    /// <summary>
    /// Whether the prefix holds <paramref name="lower"/> in either case. A prefix has two letters at most, mostly
    /// none: a vectorized search paid more to set up than this loop does.
    /// </summary>
    private static bool PrefixHas(ReadOnlySpan<char> literal, int prefixLength, char lower)
    {
        for (int i = 0; i < prefixLength; i++)
        {
            if ((literal[i] | 0x20) == lower)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether CPython gives the constant <c>kind='u'</c>: only for a lowercase <c>u</c> prefix, never <c>U</c>.</summary>
    public static bool HasUnicodePrefix(ReadOnlySpan<char> literal) => literal[0] == 'u';

    /// <summary>The body of a string token between its quotes.</summary>
    private static (int Start, int End, bool Raw) Body(ReadOnlySpan<char> text, TextRange range)
    {
        ReadOnlySpan<char> literal = text.Slice(range.Start, range.Length);
        return Body(literal, range, PrefixLength(literal));
    }

    /// <summary>The body of the string token <paramref name="literal"/> at <paramref name="range"/>, its prefix measured.</summary>
    private static (int Start, int End, bool Raw) Body(ReadOnlySpan<char> literal, TextRange range, int prefix)
    {
        bool raw = PrefixHas(literal, prefix, 'r');
        char quote = literal[prefix];
        int quoteLength = literal.Length - prefix >= 6 && literal[prefix + 1] == quote && literal[prefix + 2] == quote ? 3 : 1;
        return (range.Start + prefix + quoteLength, range.End - quoteLength, raw);
    }

    /// <summary>
    /// The value of a str literal token whose body is its value (raw, or with no backslash), without a builder;
    /// null for bytes and for bodies with escapes to decode.
    /// </summary>
    public static string? PlainString(ReadOnlySpan<char> text, TextRange range)
    {
        ReadOnlySpan<char> literal = text.Slice(range.Start, range.Length);
        int prefix = PrefixLength(literal);
        if (PrefixHas(literal, prefix, 'b'))
        {
            return null;
        }
        (int start, int end, bool raw) = Body(literal, range, prefix);
        return raw || text.Slice(start, end - start).IndexOf('\\') < 0 ? text.Slice(start, end - start).ToString() : null;
    }

    /// <summary>Appends the value of a str literal token; returns CPython's message on a bad escape.</summary>
    public static string? DecodeString(ReadOnlySpan<char> text, TextRange range, StringBuilder into)
    {
        (int start, int end, bool raw) = Body(text, range);
        if (raw)
        {
            into.Append(text.Slice(start, end - start));
            return null;
        }
        return Unescape(text, start, end, into, bytes: false);
    }

    /// <summary>Appends the literal text of an f-string part: <c>{{</c> and <c>}}</c> halved, escapes decoded unless raw.</summary>
    public static string? DecodeFStringText(ReadOnlySpan<char> text, TextRange range, bool raw, StringBuilder into)
    {
        int segment = range.Start;
        for (int i = range.Start; i < range.End; i++)
        {
            char c = text[i];
            if (c == '\\' && !raw && i + 1 < range.End && text[i + 1] is not ('{' or '}'))
            {
                i++; // an escaped character never starts a doubled brace; \N{...} is skipped as a whole
                if (text[i] == 'N' && i + 1 < range.End && text[i + 1] == '{')
                {
                    int close = IndexOf(text, '}', i, text.Length);
                    i = close < 0 || close >= range.End ? range.End - 1 : close;
                }
                continue;
            }
            if ((c == '{' || c == '}') && i + 1 < range.End && text[i + 1] == c)
            {
                string? error = AppendPart(text, segment, i + 1, raw, into);
                if (error is not null)
                {
                    return error;
                }
                i++;
                segment = i + 1;
            }
        }
        return AppendPart(text, segment, range.End, raw, into);
    }

    private static string? AppendPart(ReadOnlySpan<char> text, int start, int end, bool raw, StringBuilder into)
    {
        if (raw)
        {
            into.Append(text.Slice(start, end - start));
            return null;
        }
        return Unescape(text, start, end, into, bytes: false);
    }

    /// <summary>Appends the bytes of a bytes literal token; returns CPython's message on a bad escape or a non-ASCII character.</summary>
    public static string? DecodeBytes(ReadOnlySpan<char> text, TextRange range, List<byte> into)
    {
        (int start, int end, bool raw) = Body(text, range);
        ReadOnlySpan<char> body = text[start..end];
        if (!Ascii.IsValid(body))
        {
            return SyntaxErrors.BytesNonAscii;
        }
        if (raw || !body.Contains('\\'))
        {
            AddBytes(into, body);
            return null;
        }
        var builder = new StringBuilder(body.Length);
        string? error = Unescape(text, start, end, builder, bytes: true);
        if (error is null)
        {
            foreach (ReadOnlyMemory<char> chunk in builder.GetChunks())
            {
                AddBytes(into, chunk.Span);
            }
        }
        return error;
    }

    /// <summary>
    /// Appends each character as the byte of its value: a bytes literal's ASCII text, and escapes that
    /// <see cref="Unescape"/> has already made one byte each. Through the list's span: a call to <c>Add</c> a byte, and
    /// the builder's indexer, which finds its chunk at every read, made a bytes literal cost 1,600 instructions.
    /// </summary>
    private static void AddBytes(List<byte> into, ReadOnlySpan<char> chars)
    {
        int at = into.Count;
        CollectionsMarshal.SetCount(into, at + chars.Length);
        Span<byte> target = CollectionsMarshal.AsSpan(into)[at..];
        for (int i = 0; i < chars.Length; i++)
        {
            target[i] = (byte)chars[i];
        }
    }

    /// <summary>
    /// Python's backslash escapes. In bytes (<paramref name="bytes"/>) <c>\u</c>, <c>\U</c> and <c>\N</c> are plain
    /// text and every value is one byte. An unknown escape keeps its backslash, as CPython does (with a warning).
    /// </summary>
    private static string? Unescape(ReadOnlySpan<char> text, int start, int end, StringBuilder into, bool bytes)
    {
        var codec = new CodecPositions(text, start, end);
        int i = start;
        while (i < end)
        {
            int backslash = IndexOf(text, '\\', i, end);
            if (backslash < 0)
            {
                into.Append(text.Slice(i, end - i));
                return null;
            }
            into.Append(text.Slice(i, backslash - i));
            i = backslash + 1;
            if (i >= end)
            {
                into.Append('\\');
                return null;
            }
            char c = text[i++];
            switch (c)
            {
                case '\n': break;
                case '\\': into.Append('\\'); break;
                case '\'': into.Append('\''); break;
                case '"': into.Append('"'); break;
                case 'a': into.Append('\a'); break;
                case 'b': into.Append('\b'); break;
                case 'f': into.Append('\f'); break;
                case 'n': into.Append('\n'); break;
                case 'r': into.Append('\r'); break;
                case 't': into.Append('\t'); break;
                case 'v': into.Append('\v'); break;
                case >= '0' and <= '7':
                    int octal = c - '0';
                    for (int k = 0; k < 2 && i < end && text[i] is >= '0' and <= '7'; k++)
                    {
                        octal = octal * 8 + (text[i++] - '0');
                    }
                    into.Append((char)(bytes ? octal & 0xFF : octal));
                    break;
                case 'x':
                    if (!ReadHex(text, ref i, end, 2, out int hex))
                    {
                        return bytes
                            ? $"(value error) invalid \\x escape at position {codec.At(backslash)}"
                            : $"(unicode error) 'unicodeescape' codec can't decode bytes in position {codec.At(backslash)}-{codec.At(i) - 1}: truncated \\xXX escape";
                    }
                    into.Append((char)hex);
                    break;
                case 'u' or 'U' when !bytes:
                    int width = c == 'u' ? 4 : 8;
                    if (!ReadHex(text, ref i, end, width, out int codePoint))
                    {
                        return $"(unicode error) 'unicodeescape' codec can't decode bytes in position {codec.At(backslash)}-{codec.At(i) - 1}: truncated \\{(c == 'u' ? "uXXXX" : "UXXXXXXXX")} escape";
                    }
                    if (codePoint > 0x10FFFF)
                    {
                        return $"(unicode error) 'unicodeescape' codec can't decode bytes in position {codec.At(backslash)}-{codec.At(i) - 1}: illegal Unicode character";
                    }
                    AppendCodePoint(into, codePoint);
                    break;
                case 'N' when !bytes:
                    int close = i < end && text[i] == '{' ? IndexOf(text, '}', i, end) : -1;
                    if (close < 0 || close == i + 1)
                    {
                        // The codec stops where it gave up: after the N with no brace, at the end of the text with no
                        // closing brace, on the brace of an empty name.
                        int stop = close >= 0 ? close : i < end && text[i] == '{' ? end : i;
                        return $"(unicode error) 'unicodeescape' codec can't decode bytes in position {codec.At(backslash)}-{codec.At(stop) - 1}: malformed \\N character escape";
                    }
                    if (!UnicodeNames.TryLookup(text.Slice(i + 1, close - i - 1), out int named))
                    {
                        return $"(unicode error) 'unicodeescape' codec can't decode bytes in position {codec.At(backslash)}-{codec.At(close)}: unknown Unicode character name";
                    }
                    AppendCodePoint(into, named);
                    i = close + 1;
                    break;
                default:
                    into.Append('\\').Append(c);
                    break;
            }
        }
        return null;
    }

    /// <summary>Where <paramref name="c"/> first stands in <c>text[from..to]</c>, as an index into <paramref name="text"/>; -1 if nowhere.</summary>
    private static int IndexOf(ReadOnlySpan<char> text, char c, int from, int to)
    {
        int found = text[from..to].IndexOf(c);
        return found < 0 ? -1 : from + found;
    }

    private static bool ReadHex(ReadOnlySpan<char> text, ref int i, int end, int width, out int value)
    {
        value = 0;
        for (int k = 0; k < width; k++)
        {
            if (i >= end || !char.IsAsciiHexDigit(text[i]))
            {
                return false;
            }
            value = value * 16 + HexValue(text[i++]);
        }
        return true;
    }

    /// <summary>Appends a code point; surrogate code points stay lone UTF-16 units, as Python strings may hold them.</summary>
    private static void AppendCodePoint(StringBuilder into, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            into.Append((char)codePoint);
        }
        else
        {
            into.Append(char.ConvertFromUtf32(codePoint));
        }
    }
}

/// <summary>
/// Offsets in the buffer CPython's unicode-escape codec reads, which its error positions count: the literal's body
/// with each non-ASCII character spelled as a ten-byte <c>\UXXXXXXXX</c> escape, and a backslash before one as
/// <c>\u005c</c>.
/// </summary>
internal readonly ref struct CodecPositions(ReadOnlySpan<char> text, int start, int end)
{
    private readonly ReadOnlySpan<char> _text = text;

    /// <summary>The codec's offset of the character at <paramref name="index"/> of the text.</summary>
    public int At(int index)
    {
        int position = 0;
        for (int k = start; k < index; k++)
        {
            char c = _text[k];
            if (c == '\\' && k + 1 < end)
            {
                // The escaped character goes along unlooked-at, unless it is not ASCII.
                if (_text[k + 1] >= 0x80)
                {
                    position += 6;
                }
                else
                {
                    position += k + 1 < index ? 2 : 1;
                    k++;
                }
            }
            else if (c >= 0x80)
            {
                // A surrogate pair is one character there: all ten bytes go to its first half.
                position += char.IsLowSurrogate(c) && k > start && char.IsHighSurrogate(_text[k - 1]) ? 0 : 10;
            }
            else
            {
                position++;
            }
        }
        return position;
    }
}
