using Pyarch.Text;

namespace Pyarch.Python;

/// <summary>One token: its kind and where it stands in the decoded text.</summary>
public readonly record struct Token(TokenKind Kind, TextRange Range);
