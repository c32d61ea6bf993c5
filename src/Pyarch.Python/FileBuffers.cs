using System.Buffers;
using System.Runtime.CompilerServices;

namespace Pyarch.Python;

/// <summary>
/// Rents the arrays that hold one file's bytes, text and tokens while it is parsed; they go back to
/// <see cref="ArrayPool{T}.Shared"/>. The pool keeps one array per power-of-two size on each thread, so files of
/// different sizes would each warm, and fault in, an array of their own, and each new size is a fresh allocation on
/// the large object heap. Renting at least a megabyte puts every ordinary file in one size class: a thread reuses
/// one array of each kind, in cache and mapped already. A file touches only as much of it as it fills.
/// </summary>
internal static class FileBuffers
{
    private const int MinimumBytes = 1 << 20;

    public static T[] Rent<T>(int length) => ArrayPool<T>.Shared.Rent(Math.Max(length, MinimumBytes / Unsafe.SizeOf<T>()));
}
