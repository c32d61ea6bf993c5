namespace Pyarch.Rules.Tests;

/// <summary>
/// A rule's documentation is a test: its Example must produce a finding of the rule and its Use instead must not,
/// so the docs cannot drift from the check (Bandit's B201 docs claim a confidence its code does not report).
/// </summary>
public sealed class RuleDocumentationTests
{
    public static TheoryData<string> Codes => new(RuleRegistry.All.Where(r => r.Status == RuleStatus.Stable).Select(r => r.Code));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Should_fire_on_the_documented_example(string code)
    {
        var rule = RuleRegistry.Find(code)!;
        var files = DocumentationExample.Files(rule.Documentation, "Example");
        Assert.NotEmpty(files);

        var findings = Run(rule, files);

        Assert.Contains(findings, f => f.Code == code);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Should_stay_quiet_on_the_documented_use_instead(string code)
    {
        var rule = RuleRegistry.Find(code)!;
        var files = DocumentationExample.Files(rule.Documentation, "Use instead");
        Assert.NotEmpty(files);

        var findings = Run(rule, files);

        Assert.True(findings.Count == 0, string.Join('\n', findings.Select(Expectation.PasteReady)));
    }

    private static List<Finding> Run(Rule rule, IReadOnlyList<(string Path, string Text)> files)
    {
        string root = DocumentationExample.WriteProject(files);
        try
        {
            return [.. new RuleEngine([rule]).Check(root).Findings];
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
