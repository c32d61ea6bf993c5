using System.Text.RegularExpressions;

namespace Pyarch.Rules.Tests;

/// <summary>The registry's invariants from STYLE.md §4: codes and names are unique and well-formed, sorted, documented and tested.</summary>
public sealed partial class RuleRegistryTests
{
    private static readonly string[] Headings = ["## What it does", "## Why is this bad?", "## Example", "## Use instead", "## References"];

    [Fact]
    public void Should_list_rules_sorted_by_code_with_unique_codes_and_names()
    {
        var codes = RuleRegistry.All.Select(r => r.Code).ToList();

        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(codes.Count, RuleRegistry.All.Select(r => r.Name).Distinct().Count());
    }

    public static TheoryData<string> Codes => new(RuleRegistry.All.Select(r => r.Code));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Should_have_a_wellformed_code_name_and_category(string code)
    {
        var rule = RuleRegistry.Find(code)!;

        Assert.Matches(CodePattern(), rule.Code);
        Assert.Matches(NamePattern(), rule.Name);
        Assert.False(rule.Name.StartsWith("avoid-", StringComparison.Ordinal) || rule.Name.StartsWith("disallow-", StringComparison.Ordinal), "names describe the flagged pattern (STYLE.md §4)");
        var family = (RuleCategory)(int.Parse(rule.Code[2..3]) - 1);
        Assert.Equal(family, rule.Category);
        Assert.All(rule.Anchors, a => Assert.Matches(AnchorPattern(), a));
        Assert.False(string.IsNullOrWhiteSpace(rule.Summary));
        Assert.False(rule.Summary.EndsWith('.'));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Should_document_every_heading_in_order(string code)
    {
        var rule = RuleRegistry.Find(code)!;

        var positions = Headings.Select(h => rule.Documentation.IndexOf(h + "\n", StringComparison.Ordinal)).ToList();

        Assert.True(positions.All(p => p >= 0), $"{code} lacks one of: {string.Join(", ", Headings)}");
        Assert.Equal(positions.Order(), positions);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Should_have_a_fixture_folder(string code)
    {
        var rule = RuleRegistry.Find(code)!;
        if (rule.Status == RuleStatus.Removed)
        {
            return;
        }

        Assert.Contains(Fixture.All, f => f.Code == code);
    }

    [GeneratedRegex(@"^PA[1-8]\d\d$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[a-z0-9-]+:[A-Za-z0-9_.-]+$")]
    private static partial Regex AnchorPattern();
}
