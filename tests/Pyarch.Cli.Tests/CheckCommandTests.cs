using System.Text.Json;

namespace Pyarch.Cli.Tests;

public sealed class CheckCommandTests
{
    /// <summary>A Flask app run in debug mode, with a health route so that PA311 is its only finding.</summary>
    private const string DebugApp = "from flask import Flask\n\napp = Flask(__name__)\napp.run(debug=True)\n\n\n@app.get(\"/health\")\ndef health():\n    return \"ok\"\n";

    [Fact]
    public void Should_exit_1_and_print_the_finding_with_its_source_line()
    {
        using var dir = new TempDirectory();
        dir.Write("app.py", DebugApp);

        var run = CliRun.Of("check", dir.Path);

        Assert.Equal(ExitCode.Findings, run.ExitCode);
        Assert.Contains("  4:9  error  PA311  `debug=True` starts the Werkzeug debugger", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("    4 | app.run(debug=True)\n      |         ^^^^^^^^^^\n", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("1 finding (1 error) in 1 file; 1 file checked.\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_when_named_pipes_stand_under_project_file_names_instead_of_waiting_for_a_writer()
    {
        // Given: named pipes where a module, a manifest, a Dockerfile, a .gitignore and the configuration would be
        using var dir = new TempDirectory();
        dir.Write("app.py", DebugApp);
        foreach (string pipe in new[] { "pipe.py", "requirements.txt", "Dockerfile", "sub/.gitignore", "pyproject.toml", "fifos/page" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir.Path, pipe))!);
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(dir.Path, pipe));
            mkfifo.WaitForExit();
        }
        // and a template and a module that are links to a pipe
        Directory.CreateDirectory(Path.Combine(dir.Path, "templates"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "templates", "page.html"), Path.Combine(dir.Path, "fifos", "page"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "linked.py"), Path.Combine(dir.Path, "fifos", "page"));

        // When: detect and check run (each pipe would block an open until something writes to it)
        var runs = Task.Run(() => (CliRun.Of("detect", dir.Path), CliRun.Of("check", dir.Path)));

        // Then: both answer, reading the pipes as the empty files they measure
        var (detect, check) = await runs.WaitAsync(TimeSpan.FromSeconds(60)); // a TimeoutException if pyarch waited
        Assert.Equal(ExitCode.Clean, detect.ExitCode);
        Assert.Contains("framework: flask", detect.Stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCode.Findings, check.ExitCode);
        Assert.Contains("PA311", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_mask_a_credential_that_stands_after_the_flagged_name_on_its_line()
    {
        // Given: PA322 flags the names, and each value follows its name on the line
        using var dir = new TempDirectory();
        dir.Write("app/settings.py", "db_password = \"hunter2-correct-horse\"\nconnect(api_token=\"tk-9f8e7d6c5b4a\")\n");

        var run = CliRun.Of("check", dir.Path, "--select", "PA322");

        // Then: both are found, the names are shown by their first letters, and no value is printed
        Assert.Equal(ExitCode.Findings, run.ExitCode);
        Assert.Contains("    1 | db_p" + new string('*', 33) + "\n      | ^^^^^^^^^^^\n", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("tk-9f8e", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_0_on_a_clean_project_and_when_the_rule_is_ignored()
    {
        using var dir = new TempDirectory();
        dir.Write("app.py", DebugApp);
        dir.Write("clean/app.py", "print('hello')\n");

        Assert.Equal(ExitCode.Clean, CliRun.Of("check", Path.Combine(dir.Path, "clean")).ExitCode);
        Assert.Equal(ExitCode.Clean, CliRun.Of("check", dir.Path, "--ignore", "PA3").ExitCode);
        Assert.Equal(ExitCode.Findings, CliRun.Of("check", dir.Path, "--select", "PA311,PA3").ExitCode);
    }

    [Fact]
    public void Should_print_the_contract_json()
    {
        using var dir = new TempDirectory();
        dir.Write("app.py", DebugApp);

        var run = CliRun.Of("check", dir.Path, "--format", "json");

        var root = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("pyarch.check/1", root.GetProperty("schema").GetString());
        var finding = root.GetProperty("findings")[0];
        Assert.Equal(("PA311", "app.py", 4, 9), (finding.GetProperty("code").GetString(), finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()));
        Assert.Equal(1, root.GetProperty("summary").GetProperty("findings").GetInt32());
    }

    [Theory]
    [InlineData("pyproject.toml", "[tool.pyarch]\nselect = [\"PA311\"]\nignor = [\"PA3\"]\n", "pyarch check: pyproject.toml:3: unknown key 'ignor' in [tool.pyarch]")]
    [InlineData("pyarch.toml", "select = [\"PA39\"]\n", "pyarch check: pyarch.toml:1: select: unknown rule code 'PA39'")]
    public void Should_exit_2_with_one_line_naming_file_and_line_on_a_bad_configuration(string file, string text, string message)
    {
        using var dir = new TempDirectory();
        dir.Write("app.py", DebugApp);
        dir.Write(file, text);

        var run = CliRun.Of("check", dir.Path);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Single(run.StderrLines);
        Assert.StartsWith(message.Replace(file, Path.Combine(dir.Path, file), StringComparison.Ordinal), run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--select", "PA9")]
    [InlineData("--ignore", "E501")]
    [InlineData("--format", "xml")]
    public void Should_exit_2_on_a_bad_option_value(string option, string value)
    {
        using var dir = new TempDirectory();

        var run = CliRun.Of("check", dir.Path, option, value);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.StartsWith("pyarch", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_only_new_findings_against_a_written_baseline()
    {
        // Given: a baseline written while the project had one finding
        using var dir = new TempDirectory();
        dir.Write("app.py", DebugApp);
        string baseline = Path.Combine(dir.Path, "..", Path.GetFileName(dir.Path) + "-baseline.json");
        var written = CliRun.Of("check", dir.Path, "--write-baseline", baseline);

        // When: the code moves down and a second identical call appears
        dir.Write("app.py", "import os\n" + DebugApp + "app.run(debug=True)\n");
        var run = CliRun.Of("check", dir.Path, "--baseline", baseline, "--format", "json");
        File.Delete(baseline);

        // Then
        Assert.Equal(ExitCode.Findings, written.ExitCode);
        Assert.Equal(ExitCode.Findings, run.ExitCode);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal([11], root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("line").GetInt32()));
        Assert.Equal("baseline", root.GetProperty("suppressed")[0].GetProperty("by").GetString());
    }

    [Fact]
    public void Should_write_sarif_to_the_output_file()
    {
        using var dir = new TempDirectory();
        dir.Write("app.py", DebugApp);
        string output = Path.Combine(dir.Path, "out", "pyarch.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);

        var run = CliRun.Of("check", dir.Path, "--format", "sarif", "--output", output);

        Assert.Equal(("", ExitCode.Findings), (run.Stdout, run.ExitCode));
        var sarif = JsonDocument.Parse(File.ReadAllText(output)).RootElement;
        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
        Assert.Equal("PA311", sarif.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
        Assert.DoesNotContain(dir.Path, File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_path_that_is_not_a_folder()
    {
        var run = CliRun.Of("check", "/no/such/folder");

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Contains("not a project folder: /no/such/folder", run.Stderr, StringComparison.Ordinal);
    }
}
