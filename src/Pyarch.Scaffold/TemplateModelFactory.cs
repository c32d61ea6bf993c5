namespace Pyarch.Scaffold;

/// <summary>Computes every value and flag the templates use from validated settings.</summary>
internal static class TemplateModelFactory
{
    public static TemplateModel Create(ProjectSettings settings, string toolVersion)
    {
        var model = new TemplateModel();
        AddFlags(model, settings);
        var server = ServerCommands.For(settings);
        model.Set("project_name", settings.Name)
            .Set("package", settings.Package)
            .Set("template", settings.Template.Id)
            .Set("framework", settings.Framework)
            .Set("database", settings.Database ?? "none")
            .Set("env", settings.Environment)
            .Set("python_version", settings.Python)
            .Set("python_image", $"python:{settings.Python}-slim")
            .Set("python_target", "py" + settings.Python.Replace(".", "", StringComparison.Ordinal))
            .Set("pyarch_version", toolVersion)
            .Set("extras_toml", "[" + string.Join(", ", settings.Extras.Select(e => $"\"{e}\"")) + "]")
            .Set("web_command", server.Procfile)
            .Set("docker_cmd", server.DockerCmd)
            .Set("release_command", server.Release)
            .Set("database_url", DatabaseUrl(settings))
            .Set("settings_module", settings.Template.Id == "django-monolith" ? settings.Package + ".settings.dev" : settings.Package + ".settings")
            .Set("config_import", ConfigImport(settings));
        AddModules(model, settings);
        AddDependencies(model, DependencyCatalog.Select(model));
        AddCommands(model, settings);
        return model;
    }

    private static void AddFlags(TemplateModel model, ProjectSettings settings)
    {
        string id = settings.Template.Id;
        model.Flag("always", true)
            .Flag("django", settings.Framework == "django")
            .Flag("flask", settings.Framework == "flask")
            .Flag("fastapi", settings.Framework == "fastapi")
            .Flag("wsgi", settings.Server == ServerKind.Wsgi)
            .Flag("asgi", settings.Server == ServerKind.Asgi)
            .Flag("web", settings.Server != ServerKind.None)
            .Flag("db", settings.Database is not null)
            .Flag("sqlalchemy", settings.Database is not null && settings.Framework is "flask" or "fastapi")
            .Flag("sqlite", settings.Database == "sqlite")
            .Flag("postgres", settings.Database == "postgres")
            .Flag("monolith", id == "django-monolith")
            .Flag("api", id == "api")
            .Flag("data_science", id == "data-science")
            .Flag("py311", settings.Python == "3.11");
        foreach (var extra in TemplateCatalog.AllExtras)
        {
            model.Flag(extra.Replace('-', '_'), settings.Extras.Contains(extra));
        }
        model.Flag("redis", settings.Extras.Overlaps(["celery", "rq", "redis-cache"]));
        foreach (var env in TemplateCatalog.Environments)
        {
            model.Flag("env_" + env, settings.Environment == env);
        }
    }

    /// <summary>Where each template keeps the modules that shared files import.</summary>
    private static void AddModules(TemplateModel model, ProjectSettings settings)
    {
        string id = settings.Template.Id;
        bool django = settings.Framework == "django";
        bool api = id == "api";
        string extras = django ? settings.Package : "app";
        string core = api ? "app.core" : id == "flask" ? "app.utils" : "app";
        model.Set("extras_dir", extras.Replace('.', '/'))
            .Set("tasks_module", extras + ".tasks")
            .Set("jobs_module", extras + ".jobs")
            .Set("cache_module", extras + ".cache")
            .Set("monitoring_module", extras + ".monitoring")
            .Set("graphql_module", extras + ".graphql_schema")
            .Set("env_module", core + ".env")
            .Set("logging_module", core + (api ? ".logging" : ".logging_config"))
            .Set("settings_depth", api ? "2" : "1")
            .Set("session_module", api ? "app.db.session" : "app.db")
            .Set("deps_module", api ? "app.api.v1.dependencies" : "app.dependencies")
            .Set("routers_package", api ? "app.api" : "app.routers")
            .Set("api_prefix", api ? "/api/v1" : "")
            .Set("model_base_import", settings.Framework == "flask" && !api ? "from app.extensions import db" : api ? "from app.db.base import Base" : "from app.db import Base")
            .Set("model_base", settings.Framework == "flask" && !api ? "db.Model" : "Base")
            .Set("flask_db_import", api ? "from app.api.v1.dependencies import get_db" : "from app.extensions import db")
            .Set("flask_db_session", api ? "get_db()" : "db.session")
            .Set("wsgi_settings_module", settings.Package + (id == "django-monolith" ? ".settings.prod" : ".settings"))
            .Set("django_base_depth", id == "django-monolith" ? "2" : "1")
            .Set("base_settings_module", settings.Package + (id == "django-monolith" ? ".settings.base" : ".settings"))
            .Set("test_settings_module", id == "django-monolith" ? settings.Package + ".settings.test" : "tests.settings");
        bool flaskSqlAlchemy = settings.Framework == "flask" && !api;
        model.Set("alembic_metadata_import", flaskSqlAlchemy
                ? "from app.extensions import db\nimport app.models  # noqa: F401  (registers the models)"
                : $"from {(api ? "app.db.base" : "app.db")} import Base\nimport app.models  # noqa: F401  (registers the models)")
            .Set("alembic_metadata", flaskSqlAlchemy ? "db.metadata" : "Base.metadata");
    }

    private static string DatabaseUrl(ProjectSettings settings) => settings.Database switch
    {
        "postgres" => $"postgresql://postgres:postgres@localhost:5432/{settings.Package}",
        "sqlite" => "sqlite:///db.sqlite3",
        _ => "",
    };

    private static string ConfigImport(ProjectSettings settings) => settings.Template.Id switch
    {
        "django" or "django-monolith" => "from django.conf import settings",
        "api" => "from app.core.config import settings",
        "data-science" => "from src.config import settings",
        "flask" => "from config import settings",
        _ => "from app.config import settings",
    };

    private static void AddDependencies(TemplateModel model, IReadOnlyList<Requirement> requirements)
    {
        var main = requirements.Where(r => !r.Dev).ToList();
        var dev = requirements.Where(r => r.Dev).ToList();
        model.Set("requirements", string.Join("\n", main.Select(r => r.Pin)))
            .Set("dev_requirements", string.Join("\n", dev.Select(r => r.Pin)))
            .Set("pyproject_dependencies", string.Join("\n", main.Select(r => $"    \"{r.Pin}\",")))
            .Set("pyproject_dev_dependencies", string.Join("\n", dev.Select(r => $"    \"{r.Pin}\",")))
            .Set("poetry_dependencies", string.Join("\n", main.Select(r => $"{r.Name} = \"{r.Version}\"")))
            .Set("poetry_dev_dependencies", string.Join("\n", dev.Select(r => $"{r.Name} = \"{r.Version}\"")))
            .Set("pipfile_packages", string.Join("\n", main.Select(r => $"{r.Name} = \"=={r.Version}\"")))
            .Set("pipfile_dev_packages", string.Join("\n", dev.Select(r => $"{r.Name} = \"=={r.Version}\"")));
    }

    private static void AddCommands(TemplateModel model, ProjectSettings settings)
    {
        (string install, string run) = settings.Environment switch
        {
            "poetry" => ("poetry install", "poetry run "),
            "uv" => ("uv sync", "uv run "),
            "pipenv" => ("pipenv install --dev", "pipenv run "),
            _ => ("python -m venv .venv && . .venv/bin/activate && pip install -r requirements-dev.txt", ""),
        };
        string dev = settings.Template.Id switch
        {
            "django" or "django-monolith" => "python manage.py runserver",
            "flask" => "flask --app run:app run --debug",
            "api" when settings.Framework == "flask" => "flask --app app.main:app run --debug",
            "data-science" => "python -m src.models.train",
            _ => "uvicorn app.main:app --reload",
        };
        model.Set("install_command", install)
            .Set("dev_port", settings.Framework == "flask" ? "5000" : "8000")
            .Set("test_command", run + "pytest")
            .Set("dev_command", run + dev)
            .Set("migrate_command", settings.Database is null ? "" : run + ServerCommands.For(settings).Release);
    }
}
