namespace Pyarch.Text;

/// <summary>
/// Line numbers of offsets asked for mostly in increasing order, counted from the last one asked: a single pass over
/// a file (a module's imports, in source order) costs no <see cref="LineIndex"/>, which a large tree would build
/// for every module only to drop it. Lines end as in <see cref="LineIndex"/>: <c>\n</c>, <c>\r\n</c> or a lone
/// <c>\r</c>. An offset before the last one counts again from the start.
/// </summary>
public sealed class LineCounter(string text)
{
    private int _offset;
    private int _breaks;

    public OneIndexed LineOf(int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        if (offset < _offset)
        {
            (_offset, _breaks) = (0, 0);
        }
        // A line starts after each \n, and after each \r that no \n follows (looking one past the end for it).
        ReadOnlySpan<char> passed = text.AsSpan(_offset, offset - _offset);
        int pairs = text.AsSpan(_offset, Math.Min(offset + 1, text.Length) - _offset).Count("\r\n");
        int breaks = passed.Count('\n') + passed.Count('\r') - pairs;
        (_offset, _breaks) = (offset, _breaks + breaks);
        return OneIndexed.FromZeroBased(_breaks);
    }
}
