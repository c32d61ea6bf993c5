using System.Text.Json;
using System.Text.RegularExpressions;
using Pyarch.Project.Knowledge;
using Pyarch.Tests;

namespace Pyarch.Project.Tests;

public sealed partial class CatalogTests
{
    [GeneratedRegex(@"^\| `(?<category>\w+)` \| (?<ids>.*) \|$", RegexOptions.Multiline)]
    private static partial Regex CategoryRow();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Code();

    private static HashSet<(string, string)> Catalog() => TechnologyCatalog.All.Select(t => (t.Category, t.Id)).ToHashSet();

    [Fact]
    public void Should_know_exactly_the_technology_ids_of_the_detect_contract()
    {
        // Given the stack table of spec/detect-json.md
        string spec = File.ReadAllText(Path.Combine(RepoPaths.Root, "..", "shared", "spec", "detect-json.md"));
        var contract = CategoryRow().Matches(spec)
            .SelectMany(m => Code().Matches(m.Groups["ids"].Value).Select(c => (m.Groups["category"].Value, c.Groups[1].Value)))
            .ToHashSet();

        // When compared with the catalog
        var catalog = Catalog();

        // Then neither has an id the other lacks
        Assert.Equal(contract.Order(), catalog.Order());
        Assert.Equal(StackCategory.All, contract.Select(c => c.Item1).Distinct());
    }

    [Fact]
    public void Should_have_a_fixture_showing_every_technology_and_layout_pattern()
    {
        // Given every fixture's accepted detection
        var seen = new HashSet<(string, string)>();
        var patterns = new HashSet<string>();
        foreach (string fixture in FixtureProjects.Names())
        {
            using var doc = JsonDocument.Parse(FixtureProjects.Expected(fixture));
            patterns.Add(doc.RootElement.GetProperty("layout").GetProperty("pattern").GetString()!);
            foreach (var category in doc.RootElement.GetProperty("stack").EnumerateObject())
            {
                seen.UnionWith(category.Value.EnumerateArray().Select(id => (category.Name, id.GetString()!)));
            }
        }

        // Then each catalog entry and each layout pattern is recognized in at least one of them
        Assert.Empty(Catalog().Except(seen).Order());
        Assert.Empty(LayoutPatterns.All.Select(p => p.Id).Append(LayoutPatterns.Unknown).Except(patterns));
    }

    [Fact]
    public void Should_keep_ids_unique_within_each_category()
    {
        var duplicates = TechnologyCatalog.All.GroupBy(t => (t.Category, t.Id)).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }
}
