using System.Buffers;
using System.Text;
using Pyarch.Text;

namespace Pyarch.Python;

/// <param name="Source">The text, unless the file could not be decoded.</param>
/// <param name="Error">Why the file could not be decoded.</param>
/// <param name="Pending">
/// An error in the text that CPython meets only as it reads the name or string the bytes stand in (bytes that are not
/// UTF-8, outside a comment): a parse that fails before <paramref name="PendingFrom"/> reports its own error instead.
/// </param>
/// <param name="PendingFrom">Where the name or string starts in the text.</param>
public sealed record DecodeResult(SourceText? Source, PythonSyntaxError? Error, PythonSyntaxError? Pending = null, int PendingFrom = 0);

/// <summary>
/// Turns file bytes into text as CPython's tokenizer does (<c>Parser/tokenizer.c</c>, <c>decoding_fgets</c>):
/// a UTF-8 BOM, a PEP 263 coding line on line 1 or 2, else UTF-8; then <c>\r\n</c> and lone <c>\r</c>
/// become <c>\n</c>, as <c>translate_newlines</c> does, so offsets refer to the normalized text.
/// </summary>
public static class SourceDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodeResult Decode(string path, ReadOnlySpan<byte> bytes)
    {
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bom)
        {
            bytes = bytes[3..];
        }

        // One scan for both bytes that matter: a null byte refuses the file, before its coding line is even read (as
        // in CPython), and a carriage return means newlines to normalize. The strict UTF-8 decoder makes a carriage
        // return of that byte alone, so its text need not be scanned for one again; another encoding's decoder is not
        // relied on for that.
        int special = bytes.IndexOfAny((byte)0, (byte)'\r');
        if (special >= 0 && bytes[special..].IndexOf((byte)0) >= 0)
        {
            return new DecodeResult(null, new PythonSyntaxError(
                SyntaxErrorKind.SyntaxError, "source code string cannot contain null bytes", null, null, null));
        }

        string? declared = FindCodingDeclaration(bytes);
        PythonCodecs.Codec? codec = null;
        if (declared is not null)
        {
            string normal = NormalizeEncodingName(declared);
            if (bom && normal != "utf-8")
            {
                // CPython: "encoding problem: iso-8859-1 with BOM", reported on line 0.
                return Failure($"encoding problem: {normal} with BOM", 0);
            }
            if (normal != "utf-8")
            {
                codec = PythonCodecs.Find(normal);
                if (codec is null)
                {
                    return Failure($"unknown encoding: {declared}", 0);
                }
            }
        }

        bool mayHaveCarriageReturns = special >= 0 || codec is not null;

        // Into a rented array: a batch of files decodes into one warm array per thread rather than a new string per file,
        // half of them on the large object heap, whose fresh pages cost 40% of the page faults of a stdlib parse.
        char[] chars = FileBuffers.Rent<char>(codec?.MaxCharCount(bytes.Length) ?? StrictUtf8.GetMaxCharCount(bytes.Length));
        int length;
        if (codec is not null)
        {
            length = codec.Decode(bytes, chars, out int undecodable);
            if (length < 0)
            {
                ArrayPool<char>.Shared.Return(chars);
                return Undecodable(codec, bytes, undecodable);
            }
        }
        else
        {
            try
            {
                length = StrictUtf8.GetChars(bytes, chars);
            }
            catch (DecoderFallbackException)
            {
                ArrayPool<char>.Shared.Return(chars);
                return InvalidUtf8.Decode(path, bytes);
            }
        }
        if (mayHaveCarriageReturns)
        {
            length = NormalizeNewlines(chars.AsSpan(0, length));
        }
        return new DecodeResult(SourceText.OverRented(path, chars, length), null);
    }

    private static DecodeResult Failure(string message, int line) =>
        new(null, new PythonSyntaxError(SyntaxErrorKind.SyntaxError, message, new OneIndexed(line), -1, null));

    /// <summary>
    /// A byte the declared codec cannot decode. CPython decodes such a file whole before tokenizing it, so the error
    /// names the codec and the byte's offset in the file, on line 0.
    /// </summary>
    /// <remarks>CPython turns <c>\r\n</c> into <c>\n</c> before it decodes, so the position counts each such pair as one byte.</remarks>
    private static DecodeResult Undecodable(PythonCodecs.Codec codec, ReadOnlySpan<byte> bytes, int index)
    {
        byte bad = bytes[index];
        int position = index - bytes[..index].Count("\r\n"u8);
        return Failure($"'{codec.ErrorName}' codec can't decode byte 0x{bad:x2} in position {position}: {codec.ReasonFor(bad)}", 0);
    }

    /// <summary>PEP 263: <c>^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)</c> on line 1, or on line 2 when line 1 is blank or a comment.</summary>
    private static string? FindCodingDeclaration(ReadOnlySpan<byte> bytes)
    {
        for (int lineNumber = 0; lineNumber < 2 && !bytes.IsEmpty; lineNumber++)
        {
            int end = bytes.IndexOfAny((byte)'\n', (byte)'\r');
            ReadOnlySpan<byte> line = end < 0 ? bytes : bytes[..end];
            int i = 0;
            while (i < line.Length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
            {
                i++;
            }
            if (i < line.Length && line[i] == '#')
            {
                string? found = MatchCoding(line[(i + 1)..]);
                if (found is not null)
                {
                    return found;
                }
            }
            else if (i < line.Length)
            {
                return null; // line 1 holds code: line 2 is not looked at
            }
            if (end < 0)
            {
                return null;
            }
            int next = end + 1;
            if (bytes[end] == '\r' && next < bytes.Length && bytes[next] == '\n')
            {
                next++;
            }
            bytes = bytes[next..];
        }
        return null;
    }

    private static string? MatchCoding(ReadOnlySpan<byte> comment)
    {
        ReadOnlySpan<byte> word = "coding"u8;
        int at = comment.IndexOf(word);
        while (at >= 0)
        {
            int after = at + word.Length;
            if (after < comment.Length && (comment[after] == ':' || comment[after] == '='))
            {
                int start = after + 1;
                while (start < comment.Length && (comment[start] == ' ' || comment[start] == '\t'))
                {
                    start++;
                }
                int end = start;
                while (end < comment.Length && (char.IsAsciiLetterOrDigit((char)comment[end]) || comment[end] is (byte)'-' or (byte)'_' or (byte)'.'))
                {
                    end++;
                }
                if (end > start)
                {
                    return Encoding.ASCII.GetString(comment[start..end]);
                }
            }
            int next = comment[(at + 1)..].IndexOf(word);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return null;
    }

    /// <summary>CPython's <c>get_normal_name</c>: the utf-8 and latin-1 spellings folded to one name each.</summary>
    private static string NormalizeEncodingName(string name)
    {
        string lower = name.ToLowerInvariant().Replace('_', '-');
        if (lower == "utf-8" || lower.StartsWith("utf-8-", StringComparison.Ordinal))
        {
            return "utf-8";
        }
        if (lower is "latin-1" or "iso-8859-1" or "iso-latin-1"
            || lower.StartsWith("latin-1-", StringComparison.Ordinal) || lower.StartsWith("iso-8859-1-", StringComparison.Ordinal)
            || lower.StartsWith("iso-latin-1-", StringComparison.Ordinal))
        {
            return "iso-8859-1";
        }
        // Any other name as written: CPython's "encoding problem: Latin1 with BOM" keeps its spelling.
        return name;
    }

    /// <summary>Turns <c>\r\n</c> and lone <c>\r</c> into <c>\n</c> in place; returns the new length.</summary>
    internal static int NormalizeNewlines(Span<char> text)
    {
        int first = text.IndexOf('\r');
        if (first < 0)
        {
            return text.Length;
        }
        int to = first;
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                text[to++] = '\n';
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                text[to++] = c;
            }
        }
        return to;
    }
}
