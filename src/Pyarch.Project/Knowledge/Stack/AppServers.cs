namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>app_servers</c> category: production WSGI and ASGI servers.</summary>
public static class AppServers
{
    public const string Gunicorn = "gunicorn";
    public const string Uvicorn = "uvicorn";
    public const string Uwsgi = "uwsgi";
    public const string Hypercorn = "hypercorn";
    public const string Daphne = "daphne";
    public const string Waitress = "waitress";

    private const string C = StackCategory.AppServers;

    public static readonly Technology[] All =
    [
        new(Gunicorn, C) { Distributions = ["gunicorn"], Imports = ["gunicorn"], Executables = ["gunicorn"], Files = ["gunicorn.conf.py", "gunicorn_config.py", "gunicorn.py"] },
        // "fastapi run" and "fastapi dev" start uvicorn.
        new(Uvicorn, C) { Distributions = ["uvicorn"], Imports = ["uvicorn"], Executables = ["uvicorn", "fastapi"] },
        new(Uwsgi, C) { Distributions = ["uwsgi", "pyuwsgi"], Imports = ["uwsgi"], Executables = ["uwsgi"], Files = ["uwsgi.ini", "uwsgi.yaml", "uwsgi.yml"] },
        new(Hypercorn, C) { Distributions = ["hypercorn"], Imports = ["hypercorn"], Executables = ["hypercorn"] },
        new(Daphne, C) { Distributions = ["daphne"], Imports = ["daphne"], Executables = ["daphne"], Settings = ["daphne"] },
        new(Waitress, C) { Distributions = ["waitress"], Imports = ["waitress"], Executables = ["waitress-serve"] },
    ];
}
