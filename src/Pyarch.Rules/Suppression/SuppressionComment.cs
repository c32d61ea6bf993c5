namespace Pyarch.Rules.Suppression;

/// <summary>
/// One suppression written in a file: on <see cref="Line"/>, silencing the findings of <see cref="Codes"/> (null: of
/// every rule) that start or end on <see cref="TargetLine"/>, or anywhere in the file when <see cref="FileLevel"/>.
/// <see cref="By"/> is how it was written: <c>noqa</c>, <c>pyarch: ignore</c> or <c>pyarch: ignore-file</c>.
/// </summary>
public sealed record SuppressionComment(int Line, int TargetLine, IReadOnlyList<string>? Codes, string By)
{
    public bool FileLevel => By == SuppressionComments.IgnoreFile;

    public bool Covers(Finding finding) =>
        (Codes is null || Codes.Contains(finding.Code)) && (FileLevel || finding.Line == TargetLine || finding.EndLine == TargetLine);
}
