using Pyarch.Text;

namespace Pyarch.Python;

/// <summary>One token: its kind and where it stands in the decoded text.</summary>
public readonly record struct Token(TokenKind Kind, TextRange Range)
{
    /// <summary>
    /// <see cref="NameId"/> for a name or keyword, <see cref="CloseIndex"/> for an opening bracket: one field for
    /// both keeps a token at 16 bytes.
    /// </summary>
    internal int Payload { get; init; }

    /// <summary>For a name or keyword, its number in the <see cref="NameTable"/> of the thread that read it.</summary>
    internal int NameId => Payload;

    /// <summary>
    /// For an opening bracket, the index of the token that closes it in the same token list; 0 when none does (the
    /// tokenizer stopped at an error first).
    /// </summary>
    internal int CloseIndex => Payload;

    /// <summary>Equal tokens are the same kind over the same range, whichever thread's name table numbered them.</summary>
    public bool Equals(Token other) => Kind == other.Kind && Range == other.Range;

    public override int GetHashCode() => HashCode.Combine(Kind, Range);
}
