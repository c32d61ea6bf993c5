namespace Pyarch.Scaffold;

/// <summary>The templates pyarch ships and the option values it accepts.</summary>
public static class TemplateCatalog
{
    private static readonly string[] WebExtras =
        ["celery", "rq", "redis-cache", "sentry", "prometheus", "structlog", "graphql", "github-actions"];

    private static readonly string[] AsgiExtras = [.. WebExtras, "websockets"];

    public static IReadOnlyList<ScaffoldTemplate> All { get; } =
    [
        new("django", "Django project: manage.py, config package, one app with models, DRF serializers, admin",
            ["django"], WebExtras, HasDatabase: true),
        new("django-monolith", "Django monolith: split settings, apps/users|orders|products, static/, templates/",
            ["django"], WebExtras, HasDatabase: true),
        new("flask", "Flask app factory with blueprints, services, marshmallow validation",
            ["flask"], WebExtras, HasDatabase: true),
        new("fastapi", "FastAPI service: routers, Pydantic schemas, services, dependencies",
            ["fastapi"], AsgiExtras, HasDatabase: true),
        new("api", "Versioned API application (app/api/v1), core config, Alembic migrations",
            ["fastapi", "flask"], AsgiExtras, HasDatabase: true),
        new("data-science", "Data/ML project: data/, notebooks/, src/data|features|models|visualization",
            [], ["structlog", "github-actions"], HasDatabase: false),
    ];

    public static IReadOnlyList<string> AllExtras { get; } =
        ["celery", "rq", "redis-cache", "sentry", "prometheus", "structlog", "graphql", "websockets", "github-actions"];

    public static IReadOnlyList<string> Databases { get; } = ["sqlite", "postgres"];

    public static IReadOnlyList<string> Environments { get; } = ["pip", "poetry", "uv", "pipenv"];

    public static IReadOnlyList<string> PythonVersions { get; } = ["3.11", "3.12", "3.13"];

    public static ScaffoldTemplate? Find(string id) => All.FirstOrDefault(t => t.Id == id);
}
