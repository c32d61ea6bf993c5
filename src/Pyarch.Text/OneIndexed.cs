namespace Pyarch.Text;

/// <summary>A 1-based number (a line or a column as people count them), kept apart from 0-based offsets.</summary>
public readonly record struct OneIndexed(int Value) : IComparable<OneIndexed>
{
    public static readonly OneIndexed First = new(1);

    public static OneIndexed FromZeroBased(int index) => new(index + 1);

    public int ToZeroBased() => Value - 1;

    public int CompareTo(OneIndexed other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
