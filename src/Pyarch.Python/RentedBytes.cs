using System.Buffers;

namespace Pyarch.Python;

/// <summary>
/// A file's bytes in a buffer rented from the shared pool, so reading a batch of files reuses a few buffers rather
/// than allocating one per file (those of large files on the large object heap). Dispose it exactly once.
/// </summary>
public readonly struct RentedBytes : IDisposable
{
    private readonly byte[] _buffer;

    private RentedBytes(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    /// <summary>No bytes, and nothing rented: what a file measured as empty holds, without opening it.</summary>
    public static RentedBytes Empty { get; } = new([], 0);

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    /// <summary>
    /// Reads the whole file, or nothing (null) when it is larger than <paramref name="maxBytes"/>. Throws what the
    /// file system throws (<see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>); callers turn that
    /// into a problem for this file.
    /// </summary>
    public static RentedBytes? Read(string path, long maxBytes, out long length)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
        {
            return null;
        }
        byte[] buffer = FileBuffers.Rent<byte>((int)length);
        try
        {
            int read = 0;
            while (read < length)
            {
                int n = RandomAccess.Read(handle, buffer.AsSpan(read, (int)(length - read)), read);
                if (n == 0)
                {
                    break; // the file shrank while being read
                }
                read += n;
            }
            return new RentedBytes(buffer, read);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
    }
}
