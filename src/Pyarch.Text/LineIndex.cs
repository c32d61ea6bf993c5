using System.Text;

namespace Pyarch.Text;

/// <summary>
/// The place that turns offsets into lines and columns (<see cref="LineCounter"/> gives lines alone, in one pass).
/// Lines end at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>, as CPython's tokenizer translates all three. Columns
/// are UTF-8 byte counts from the line start, which is how CPython reports <c>col_offset</c>.
/// </summary>
public sealed class LineIndex
{
    private readonly string _text;
    private readonly int[] _lineStarts;
    private readonly bool[] _asciiLine;

    private LineIndex(string text, int[] lineStarts, bool[] asciiLine)
    {
        _text = text;
        _lineStarts = lineStarts;
        _asciiLine = asciiLine;
    }

    public static LineIndex Build(string text)
    {
        var starts = new List<int>(Math.Max(16, text.Length / 32)) { 0 };
        var ascii = new List<bool>(starts.Capacity);
        // Line by line with vectorized searches: every module of a large tree gets an index.
        ReadOnlySpan<char> span = text;
        int start = 0;
        while (true)
        {
            int found = span[start..].IndexOfAny('\n', '\r');
            int end = found < 0 ? span.Length : start + found;
            ascii.Add(System.Text.Ascii.IsValid(span[start..end]));
            if (found < 0)
            {
                break;
            }
            start = span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? end + 2 : end + 1;
            starts.Add(start);
        }
        return new LineIndex(text, starts.ToArray(), ascii.ToArray());
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>The 0-based index of the line holding <paramref name="offset"/>.</summary>
    public int LineIndexOf(int offset)
    {
        int found = Array.BinarySearch(_lineStarts, offset);
        return found >= 0 ? found : ~found - 1;
    }

    public OneIndexed LineOf(int offset) => OneIndexed.FromZeroBased(LineIndexOf(offset));

    public int LineStart(OneIndexed line) => _lineStarts[line.ToZeroBased()];

    public Location LocationOf(int offset)
    {
        int line = LineIndexOf(offset);
        int start = _lineStarts[line];
        int column = _asciiLine[line]
            ? offset - start
            : Encoding.UTF8.GetByteCount(_text.AsSpan(start, offset - start));
        return new Location(OneIndexed.FromZeroBased(line), column);
    }

    /// <summary>The text of a line without its line ending.</summary>
    public string LineText(OneIndexed line)
    {
        int index = line.ToZeroBased();
        int start = _lineStarts[index];
        int end = index + 1 < _lineStarts.Length ? _lineStarts[index + 1] : _text.Length;
        while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
        {
            end--;
        }
        return _text[start..end];
    }
}
