using Pyarch.Text;

namespace Pyarch.Python;

/// <summary>
/// Reads Python files from disk and parses them. Every problem (missing, unreadable, too large, a parser bug)
/// becomes a <see cref="FileFailure"/> for that file alone, so one bad file never stops the others.
/// </summary>
public static class PythonFileReader
{
    /// <summary>Files above this size are refused instead of parsed: no real source file is this large.</summary>
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    /// <summary>Reads the whole file into a rented buffer (dispose it), or says why it could not.</summary>
    public static RentedBytes? TryRead(string path, long maxBytes, out long length, out FileFailure? failure)
    {
        length = 0;
        try
        {
            var bytes = RentedBytes.Read(path, maxBytes, out length);
            failure = bytes is null
                ? new FileFailure("OSError", $"file is too large to parse: {length} bytes (the limit is {maxBytes} bytes)")
                : null;
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            failure = new FileFailure("OSError", $"cannot read the file: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Reads and parses one file. Never throws. The result's source keeps its text in a rented array: read
    /// <see cref="SourceText.Text"/> to keep it, then <see cref="SourceText.Release"/> it. A file the caller
    /// <paramref name="measuredEmpty"/> is parsed as empty without being opened.
    /// </summary>
    internal static PythonFileOutcome Parse(string path, long maxBytes = DefaultMaxBytes, bool measuredEmpty = false)
    {
        long length = 0;
        FileFailure? failure = null;
        if ((measuredEmpty ? RentedBytes.Empty : TryRead(path, maxBytes, out length, out failure)) is not { } bytes)
        {
            return new PythonFileOutcome(path, length, null, failure);
        }
        using (bytes)
        {
            try
            {
                return new PythonFileOutcome(path, length, PythonParser.ParseRented(path, bytes.Span), null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The parser must never throw on bad input; if it does, that is pyarch's bug, reported for this file only.
                return new PythonFileOutcome(path, length, null, new FileFailure("InternalError", $"the parser failed: {e.GetType().Name}: {e.Message}"));
            }
        }
    }
}
