using Pyarch.Rules.Configuration;

namespace Pyarch.Rules.Tests;

public sealed class ConfigurationTests
{
    private static readonly IReadOnlyList<Rule> Rules = [.. RuleRegistry.All, new MarkerRule("PA312"), new MarkerRule("PA320"), new MarkerRule("PA998")];

    private static ConfigurationResult Read(string toml) => ConfigurationReader.Read("pyproject.toml", toml, pyproject: true, Rules);

    [Fact]
    public void Should_let_the_most_specific_selector_win_as_ruff_does()
    {
        // Given: PA3 selected, PA31 ignored, PA311 selected again
        var result = Read("""
            [tool.pyarch]
            select = ["PA3"]
            ignore = ["PA31"]
            extend-select = ["PA311"]
            """);

        // When
        var selected = result.Configuration.SelectRules(Rules).Select(r => r.Code);

        // Then
        Assert.Null(result.Error);
        var expected = Rules.Select(r => r.Code).Where(c => c == "PA311" || (c.StartsWith("PA3", StringComparison.Ordinal) && !c.StartsWith("PA31", StringComparison.Ordinal)));
        Assert.Equal(expected, selected);
        Assert.Contains("PA311", selected);
        Assert.DoesNotContain("PA312", selected);
    }

    [Fact]
    public void Should_select_every_stable_rule_by_default()
    {
        Assert.Equal(Rules.Select(r => r.Code), PyarchConfiguration.Default.SelectRules(Rules).Select(r => r.Code));
        Assert.Equal(Rules.Select(r => r.Code), Read("[project]\nname = \"x\"\n").Configuration.SelectRules(Rules).Select(r => r.Code));
    }

    [Theory]
    [InlineData("[tool.pyarch]\nselct = [\"PA3\"]\n", "pyproject.toml:2: unknown key 'selct' in [tool.pyarch]")]
    [InlineData("[tool.pyarch]\nignore = [\n  \"PA311\",\n  \"PA39\",\n]\n", "pyproject.toml:4: ignore: unknown rule code 'PA39'")]
    [InlineData("[tool.pyarch]\nselect = [\"E501\"]\n", "pyproject.toml:2: select: invalid rule selector 'E501'")]
    [InlineData("[tool.pyarch]\nselect = \"PA3\"\n", "pyproject.toml:2: 'select' must be an array of strings")]
    [InlineData("[tool.pyarch.severity]\nPA311 = \"fatal\"\n", "pyproject.toml:2: severity.PA311 must be \"error\", \"warning\" or \"info\"")]
    [InlineData("[tool.pyarch.severity]\nPA3 = \"info\"\n", "pyproject.toml:2: severity: unknown rule code 'PA3'")]
    [InlineData("[tool.pyarch.rules.PA998]\nmarkr = \"x\"\n", "pyproject.toml:2: unknown option 'markr' for PA998 (its options: marker)")]
    [InlineData("[tool.pyarch.rules.PA998]\nmarker = 3\n", "pyproject.toml:2: rules.PA998.marker must be a string")]
    [InlineData("[tool.pyarch.rules.PA322]\nhigh-entropy = \"yes\"\n", "pyproject.toml:2: rules.PA322.high-entropy must be a boolean (true or false)")]
    [InlineData("[tool.pyarch]\nselect = [\n", "pyproject.toml:3: invalid TOML")]
    public void Should_refuse_unknown_keys_codes_and_types_naming_file_and_line(string toml, string message)
    {
        var result = Read(toml);

        Assert.NotNull(result.Error);
        Assert.StartsWith(message, result.Error.ToString());
        Assert.DoesNotContain('\n', result.Error.ToString());
    }

    [Fact]
    public void Should_prefer_pyarch_toml_over_pyproject_toml()
    {
        // Given: both files configure pyarch
        using var project = new TempProject(
            ("pyproject.toml", "[tool.pyarch]\nignore = [\"PA311\"]\n"),
            ("pyarch.toml", "ignore = [\"PA998\"]\n"));

        // When
        var result = ConfigurationReader.Find(project.Root, Rules);

        // Then: pyarch.toml's top-level keys are the configuration
        Assert.Equal(Path.Join(project.Root, "pyarch.toml"), result.Configuration.File);
        Assert.Equal(["PA998"], result.Configuration.Ignore.Select(s => s.Text));
    }

    [Fact]
    public void Should_apply_severity_options_per_file_ignores_and_exclude()
    {
        // Given: a marker in four files and a configuration touching each
        using var project = new TempProject(
            ("pyproject.toml", """
                [tool.pyarch]
                exclude = ["vendor/"]
                [tool.pyarch.per-file-ignores]
                "tests/*.py" = ["PA9"]
                "pyproject.toml" = ["PA998"]
                [tool.pyarch.severity]
                PA998 = "error"
                [tool.pyarch.rules.PA998]
                marker = "CUSTOM"
                """),
            ("app.py", "x = 'CUSTOM'\n"),
            ("tests/test_app.py", "x = 'CUSTOM'\n"),
            ("vendor/lib/mod.py", "x = 'CUSTOM'\nthis is not python(\n"));
        var configuration = ConfigurationReader.Find(project.Root, Rules).Configuration;

        // When
        var result = new RuleEngine([new MarkerRule()], configuration).Check(project.Root);

        // Then: the excluded folder yields neither findings nor errors; the test file's finding is suppressed
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("app.py", Severity.Error, "`CUSTOM` found"), (finding.File, finding.Severity, finding.Message));
        Assert.Equal(
            [("pyproject.toml", "per-file-ignores"), ("tests/test_app.py", "per-file-ignores")],
            result.Suppressed.Select(s => (s.Finding.File!, s.By)));
        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Files);
    }
}
