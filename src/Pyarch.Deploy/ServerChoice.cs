namespace Pyarch.Deploy;

/// <summary>
/// The guide's production server for an entry point: gunicorn for WSGI; for ASGI gunicorn with uvicorn's worker
/// class when the project declares gunicorn, else uvicorn with several workers; for Django Channels daphne when
/// declared, else uvicorn. Factories (<c>pkg:create_app()</c>) are called by the server itself.
/// </summary>
internal static class ServerChoice
{
    /// <summary>Versions the image installs when the project does not declare the server it needs.</summary>
    private static readonly Dictionary<string, string> Pins = new(StringComparer.Ordinal)
    {
        ["gunicorn"] = "gunicorn==23.0.0",
        ["uvicorn"] = "uvicorn==0.34.0",
        ["daphne"] = "daphne==4.1.2",
    };

    /// <param name="appDirectory">The folder module names start from (<c>src</c> in a src layout), "" for the root.</param>
    public static (WebServer Server, IReadOnlyList<string> Undeclared) For(string kind, string target, string appDirectory, bool channels, IReadOnlySet<string> declared)
    {
        bool factory = target.EndsWith("()", StringComparison.Ordinal);
        WebServer server;
        if (kind == "wsgi")
        {
            server = Gunicorn(target, appDirectory, null, "WSGI application: gunicorn");
        }
        else if (channels && declared.Contains("daphne") && appDirectory.Length == 0 && !factory)
        {
            server = new WebServer("daphne", ["daphne", "--bind", "{host}", "--port", "{port}", "--proxy-headers", target], "Django Channels: daphne, which the project declares");
        }
        else if (declared.Contains("gunicorn") && !channels)
        {
            server = Gunicorn(target, appDirectory, "uvicorn.workers.UvicornWorker", "ASGI application and gunicorn declared: gunicorn with uvicorn workers (never the sync worker)");
        }
        else
        {
            List<string> words = ["uvicorn", .. factory ? new[] { "--factory", target[..^2] } : [target], "--host", "{host}", "--port", "{port}", "--workers", "{workers}"];
            if (appDirectory.Length > 0)
            {
                words.AddRange(["--app-dir", appDirectory]);
            }
            server = new WebServer("uvicorn", words, channels ? "Django Channels without daphne declared: uvicorn" : "ASGI application: uvicorn");
        }
        var needed = server.Name == "gunicorn" && kind == "asgi" ? new[] { "gunicorn", "uvicorn" } : [server.Name];
        return (server, needed.Where(n => !declared.Contains(n)).Select(n => Pins[n]).ToList());
    }

    private static WebServer Gunicorn(string target, string appDirectory, string? workerClass, string reason)
    {
        List<string> words = ["gunicorn", "--bind", "{host}:{port}", "--workers", "{workers}"];
        if (workerClass is not null)
        {
            words.AddRange(["--worker-class", workerClass]);
        }
        words.AddRange(["--timeout", "30", "--graceful-timeout", "30", "--access-logfile", "-"]);
        if (appDirectory.Length > 0)
        {
            words.AddRange(["--chdir", appDirectory]);
        }
        words.Add(target);
        return new WebServer("gunicorn", words, reason);
    }
}
