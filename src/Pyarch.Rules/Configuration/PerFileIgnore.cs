namespace Pyarch.Rules.Configuration;

/// <summary>One entry of <c>per-file-ignores</c>: the rules the selectors name are off in files the pattern matches.</summary>
public sealed record PerFileIgnore(PathPattern Pattern, IReadOnlyList<RuleSelector> Selectors)
{
    public bool Ignores(Finding finding) =>
        finding.File is { } file && Selectors.Any(s => s.Matches(finding.Code)) && Pattern.Matches(file);
}
