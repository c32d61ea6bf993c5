namespace Pyarch.Rules.Tests;

/// <summary>PA321 reports keys written in the code without letting the key into any output.</summary>
public sealed class JwtVerificationDisabledTests
{
    [Fact]
    public void Should_keep_a_hardcoded_key_out_of_the_message_and_the_fingerprinted_code()
    {
        // Given: the PA321 fixture, which signs tokens with "hardcoded-signing-key" and "legacy-signing-key-2019".
        var rule = RuleRegistry.Find("PA321")!;

        // When
        var keyFindings = new RuleEngine([rule]).Check(Fixture.Named("PA321").Directory).Findings
            .Where(f => f.Anchors.Contains("semgrep:jwt-python-hardcoded-secret"))
            .ToList();

        // Then
        Assert.Equal(2, keyFindings.Count);
        Assert.All(keyFindings, f =>
        {
            Assert.DoesNotContain("signing-key", f.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("signing-key", f.Snippet, StringComparison.Ordinal);
        });
    }
}
