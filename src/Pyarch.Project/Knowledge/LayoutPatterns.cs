using Pyarch.Project.Knowledge.Stack;
using static Pyarch.Project.Knowledge.LayoutAnchor;

namespace Pyarch.Project.Knowledge;

/// <summary>The layout patterns of the guide (and of the detect contract), in the order ties are broken.</summary>
public static class LayoutPatterns
{
    public const string DjangoMonolith = "django-monolith";
    public const string DjangoProject = "django-project";
    public const string ApiApplication = "api-application";
    public const string FastApiApp = "fastapi-app";
    public const string FlaskAppFactory = "flask-app-factory";
    public const string DataScienceLayout = "data-science";
    public const string Library = "library";
    public const string Unknown = "unknown";

    /// <summary>Facts the detector establishes for <c>@</c> items.</summary>
    public const string FactFlaskFactory = "@flask-factory";
    public const string FactFastApiMain = "@fastapi-main";
    public const string FactPackage = "@package";

    public static readonly IReadOnlyList<LayoutPattern> All =
    [
        new(DjangoMonolith, "Django project with settings split by environment and apps grouped in one folder", [WebFrameworks.Django],
        [
            new("manage.py", Base, "manage.py"),
            new("settings/base.py", Package, "settings/base.py", "settings/common.py", "settings/defaults.py"),
            new("settings/dev.py", Package, "settings/dev.py", "settings/development.py", "settings/local.py"),
            new("settings/prod.py", Package, "settings/prod.py", "settings/production.py"),
            new("urls.py", Package, "urls.py"),
            new("wsgi.py", Package, "wsgi.py"),
            new("apps/", Base, "apps/"),
            new("static/", Base, "static/"),
            new("templates/", Base, "templates/"),
            new("requirements/", Base, "requirements/"),
        ]),
        new(DjangoProject, "Django project: manage.py, a config package and apps beside it", [WebFrameworks.Django],
        [
            new("manage.py", Base, "manage.py"),
            new("settings.py", Package, "settings.py", "settings/"),
            new("urls.py", Package, "urls.py"),
            new("wsgi.py", Package, "wsgi.py"),
            new("<app>/models.py", App, "models.py", "models/"),
            new("<app>/views.py", App, "views.py", "views/"),
            new("<app>/urls.py", App, "urls.py"),
            new("<app>/admin.py", App, "admin.py"),
            new("requirements.txt", Base, "requirements.txt", "requirements/", "pyproject.toml", "Pipfile"),
        ]),
        new(ApiApplication, "versioned API application (Flask or FastAPI)", [WebFrameworks.FastApi, WebFrameworks.Flask, WebFrameworks.Quart, WebFrameworks.Starlette, WebFrameworks.Litestar],
        [
            new("api/v1/", Package, "api/v1/"),
            new("api/v1/endpoints/", Package, "api/v1/endpoints/", "api/v1/routes/", "api/v1/routers/"),
            new("api/v1/dependencies.py", Package, "api/v1/dependencies.py", "api/dependencies.py", "api/deps.py", "api/v1/deps.py"),
            new("core/config.py", Package, "core/config.py"),
            new("core/security.py", Package, "core/security.py"),
            new("models/", Package, "models/", "models.py"),
            new("schemas/", Package, "schemas/", "schemas.py"),
            new("services/", Package, "services/", "crud/"),
            new("db/", Package, "db/"),
            new("alembic/", Base, "alembic/", "migrations/"),
            new(".env", Base, ".env", ".env.example", ".env.sample"),
        ]),
        new(FastApiApp, "FastAPI application: app/main.py with routers, models, schemas, services", [WebFrameworks.FastApi],
        [
            new("main.py (FastAPI app)", Package, FactFastApiMain),
            new("routers/", Package, "routers/", "routes/"),
            new("models/", Package, "models/", "models.py"),
            new("schemas/", Package, "schemas/", "schemas.py"),
            new("services/", Package, "services/", "services.py"),
            new("dependencies.py", Package, "dependencies.py", "deps.py", "dependencies/"),
            new("tests/", Base, "tests/"),
        ]),
        new(FlaskAppFactory, "Flask application factory: app/__init__.py defines create_app", [WebFrameworks.Flask, WebFrameworks.Quart],
        [
            new("__init__.py (create_app)", Package, FactFlaskFactory),
            new("routes/", Package, "routes/", "routes.py", "views/", "blueprints/"),
            new("models/", Package, "models/", "models.py"),
            new("services/", Package, "services/", "services.py"),
            new("utils/", Package, "utils/", "utils.py"),
            new("config.py", Base, "config.py", "config/"),
            new("run.py", Base, "run.py", "wsgi.py", "autoapp.py"),
            new("tests/", Base, "tests/"),
        ]),
        new(DataScienceLayout, "data-science project: data/, notebooks/, src/ by pipeline stage", [],
        [
            new("data/raw/", Base, "data/raw/"),
            new("data/processed/", Base, "data/processed/"),
            new("data/models/", Base, "data/models/", "models/"),
            new("notebooks/", Base, "notebooks/"),
            new("src/data/", Base, "src/data/"),
            new("src/features/", Base, "src/features/"),
            new("src/models/", Base, "src/models/"),
            new("src/visualization/", Base, "src/visualization/"),
        ]) { WithoutWebFramework = true },
        new(Library, "importable package without a web framework", [],
        [
            new("an importable package", Base, FactPackage),
            new("pyproject.toml", Base, "pyproject.toml", "setup.py", "setup.cfg"),
            new("tests/", Base, "tests/", "test/"),
        ]) { WithoutWebFramework = true, Fallback = true },
    ];
}
