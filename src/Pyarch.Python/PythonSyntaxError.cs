using Pyarch.Text;

namespace Pyarch.Python;

/// <summary>The three exception classes CPython raises for bad source, plus the decoding failure.</summary>
public enum SyntaxErrorKind
{
    SyntaxError,
    IndentationError,
    TabError,
}

/// <summary>
/// A refused file: CPython's exception class, its message, the 1-based line and the 1-based column
/// (CPython's <c>offset</c>, counted in characters), and the range in the decoded text when there is one.
/// </summary>
public sealed record PythonSyntaxError(SyntaxErrorKind Kind, string Message, OneIndexed? Line, int? Offset, TextRange? Range)
{
    public override string ToString() =>
        Line is { } line ? $"{Kind}: {Message} (line {line}, column {Offset ?? 0})" : $"{Kind}: {Message}";

    /// <summary>
    /// The error as one line for people: <c>path:line:column: Kind: message</c>, or <c>path: Kind: message</c> where
    /// CPython places it nowhere (line 0, as for an unknown encoding or a byte its code page cannot decode).
    /// </summary>
    public string Describe(string path) =>
        Line is { Value: > 0 } line ? $"{path}:{line}:{Offset ?? 0}: {Kind}: {Message}" : $"{path}: {Kind}: {Message}";
}
