using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pyarch.Tests;

namespace Pyarch.EndToEnd.Tests;

/// <summary>
/// Issue 6's proof: `pyarch deploy` on fixture projects in messy real-world shapes and on projects `pyarch new`
/// generates; the Procfile `web:` command and the Dockerfile `CMD` it writes (run directly on the host with
/// Debian's Python, as there is no Docker engine) boot the app on 127.0.0.1 and answer its health route.
/// </summary>
public sealed partial class DeployBootTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pyarch-deploy-e2e-").FullName;
    private readonly DebianPython _python = new();

    public void Dispose()
    {
        _python.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    public static TheoryData<string, string> Fixtures() => new()
    {
        { "flask-module", "" },
        { "flask-factory", "" },
        { "flask-celery", "" },
        { "flask-undeclared", "" },
        { "django-split", "mysite.settings.prod" },
        { "django-channels", "" },
        { "fastapi-src", "" },
        { "fastapi-api-object", "" },
        { "two-apps", "public:app" },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Should_AnswerItsHealthRoute_When_TheWebCommandAndTheDockerCmdRunOnTheHost(string fixture, string entry)
    {
        // Given: a copy of the fixture, deployed by the CLI as a user would.
        string project = Path.Combine(_root, fixture);
        Copy(Path.Combine(RepoPaths.Root, "tests", "Pyarch.Deploy.Tests", "Fixtures", fixture), project);
        string[] entryArgs = entry.Length == 0 ? [] : ["--entry", entry];
        var deployed = PyarchCli.Run(project, ["deploy", "--target", "docker,procfile,gunicorn", .. entryArgs]);
        Assert.True(deployed.ExitCode == 0, deployed.ToString());

        // When / Then: both start commands serve the app.
        AssertBoots(project, EnvironmentOf(project));

        // And the gunicorn configuration serves it too, where gunicorn is the server.
        if (File.ReadAllText(Path.Combine(project, "Procfile")).Contains("web: gunicorn", StringComparison.Ordinal)
            || fixture == "django-split")
        {
            int port = DebianPython.FreeLoopbackPort();
            var environment = EnvironmentOf(project, port);
            var (status, body, log) = _python.BootAndGet(project, $"exec gunicorn --config gunicorn.conf.py --bind 127.0.0.1:{port}", environment, port, HealthPath(project));
            Assert.True(status == HttpStatusCode.OK, $"gunicorn.conf.py: status {status}, body {body}\n{log}");
        }
    }

    public static TheoryData<string> GeneratedProjects() =>
    [
        "flask",
        "fastapi --with celery,redis-cache",
        "django --db postgres --with celery",
        "django-monolith",
        "api --framework flask",
    ];

    [Theory]
    [MemberData(nameof(GeneratedProjects))]
    public void Should_AnswerItsHealthRoute_When_DeployingAProjectPyarchNewGenerated(string arguments)
    {
        // Given: a generated project, whose own Procfile and Dockerfile pyarch deploy replaces (--force).
        var args = arguments.Split(' ');
        string name = "deploy_" + args[0].Replace('-', '_');
        var generated = PyarchCli.Run(_root, ["new", args[0], name, .. args[1..]]);
        Assert.True(generated.ExitCode == 0, generated.ToString());
        string project = Path.Combine(_root, name);
        var refused = PyarchCli.Run(project, ["deploy"]);
        Assert.True(refused.ExitCode == 2 && refused.Output.Contains("Procfile exists and differs", StringComparison.Ordinal), refused.ToString());
        var deployed = PyarchCli.Run(project, ["deploy", "--force"]);
        Assert.True(deployed.ExitCode == 0, deployed.ToString());

        // When / Then
        AssertBoots(project, port => _python.ProjectEnvironment(project, port));
    }

    private void AssertBoots(string project, Func<int, Dictionary<string, string>> environmentFor)
    {
        string health = HealthPath(project);
        string web = File.ReadAllLines(Path.Combine(project, "Procfile")).Single(l => l.StartsWith("web: ", StringComparison.Ordinal))["web: ".Length..];
        int port = DebianPython.FreeLoopbackPort();
        var (status, body, log) = _python.BootAndGet(project, DebianPython.Loopback(web), environmentFor(port), port, health);
        Assert.True(status == HttpStatusCode.OK, $"web: {web}\nGET {health}: status {status}, body {body}\n{log}");

        string dockerfile = File.ReadAllText(Path.Combine(project, "Dockerfile"));
        var cmd = JsonSerializer.Deserialize<string[]>(CmdLine().Match(dockerfile).Groups[1].Value)!;
        port = DebianPython.FreeLoopbackPort();
        string p = port.ToString(CultureInfo.InvariantCulture);
        var words = cmd.Select(w => w == "8000" ? p : w.Replace("0.0.0.0:8000", "127.0.0.1:" + p, StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        var environment = environmentFor(port);
        foreach (Match env in ImageEnv().Matches(dockerfile))
        {
            environment[env.Groups[1].Value] = env.Groups[2].Value;
        }
        string command = "exec " + string.Join(' ', words.Select(w => "'" + w + "'"));
        (status, body, log) = _python.BootAndGet(project, command, environment, port, health);
        Assert.True(status == HttpStatusCode.OK, $"CMD {string.Join(' ', cmd)}\nGET {health}: status {status}, body {body}\n{log}");
    }

    private Func<int, Dictionary<string, string>> EnvironmentOf(string project) => port => EnvironmentOf(project, port);

    /// <summary>Debian's Python, the fixture's .env.example, and PORT: what a platform would provide.</summary>
    private Dictionary<string, string> EnvironmentOf(string project, int port)
    {
        var environment = _python.BaseEnvironment();
        foreach (var line in File.ReadAllLines(Path.Combine(project, ".env.example")).Where(l => l.Contains('=', StringComparison.Ordinal)))
        {
            environment[line[..line.IndexOf('=', StringComparison.Ordinal)]] = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..];
        }
        environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);
        foreach (Match env in ImageEnv().Matches(File.ReadAllText(Path.Combine(project, "Dockerfile"))))
        {
            environment.TryAdd(env.Groups[1].Value, env.Groups[2].Value);
        }
        return environment;
    }

    private static string HealthPath(string project) =>
        HealthCheck().Match(File.ReadAllText(Path.Combine(project, "Dockerfile"))) is { Success: true } m ? m.Groups[1].Value : "/";

    internal static void Copy(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"(?m)^CMD (\[.*\])$")]
    private static partial Regex CmdLine();

    [GeneratedRegex(@"(?m)^HEALTHCHECK .*http://127\.0\.0\.1:8000(/[^']*)'")]
    private static partial Regex HealthCheck();

    /// <summary><c>NAME=value</c> pairs of the image's ENV instruction (one per continuation line).</summary>
    [GeneratedRegex(@"(?m)^(?:ENV |    )([A-Z_]+)=(\S+?)(?: \\)?$")]
    private static partial Regex ImageEnv();
}
