namespace Pyarch.Rules.Tests;

/// <summary>PA314's findings differ in gravity: a wildcard origin is a warning, a wildcard with credentials an error.</summary>
public sealed class PermissiveCorsSeverityTests
{
    [Fact]
    public void Should_raise_a_wildcard_origin_to_an_error_only_when_credentials_are_allowed()
    {
        // Given: the FastAPI fixture, with one wildcard without credentials and one with them.
        var rule = RuleRegistry.Find("PA314")!;

        // When
        var findings = new RuleEngine([rule]).Check(Fixture.Named("PA314").Directory).Findings;

        // Then
        Assert.Equal([(8, Severity.Warning), (9, Severity.Error)], findings.Select(f => (f.Line, f.Severity)));
    }
}
