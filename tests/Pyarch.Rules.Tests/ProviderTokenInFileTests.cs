using System.Text.RegularExpressions;

namespace Pyarch.Rules.Tests;

/// <summary>PA323 never prints a secret: every message shows a short prefix, an ellipsis and a short hash.</summary>
public sealed partial class ProviderTokenInFileTests
{
    [Fact]
    public void Should_redact_every_token_in_messages_and_fingerprinted_code()
    {
        // Given: the PA323 fixture, with tokens of every kind in Python, .env, compose and notebook files.
        var rule = RuleRegistry.Find("PA323")!;
        string settings = File.ReadAllText(Path.Combine(Fixture.Named("PA323").Directory, "config", "settings.py"));
        string githubToken = Regex.Match(settings, "ghp_[0-9A-Za-z]{36}").Value;

        // When
        var findings = new RuleEngine([rule]).Check(Fixture.Named("PA323").Directory).Findings;

        // Then
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Matches(Redacted(), f.Message);
            Assert.DoesNotContain(githubToken, f.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(githubToken, f.Snippet, StringComparison.Ordinal);
        });
    }

    [GeneratedRegex(@"`[^`]{0,40}…[^`]{0,60}` \(sha256 `[0-9a-f]{8}`\)")]
    private static partial Regex Redacted();
}
