using Pyarch.Tests;

namespace Pyarch.Cli.Tests;

public sealed class DetectCommandTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "Pyarch.Project.Tests", "Fixtures", name);

    [Fact]
    public void Should_print_the_contract_json_for_a_project()
    {
        // Given a fixture project and the JSON its reviewer accepted
        string expected = File.ReadAllText(Path.Combine(Fixture("django-monolith-split"), "expected.json"));

        // When pyarch detect runs on it
        var run = CliRun.Of("detect", Fixture("django-monolith-split"), "--format", "json");

        // Then stdout is exactly that JSON and the exit code is clean
        Assert.Equal((ExitCode.Clean, expected, ""), (run.ExitCode, run.Stdout, run.Stderr));
    }

    [Fact]
    public void Should_summarize_in_text_with_evidence_only_when_verbose()
    {
        var plain = CliRun.Of("detect", Fixture("fastapi-routers-subpackages"));
        var verbose = CliRun.Of("detect", Fixture("fastapi-routers-subpackages"), "--verbose");

        Assert.Contains("layout: fastapi-app (100% of the pattern present)", plain.StdoutLines);
        Assert.Contains("  asgi  app.main:app  app/main.py:20", plain.StdoutLines);
        Assert.DoesNotContain(plain.StdoutLines, l => l.Contains("declared dependency", StringComparison.Ordinal));
        Assert.Contains(verbose.StdoutLines, l => l.Contains("pyproject.toml:6  declared dependency fastapi", StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b[", plain.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_detect_each_project_of_a_monorepo_with_all()
    {
        var blended = CliRun.Of("detect", Fixture("monorepo-services"));
        var each = CliRun.Of("detect", Fixture("monorepo-services"), "--all", "--format", "json");

        Assert.Contains(blended.StdoutLines, l => l.Contains("monorepo: 2 projects (services/catalog, services/storefront)", StringComparison.Ordinal));
        Assert.Contains("\"root\": \"services/catalog\"", each.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"primary_framework\": \"fastapi\"", each.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"root\": \"services/storefront\"", each.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"target\": \"storefront.wsgi:application\"", each.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_missing_folder_with_exit_code_2()
    {
        var run = CliRun.Of("detect", "/no/such/folder");

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Contains("no such folder", run.Stderr, StringComparison.Ordinal);
    }
}
