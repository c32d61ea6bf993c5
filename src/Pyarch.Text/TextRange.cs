namespace Pyarch.Text;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 offsets into a decoded source text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public static TextRange Empty(int at) => new(at, at);

    /// <summary>The smallest range covering both.</summary>
    public TextRange Cover(TextRange other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public bool Contains(int offset) => offset >= Start && offset < End;

    public override string ToString() => $"{Start}..{End}";
}
