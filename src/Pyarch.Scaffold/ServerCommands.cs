namespace Pyarch.Scaffold;

/// <summary>
/// The production start and release commands of a project. The Procfile and the Dockerfile are rendered
/// from the same target so the two can never run different servers.
/// </summary>
/// <param name="Procfile">The <c>web:</c> command, binding <c>$PORT</c>.</param>
/// <param name="DockerCmd">The exec-form <c>CMD</c> as a JSON array, binding port 8000.</param>
/// <param name="Release">The <c>release:</c> migration command, or empty without a database.</param>
public sealed record ServerCommands(string Procfile, string DockerCmd, string Release)
{
    public static ServerCommands For(ProjectSettings settings)
    {
        string release = settings.Framework switch
        {
            "django" => "python manage.py migrate --noinput",
            "flask" or "fastapi" => "alembic upgrade head",
            _ => "",
        };
        return settings.Server switch
        {
            ServerKind.Wsgi => Gunicorn(WsgiTarget(settings), release),
            ServerKind.Asgi => Uvicorn("app.main:app", release),
            _ => new ServerCommands("", Json(["python", "-m", "src.models.train"]), ""),
        };
    }

    private static string WsgiTarget(ProjectSettings settings) => settings.Template.Id switch
    {
        "django" or "django-monolith" => settings.Package + ".wsgi:application",
        "flask" => "run:app",
        _ => "app.main:app",
    };

    // Gunicorn takes its worker count from WEB_CONCURRENCY when -w is absent, which is what Heroku-style
    // platforms set; the container pins the guide's four workers.
    private static ServerCommands Gunicorn(string target, string release) => new(
        $"gunicorn {target} --bind 0.0.0.0:$PORT --access-logfile -",
        Json(["gunicorn", "--workers", "4", "--bind", "0.0.0.0:8000", "--access-logfile", "-", target]),
        release);

    private static ServerCommands Uvicorn(string target, string release) => new(
        $"uvicorn {target} --host 0.0.0.0 --port $PORT",
        Json(["uvicorn", target, "--host", "0.0.0.0", "--port", "8000", "--workers", "4"]),
        release);

    private static string Json(IEnumerable<string> parts) =>
        "[" + string.Join(", ", parts.Select(p => "\"" + p + "\"")) + "]";
}
