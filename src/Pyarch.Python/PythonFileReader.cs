namespace Pyarch.Python;

/// <summary>
/// Reads Python files from disk and parses them. Every problem (missing, unreadable, too large, a parser bug)
/// becomes a <see cref="FileFailure"/> for that file alone, so one bad file never stops the others.
/// </summary>
public static class PythonFileReader
{
    /// <summary>Files above this size are refused instead of parsed: no real source file is this large.</summary>
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    /// <summary>Reads the whole file, or says why it could not.</summary>
    public static byte[]? TryRead(string path, long maxBytes, out long length, out FileFailure? failure)
    {
        length = 0;
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            length = RandomAccess.GetLength(handle);
            if (length > maxBytes)
            {
                failure = new FileFailure("OSError", $"file is too large to parse: {length} bytes (the limit is {maxBytes} bytes)");
                return null;
            }
            var bytes = new byte[length];
            int read = 0;
            while (read < bytes.Length)
            {
                int n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
                if (n == 0)
                {
                    Array.Resize(ref bytes, read);
                    break;
                }
                read += n;
            }
            failure = null;
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            failure = new FileFailure("OSError", $"cannot read the file: {e.Message}");
            return null;
        }
    }

    /// <summary>Reads and parses one file. Never throws.</summary>
    public static PythonFileOutcome Parse(string path, long maxBytes = DefaultMaxBytes)
    {
        var bytes = TryRead(path, maxBytes, out long length, out var failure);
        if (bytes is null)
        {
            return new PythonFileOutcome(path, length, null, failure);
        }
        try
        {
            return new PythonFileOutcome(path, length, PythonParser.Parse(path, bytes), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The parser must never throw on bad input; if it does, that is pyarch's bug, reported for this file only.
            return new PythonFileOutcome(path, length, null, new FileFailure("InternalError", $"the parser failed: {e.GetType().Name}: {e.Message}"));
        }
    }
}
