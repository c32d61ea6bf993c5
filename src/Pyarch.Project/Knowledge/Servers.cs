using Pyarch.Project.Knowledge.Stack;

namespace Pyarch.Project.Knowledge;

/// <summary>The guide's production servers as data, for the detector's entry points and later for <c>deploy</c>.</summary>
public static class Servers
{
    public const string Wsgi = "wsgi";
    public const string Asgi = "asgi";

    public static readonly IReadOnlyList<Server> All =
    [
        new(AppServers.Gunicorn, Wsgi, "gunicorn -w 4 -b 0.0.0.0:8000 {target}"),
        new(AppServers.Uvicorn, Asgi, "uvicorn {target} --host 0.0.0.0 --port 8000 --workers 4"),
        new(AppServers.Uwsgi, Wsgi, "uwsgi --http :8000 --module {target}"),
        new(AppServers.Hypercorn, Asgi, "hypercorn {target} --bind 0.0.0.0:8000"),
        new(AppServers.Daphne, Asgi, "daphne -b 0.0.0.0 -p 8000 {target}"),
        new(AppServers.Waitress, Wsgi, "waitress-serve --port=8000 {target}"),
    ];
}
