using Pyarch.Text;

namespace Pyarch.Python;

/// <summary>One token: its kind and where it stands in the decoded text.</summary>
public readonly record struct Token(TokenKind Kind, TextRange Range)
{
    /// <summary>For a name or keyword, its number in the <see cref="NameTable"/> of the thread that read it.</summary>
    internal int NameId { get; init; }

    /// <summary>Equal tokens are the same kind over the same range, whichever thread's name table numbered them.</summary>
    public bool Equals(Token other) => Kind == other.Kind && Range == other.Range;

    public override int GetHashCode() => HashCode.Combine(Kind, Range);
}
