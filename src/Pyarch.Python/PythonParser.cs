using Pyarch.Text;

namespace Pyarch.Python;

/// <summary>The entry point: decode, tokenize and parse one file. Never throws on bad input.</summary>
public static class PythonParser
{
    /// <summary>Parses raw file bytes, decoding them as CPython does (BOM, PEP 263 coding line, else UTF-8).</summary>
    public static ParseResult Parse(string path, ReadOnlySpan<byte> bytes)
    {
        ParseResult result = ParseRented(path, bytes);
        // The text as a string, and the rented array back to the pool for the next file.
        result.Source?.Release(keepText: true);
        return result;
    }

    /// <summary>Parses already-decoded text.</summary>
    public static ParseResult Parse(SourceText source) => Parser.Parse(source);

    /// <summary>
    /// As <see cref="Parse(string, ReadOnlySpan{byte})"/>, but the source keeps its text in a rented array: read
    /// <see cref="SourceText.Text"/> to keep it, then <see cref="SourceText.Release"/> it.
    /// </summary>
    internal static ParseResult ParseRented(string path, ReadOnlySpan<byte> bytes)
    {
        var decoded = SourceDecoder.Decode(path, bytes);
        if (decoded.Source is null)
        {
            return new ParseResult(null, null, decoded.Error);
        }
        // A pending error stands unless the parse fails before the name or string that holds it.
        ParseResult parsed = Parse(decoded.Source);
        return decoded.Pending is { } pending && !(parsed.Error?.Range is { } failed && failed.Start < decoded.PendingFrom)
            ? parsed with { Module = null, Error = pending }
            : parsed;
    }
}
