namespace Pyarch.Rules.Tests;

public sealed class SilencedSystemChecksTests
{
    [Theory]
    [InlineData("PA304-silenced", "PA304", "django:security.W008")]
    [InlineData("PA302", "PA302", "django:security.W021")]
    public void Should_keep_a_finding_django_would_silence_as_suppressed_by_the_settings_entry(string fixture, string code, string anchor)
    {
        // Given settings that list the check's Django id in SILENCED_SYSTEM_CHECKS
        var rule = RuleRegistry.Find(code)!;

        // When the rule runs
        var result = new RuleEngine([rule]).Check(Fixture.Named(fixture).Directory);

        // Then the finding is reported as suppressed by that entry, not dropped and not reported
        var suppressed = Assert.Single(result.Suppressed);
        Assert.Equal((code, "SILENCED_SYSTEM_CHECKS"), (suppressed.Finding.Code, suppressed.By));
        Assert.Equal([anchor], suppressed.Finding.Anchors);
        Assert.Equal("mysite/settings.py", suppressed.Finding.File);
        Assert.DoesNotContain(result.Findings, f => f.Anchors.Contains(anchor));
    }
}
