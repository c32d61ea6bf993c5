using Pyarch.Text;

namespace Pyarch.Python;

public sealed record DecodeResult(SourceText? Source, PythonSyntaxError? Error);

/// <summary>Turns file bytes into text as CPython does: a UTF-8 BOM, a PEP 263 coding line, else UTF-8.</summary>
public static class SourceDecoder
{
    public static DecodeResult Decode(string path, ReadOnlySpan<byte> bytes) => throw new NotImplementedException("decoder: issue #2, in progress");
}
