using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Pyarch.EndToEnd.Tests;

/// <summary>
/// Runs a generated project with Debian's /usr/bin/python3 and its packages (.ci/apt-packages.txt): its own
/// tests, its Procfile release command, and its Procfile web command on loopback.
/// </summary>
internal sealed class DebianPython : IDisposable
{
    public const string Interpreter = "/usr/bin/python3";

    // pip would install `python` and `uvicorn` commands; Debian's python3-uvicorn ships no console script.
    private readonly string _shims = Directory.CreateTempSubdirectory("pyarch-shims-").FullName;

    public DebianPython()
    {
        File.CreateSymbolicLink(Path.Combine(_shims, "python"), Interpreter);
        string uvicorn = Path.Combine(_shims, "uvicorn");
        File.WriteAllText(uvicorn, $"#!/bin/sh\nexec {Interpreter} -m uvicorn \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(uvicorn, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose() => Directory.Delete(_shims, recursive: true);

    /// <summary>The environment a developer gets from `set -a; . ./.env.example`, plus PORT; SQLite instead of Postgres.</summary>
    public Dictionary<string, string> ProjectEnvironment(string project, int port)
    {
        var environment = BaseEnvironment();
        foreach (var line in File.ReadAllLines(Path.Combine(project, ".env.example")))
        {
            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && !line.StartsWith('#'))
            {
                environment[line[..equals]] = line[(equals + 1)..];
            }
        }
        if (environment.TryGetValue("DATABASE_URL", out var url) && url.StartsWith("postgres", StringComparison.Ordinal))
        {
            environment["DATABASE_URL"] = "sqlite:///e2e.sqlite3";
        }
        environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return environment;
    }

    public Dictionary<string, string> BaseEnvironment() => new()
    {
        ["PATH"] = $"{_shims}:/usr/bin:/bin",
        ["HOME"] = Path.GetTempPath(),
        ["LANG"] = "C.UTF-8",
        ["PYTHONDONTWRITEBYTECODE"] = "1",
    };

    public ProcessResult Python(string project, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        ProcessRunner.Run(ProcessRunner.StartInfo(Interpreter, args, project, environment), TimeSpan.FromMinutes(5));

    public ProcessResult Shell(string project, string command, IReadOnlyDictionary<string, string> environment) =>
        ProcessRunner.Run(ProcessRunner.StartInfo("/bin/sh", ["-c", command], project, environment), TimeSpan.FromMinutes(2));

    /// <summary>Starts `web:` bound to 127.0.0.1, polls /health, and always kills the server.</summary>
    public (HttpStatusCode? Status, string Body, string Log) BootAndGetHealth(string project, string webCommand, int port) =>
        BootAndGet(project, "exec " + Loopback(webCommand), ProjectEnvironment(project, port), port, "/health");

    /// <summary>A start command bound to loopback instead of every interface.</summary>
    public static string Loopback(string command) => command.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);

    /// <summary>Runs a shell command that starts a server on <paramref name="port"/>, polls <paramref name="path"/>, and always kills the server and its children.</summary>
    public (HttpStatusCode? Status, string Body, string Log) BootAndGet(
        string project, string shellCommand, IReadOnlyDictionary<string, string> environment, int port, string path)
    {
        var info = ProcessRunner.StartInfo("/bin/sh", ["-c", shellCommand], project, environment);
        using var server = new Process { StartInfo = info };
        var log = new StringBuilder();
        server.OutputDataReceived += (_, e) => ProcessRunner.Append(log, e.Data);
        server.ErrorDataReceived += (_, e) => ProcessRunner.Append(log, e.Data);
        server.Start();
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !server.HasExited)
            {
                try
                {
                    using var response = client.GetAsync(new Uri($"http://127.0.0.1:{port}{path}")).GetAwaiter().GetResult();
                    return (response.StatusCode, response.Content.ReadAsStringAsync().GetAwaiter().GetResult(), ProcessRunner.Snapshot(log));
                }
                catch (HttpRequestException)
                {
                    Thread.Sleep(250);
                }
                catch (TaskCanceledException)
                {
                    Thread.Sleep(250);
                }
            }
            return (null, "", ProcessRunner.Snapshot(log));
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
            server.WaitForExit(10_000);
        }
    }

    public static bool IsOkStatus(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return root.ValueKind == JsonValueKind.Object
            && root.EnumerateObject().Count() == 1
            && root.TryGetProperty("status", out var status)
            && status.GetString() == "ok";
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
