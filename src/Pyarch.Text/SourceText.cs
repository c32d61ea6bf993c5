using System.Buffers;

namespace Pyarch.Text;

/// <summary>
/// A decoded source file: its path as given, its text, and the line index over that text.
/// The text may live in an array rented from <see cref="ArrayPool{T}.Shared"/> (<see cref="OverRented"/>): a batch
/// that parses a file and drops it then reuses one array instead of making a string the size of every file. The
/// string is made the first time <see cref="Text"/> is read; <see cref="Release"/> gives the array back.
/// </summary>
public sealed class SourceText
{
    private string? _text;
    private char[]? _rented;
    private LineIndex? _lines;

    public SourceText(string path, string text)
    {
        Path = path;
        _text = text;
        Length = text.Length;
    }

    private SourceText(string path, char[] rented, int length)
    {
        Path = path;
        _rented = rented;
        Length = length;
    }

    /// <summary>A source over the first <paramref name="length"/> characters of an array rented from the shared pool, which it now owns.</summary>
    public static SourceText OverRented(string path, char[] rented, int length) => new(path, rented, length);

    public string Path { get; }

    /// <summary>The number of characters of the text.</summary>
    public int Length { get; }

    /// <summary>The text as a string, made from the rented array on first use. Read it before <see cref="Release"/> to keep it.</summary>
    public string Text => _text ??= new string(Rented(), 0, Length);

    /// <summary>
    /// The characters: the rented array while the source holds one (only the first <see cref="Length"/> are text),
    /// else null, and the text is in <see cref="Text"/>.
    /// </summary>
    public char[]? RentedChars => _rented;

    public LineIndex Lines => _lines ??= LineIndex.Build(Text);

    public string this[TextRange range] => Text.Substring(range.Start, range.Length);

    /// <summary>
    /// Gives the rented array back to the pool, first making the string when <paramref name="keepText"/> asks for it.
    /// A text neither read nor kept is gone: reading it afterwards is a bug, and throws rather than returning
    /// another file's characters.
    /// </summary>
    public void Release(bool keepText = false)
    {
        if (_rented is { } rented)
        {
            if (keepText)
            {
                _ = Text; // made from the array, once, as on any first read
            }
            _rented = null;
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private char[] Rented() => _rented
        ?? throw new InvalidOperationException($"the text of {Path} was released before it was read");
}
