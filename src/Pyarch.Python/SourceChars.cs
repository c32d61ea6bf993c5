using System.Buffers;
using Pyarch.Text;

namespace Pyarch.Python;

/// <summary>
/// A source's characters as an array, which the tokenizer and parser index at every step: the array the source
/// holds its text in, or, for a source made from a string, a rented copy that <see cref="Dispose"/> gives back.
/// Only the first <see cref="Length"/> characters are the text; the rest of a rented array is another file's.
/// </summary>
internal readonly struct SourceChars : IDisposable
{
    private readonly bool _copied;

    private SourceChars(char[] array, int length, bool copied)
    {
        Array = array;
        Length = length;
        _copied = copied;
    }

    public char[] Array { get; }

    public int Length { get; }

    public static SourceChars Of(SourceText source)
    {
        if (source.RentedChars is { } rented)
        {
            return new SourceChars(rented, source.Length, copied: false);
        }
        char[] copy = FileBuffers.Rent<char>(source.Length);
        source.Text.CopyTo(copy);
        return new SourceChars(copy, source.Length, copied: true);
    }

    public void Dispose()
    {
        if (_copied)
        {
            ArrayPool<char>.Shared.Return(Array);
        }
    }
}
