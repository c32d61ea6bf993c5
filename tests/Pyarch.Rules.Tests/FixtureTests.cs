namespace Pyarch.Rules.Tests;

/// <summary>
/// Every fixture folder is checked in both directions, as Ruff's mdtest does: each expectation must be met by a
/// finding of the folder's rule, and each finding of that rule must be expected, so every unmarked line of a fixture
/// is a negative case. A failure prints the paste-ready <c># expect:</c> line of every unexpected finding.
/// </summary>
public sealed class FixtureTests
{
    public static TheoryData<string> Fixtures => new(Fixture.All.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Should_report_exactly_the_marked_findings(string name)
    {
        // Given: a fixture project and the rule its folder names.
        var fixture = Fixture.Named(name);
        var rule = RuleRegistry.Find(fixture.Code);
        Assert.True(rule is not null, $"fixture {name} names {fixture.Code}, which is not in RuleRegistry.All");
        var expected = fixture.Expectations();
        Assert.All(expected, e => Assert.Equal(fixture.Code, e.Code));

        // When: only that rule runs.
        var result = new RuleEngine([rule]).Check(fixture.Directory);

        // Then: expectations and findings pair up one to one.
        var unmatched = new List<Finding>();
        foreach (var finding in result.Findings)
        {
            int index = expected.FindIndex(e => e.Matches(finding));
            if (index >= 0)
            {
                expected.RemoveAt(index);
            }
            else
            {
                unmatched.Add(finding);
            }
        }
        var errors = result.Errors.Where(e => e.Message.StartsWith("internal error", StringComparison.Ordinal)).ToList();
        Assert.True(
            expected.Count == 0 && unmatched.Count == 0 && errors.Count == 0,
            string.Join('\n', [
                .. expected.Select(e => $"missing: {e.File ?? "-"}:{e.Line} {e.Code}{(e.MessagePart is null ? "" : $" \"{e.MessagePart}\"")}"),
                .. unmatched.Select(f => "unexpected: " + Expectation.PasteReady(f)),
                .. errors.Select(e => "error: " + e),
            ]));
        Assert.All(result.Findings, f => Assert.True(f.Anchors.All(rule.Anchors.Contains), $"{f.Code} names anchors {string.Join(", ", f.Anchors)} that the rule does not declare"));
    }
}
