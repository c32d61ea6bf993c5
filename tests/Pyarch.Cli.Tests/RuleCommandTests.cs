using System.Text.Json;

namespace Pyarch.Cli.Tests;

public sealed class RuleCommandTests
{
    [Fact]
    public void Should_print_a_rules_documentation()
    {
        var run = CliRun.Of("rule", "PA311");

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.StartsWith("# PA311 flask-debug-true\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("## Why is this bad?", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Corresponds to: bandit:B201.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_2_for_an_unknown_code()
    {
        var run = CliRun.Of("rule", "PA999");

        Assert.Equal((ExitCode.Error, ""), (run.ExitCode, run.Stdout));
        Assert.Equal("pyarch rule: unknown rule code 'PA999' (pyarch rules lists them)", run.Stderr.Trim());
    }

    [Fact]
    public void Should_list_every_rule_sorted_by_code_in_text_and_json()
    {
        var text = CliRun.Of("rules");
        var json = CliRun.Of("rules", "--format", "json");

        var codes = JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(Pyarch.Rules.RuleRegistry.All.Count, codes.Count);
        Assert.StartsWith("CODE ", text.Stdout, StringComparison.Ordinal);
        Assert.Contains(text.StdoutLines, l => l.StartsWith("PA311  flask-debug-true", StringComparison.Ordinal));
        var first = JsonDocument.Parse(json.Stdout).RootElement[0];
        Assert.Equal("stable", first.GetProperty("status").GetString());
    }
}
