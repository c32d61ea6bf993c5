namespace Pyarch.Rules;

/// <summary>
/// One finding. <see cref="File"/> is relative to the project root with <c>/</c> separators, or null for a
/// project-level finding with no file. Lines and columns are 1-based; columns count UTF-8 bytes, as CPython does,
/// plus one. <see cref="Snippet"/> is the source text the fingerprint is made from (normalized, never a secret).
/// </summary>
public sealed record Finding(
    string Code,
    string Name,
    RuleCategory Category,
    Severity Severity,
    string Message,
    string? File,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    IReadOnlyList<string> Anchors)
{
    /// <summary>The normalized code the finding points at, used with the code and file for a line-shift-stable fingerprint.</summary>
    public string Snippet { get; init; } = "";

    /// <summary>Stable under unrelated edits; filled by the engine once all findings are known (see <see cref="Fingerprints"/>).</summary>
    public string Fingerprint { get; init; } = "";
}
