using Pyarch.Tests;

namespace Pyarch.Cli.Tests;

public sealed class DeployCommandTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "Pyarch.Deploy.Tests", "Fixtures", name);

    [Fact]
    public void Should_list_the_candidates_and_exit_2_when_the_entry_point_is_ambiguous()
    {
        var run = CliRun.Of("deploy", Fixture("two-apps"), "--dry-run");

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Equal(
            ["pyarch deploy: the entry point is ambiguous: 2 candidates; choose one with --entry", "  admin:app   wsgi  admin.py:3", "  public:app  wsgi  public.py:3"],
            run.StderrLines);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Should_write_the_default_targets_and_then_refuse_to_overwrite_a_changed_file_without_force()
    {
        // Given a copy of a fixture
        using var temp = new TempDirectory();
        foreach (string file in Directory.EnumerateFiles(Fixture("flask-module")))
        {
            File.Copy(file, Path.Combine(temp.Path, Path.GetFileName(file)));
        }

        // When deploy runs, then again after the user edits the Procfile
        var first = CliRun.Of("deploy", temp.Path);
        File.AppendAllText(Path.Combine(temp.Path, "Procfile"), "clock: python clock.py\n");
        var second = CliRun.Of("deploy", temp.Path);
        var preview = CliRun.Of("deploy", temp.Path, "--dry-run", "--target", "procfile");
        var forced = CliRun.Of("deploy", temp.Path, "--force");

        // Then the first writes, the second refuses with exit 2, the dry run shows the diff, --force replaces
        Assert.Equal(ExitCode.Clean, first.ExitCode);
        Assert.Equal(["wrote Dockerfile", "wrote .dockerignore", "wrote Procfile"], first.StdoutLines);
        Assert.Equal(ExitCode.Error, second.ExitCode);
        Assert.Contains("pyarch deploy: Procfile exists and differs; nothing was written (--dry-run shows the diff, --force replaces it)", second.StderrLines);
        Assert.Contains("-clock: python clock.py", preview.StdoutLines);
        Assert.Equal(["unchanged Dockerfile", "unchanged .dockerignore", "replaced Procfile"], forced.StdoutLines);
        Assert.DoesNotContain("clock:", File.ReadAllText(Path.Combine(temp.Path, "Procfile")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_and_diff_against_named_pipes_where_its_files_would_go_instead_of_waiting_for_a_writer()
    {
        // Given: a Flask module, and named pipes where the Dockerfile and the Procfile would be written
        using var temp = new TempDirectory();
        temp.Write("app.py", "from flask import Flask\n\napp = Flask(__name__)\n");
        temp.Write("requirements.txt", "flask\n");
        foreach (string pipe in new[] { "Dockerfile", "Procfile" })
        {
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(temp.Path, pipe));
            mkfifo.WaitForExit();
        }

        // When: deploy runs, a dry run shows what it would change, and --force replaces
        var runs = Task.Run(() => (CliRun.Of("deploy", temp.Path), CliRun.Of("deploy", temp.Path, "--dry-run"), CliRun.Of("deploy", temp.Path, "--force")));

        // Then: all answer, comparing against the pipes as the empty files they measure, and --force writes files in their place
        var (deploy, preview, forced) = await runs.WaitAsync(TimeSpan.FromSeconds(60)); // a TimeoutException if pyarch waited
        Assert.Equal(ExitCode.Error, deploy.ExitCode);
        Assert.Contains("pyarch deploy: Dockerfile exists and differs; nothing was written (--dry-run shows the diff, --force replaces it)", deploy.StderrLines);
        Assert.Equal(ExitCode.Clean, preview.ExitCode);
        Assert.Contains("+++ b/Procfile", preview.StdoutLines);
        Assert.Equal(ExitCode.Clean, forced.ExitCode);
        Assert.Contains("\nweb: ", File.ReadAllText(Path.Combine(temp.Path, "Procfile")), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_reject_an_unknown_target_in_one_line()
    {
        var run = CliRun.Of("deploy", Fixture("flask-module"), "--target", "heroku", "--dry-run");

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Equal(["pyarch deploy: unknown target heroku: choose from docker, procfile, gunicorn, kubernetes, cloud-run, fly, compose"], run.StderrLines);
    }

    [Fact]
    public void Should_print_notes_on_stderr_and_files_on_stdout_in_a_dry_run()
    {
        var run = CliRun.Of("deploy", Fixture("flask-undeclared"), "--dry-run", "--target", "procfile");

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("pyarch deploy: note: gunicorn is not a declared dependency: add it to requirements.txt; meanwhile the image installs gunicorn==23.0.0", run.StderrLines);
        Assert.Equal("would create Procfile:", run.StdoutLines[0]);
        Assert.Contains(run.StdoutLines, l => l.StartsWith("web: gunicorn ", StringComparison.Ordinal) && l.EndsWith(" server:application", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_name_the_file_it_could_not_read_when_no_entry_point_is_found()
    {
        // Given a project whose only app module has a syntax error
        using var temp = new TempDirectory();
        temp.Write("app.py", "from flask import Flask\napp = Flask(__name__\n");
        temp.Write("requirements.txt", "flask==2.2.2\n");

        // When
        var run = CliRun.Of("deploy", temp.Path);

        // Then one line says why nothing was written, the next which file and line hid the app
        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.StartsWith("pyarch deploy: no entry point found", run.StderrLines[0], StringComparison.Ordinal);
        Assert.StartsWith("  could not read app.py:2: SyntaxError:", run.StderrLines[1], StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "Dockerfile")));
    }
}
