namespace Pyarch.Reporting.Tests;

/// <summary>Every format renders the same fixed result set; a change to any output shows up as a snapshot diff.</summary>
public sealed class ReporterSnapshotTests
{
    private static SourceLines Sources => new(SampleResult.Root);

    [Fact]
    public void Should_render_text_grouped_by_file_with_carets_and_totals()
    {
        Snapshot.Verify("text", new TextReporter(Sources, SampleResult.Rules, color: false).Render(SampleResult.Create()));
    }

    [Fact]
    public void Should_render_text_in_colour_for_a_terminal()
    {
        Snapshot.Verify("text-color", new TextReporter(Sources, SampleResult.Rules, color: true).Render(SampleResult.Create()));
    }

    [Fact]
    public void Should_render_the_check_json_contract()
    {
        Snapshot.Verify("json", JsonReporter.Render(SampleResult.Create()));
    }

    [Fact]
    public void Should_render_sarif()
    {
        Snapshot.Verify("sarif", new SarifReporter(Sources, SampleResult.Rules, "0.1.0").Render(SampleResult.Create()));
    }

    [Fact]
    public void Should_render_github_annotations()
    {
        Snapshot.Verify("github", new GithubReporter(Sources).Render(SampleResult.Create()));
    }

    [Fact]
    public void Should_render_the_rules_json_sorted_by_code()
    {
        Snapshot.Verify("rules-json", JsonReporter.RenderRules(SampleResult.Rules));
    }

    [Fact]
    public void Should_never_print_a_secret_in_full_in_any_format()
    {
        // Given: the secret's source line holds the whole key
        string key = "tok_fake_0123456789abcdef0123456789";
        var result = SampleResult.Create();

        // When
        string[] outputs =
        [
            new TextReporter(Sources, SampleResult.Rules, color: false).Render(result),
            JsonReporter.Render(result),
            new SarifReporter(Sources, SampleResult.Rules, "0.1.0").Render(result),
            new GithubReporter(Sources).Render(result),
        ];

        // Then
        Assert.All(outputs, output => Assert.DoesNotContain(key, output, StringComparison.Ordinal));
        Assert.Contains("API_TOKEN=tok_*******************************\n", outputs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("50% done\nnext", "50%25 done%0Anext", "50%25 done%0Anext")]
    [InlineData("a:b,c", "a:b,c", "a%3Ab%2Cc")]
    public void Should_escape_github_commands_as_actions_core_does(string text, string data, string property)
    {
        Assert.Equal((data, property), (GithubReporter.EscapeData(text), GithubReporter.EscapeProperty(text)));
    }
}
