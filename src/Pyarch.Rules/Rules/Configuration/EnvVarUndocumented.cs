using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Configuration;

/// <summary>PA207: an environment variable read by the code that the project's env template does not list, and the reverse.</summary>
public sealed class EnvVarUndocumented : Rule, IProjectRule
{
    /// <summary>Variables that the platform, the shell or the server provides, which no template lists.</summary>
    private static readonly HashSet<string> Provided =
    [
        "PORT", "HOME", "PATH", "USER", "HOSTNAME", "PWD", "TERM", "TZ", "LANG", "CI", "PYTHONPATH", "DYNO", "WEB_CONCURRENCY",
        "K_SERVICE", "K_REVISION", "FLY_APP_NAME", "RENDER", "GAE_ENV", "DJANGO_SETTINGS_MODULE",
    ];

    /// <summary>Prefixes of variables that libraries and tools read themselves (Flask's CLI, gunicorn, boto3, sentry-sdk, the postgres image).</summary>
    private static readonly string[] LibraryPrefixes =
    [
        "FLASK_", "DJANGO_SETTINGS", "GUNICORN_", "UVICORN_", "PYTHON", "AWS_", "SENTRY_", "POSTGRES_", "MYSQL_", "PG", "CELERY_",
        "OTEL_", "NEW_RELIC_", "DD_", "COMPOSE_", "DOCKER_", "DATABASE_URL", "CACHE_URL", "REDIS_URL", "EMAIL_URL",
    ];

    public override string Code => "PA207";

    public override string Name => "undocumented-env-var";

    public override RuleCategory Category => RuleCategory.Configuration;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Summary => "An environment variable read by the code is missing from the env template, or a listed one is never read";

    public override string Documentation => """
        ## What it does
        Applies to projects that keep an env template (`.env.example`, `.env.sample`, `.env.template`, `.env.dist`).
        Collects the variables the code reads by a literal name (`os.environ["X"]`, `os.environ.get`, `os.getenv`,
        `"X" in os.environ`, django-environ's `env("X")`, python-decouple's `config("X")`), and the fields of pydantic
        `BaseSettings` classes, subclasses of the project's own settings classes in other modules included
        (`class AppSettings(BaseAppSettings)`), and reports, once per
        variable at its first read, each one that neither a template lists nor a Dockerfile `ENV`/`ARG`, a compose
        `environment:` or a command's `NAME=value` sets (a warning). Variables the platform provides (`PORT`,
        `HOME`, `WEB_CONCURRENCY`, ...) are not reported. The reverse, a template entry that no code reads, is info,
        left alone for variables that libraries read themselves (`FLASK_*`, `GUNICORN_*`, `AWS_*`, `SENTRY_*`,
        `DATABASE_URL`, ...) and for projects with pydantic-settings, whose field names pyarch does not map yet.

        Limits: only modules whose syntax the project model keeps are read (settings, config, entry points and
        modules importing a web framework); a README that documents variables is not read; a project without a
        template is left alone.

        ## Why is this bad?
        A variable only the code knows about is found by the next deployment when it crashes with a `KeyError`, or
        worse, silently takes its default. A template entry nothing reads sends people looking for a setting that
        does nothing.

        ## Example
        ```python config.py
        import os

        DATABASE_URL = os.environ["DATABASE_URL"]
        STRIPE_API_KEY = os.environ["STRIPE_API_KEY"]
        ```

        ```text .env.example
        DATABASE_URL=postgres://user:password@localhost/app
        ```

        ## Use instead
        ```python config.py
        import os

        DATABASE_URL = os.environ["DATABASE_URL"]
        STRIPE_API_KEY = os.environ["STRIPE_API_KEY"]
        ```

        ```text .env.example
        DATABASE_URL=postgres://user:password@localhost/app
        STRIPE_API_KEY=
        ```

        ## References
        - [The Twelve-Factor App: Config](https://12factor.net/config)
        - [python-dotenv](https://saurabh-kumar.com/python-dotenv/)
        """;

    public void Check(ProjectContext context)
    {
        var model = context.Model;
        var templates = model.EnvVariables.Where(v => DeploymentEnvironment.IsDotenv(v.File) && DeploymentEnvironment.IsTemplate(v.File)).ToList();
        if (templates.Count == 0)
        {
            return;
        }
        var documented = templates.Select(v => v.Name)
            .Concat(DeploymentEnvironment.Dockerfiles(model).Concat(DeploymentEnvironment.Compose(model)).Concat(DeploymentEnvironment.Commands(model)).Select(v => v.Name))
            .ToHashSet(StringComparer.Ordinal);
        // Reads through the project's own wrappers (def env_str(name): return os.environ.get(name)) and pydantic
        // settings fields count too, as do django-environ and decouple reads: both load-time collections are read.
        var reads = model.Modules.Modules
            .SelectMany(m => model.Modules.EnvironmentReadsOf(m).Select(r => (r.Name, File: m.Path, r.Line)))
            .Concat(model.Modules.EnvReads().Select(r => (r.Name, r.File, r.Line)))
            .Distinct()
            .ToList();
        foreach (var read in reads.GroupBy(r => r.Name).Select(g => g.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).First()))
        {
            if (!documented.Contains(read.Name) && !Provided.Contains(read.Name))
            {
                context.Report(read.File, read.Line, $"`{read.Name}` is read here but `{templates[0].File}` does not list it", read.Name);
            }
        }
        var readNames = reads.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in templates.DistinctBy(t => t.Name))
        {
            if (!readNames.Contains(entry.Name) && !Provided.Contains(entry.Name) && !LibraryPrefixes.Any(p => entry.Name.StartsWith(p, StringComparison.Ordinal)))
            {
                context.Report(Severity.Info, entry.File, entry.Line, $"`{entry.Name}` is listed in `{entry.File}` but no code reads it", entry.Name);
            }
        }
    }
}
