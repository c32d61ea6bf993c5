using Pyarch.Text;

namespace Pyarch.Python;

/// <summary>The entry point: decode, tokenize and parse one file. Never throws on bad input.</summary>
public static class PythonParser
{
    /// <summary>Parses raw file bytes, decoding them as CPython does (BOM, PEP 263 coding line, else UTF-8).</summary>
    public static ParseResult Parse(string path, ReadOnlySpan<byte> bytes)
    {
        var decoded = SourceDecoder.Decode(path, bytes);
        return decoded.Source is null ? new ParseResult(null, null, decoded.Error) : Parse(decoded.Source);
    }

    /// <summary>Parses already-decoded text.</summary>
    public static ParseResult Parse(SourceText source) => Parser.Parse(source);
}
