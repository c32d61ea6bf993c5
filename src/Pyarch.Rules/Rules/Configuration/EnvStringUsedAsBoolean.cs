using Pyarch.Project.Settings;

namespace Pyarch.Rules.Rules.Configuration;

/// <summary>PA201: a boolean setting holds the raw text of an environment variable.</summary>
public sealed class EnvStringUsedAsBoolean : Rule, IProjectRule
{
    /// <summary>Settings Django tests with <c>is True</c>: a string never passes.</summary>
    private static readonly HashSet<string> IdentityTested =
    [
        "SECURE_SSL_REDIRECT", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD", "SECURE_CONTENT_TYPE_NOSNIFF",
    ];

    /// <summary>Settings read for their truthiness: any non-empty string is true.</summary>
    private static readonly HashSet<string> TruthTested =
    [
        "DEBUG", "TESTING", "CSRF_USE_SESSIONS", "CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL", "CORS_ALLOW_CREDENTIALS",
        "SESSION_EXPIRE_AT_BROWSER_CLOSE", "WTF_CSRF_ENABLED", "PROPAGATE_EXCEPTIONS",
    ];

    public override string Code => "PA201";

    public override string Name => "env-string-used-as-boolean";

    public override RuleCategory Category => RuleCategory.Configuration;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Summary => "A boolean setting holds the text of an environment variable, so \"False\" is true";

    public override string Documentation => """
        ## What it does
        Finds a boolean Django setting or Flask configuration key (`DEBUG`, `TESTING`, `SECURE_SSL_REDIRECT`,
        `SECURE_HSTS_*`, `*_COOKIE_SECURE`, `*_COOKIE_HTTPONLY`, `CORS_ALLOW_ALL_ORIGINS`, ...) assigned the text of an
        environment variable without a conversion such as `== "true"`, `.lower() in (...)`, `env.bool`,
        `config(..., cast=bool)` or a pydantic `bool` field.

        ## Why is this bad?
        Environment variables are strings. `DEBUG = os.getenv("DEBUG", False)` turns debug on for `DEBUG=False`,
        since any non-empty string is true. Django tests `SECURE_*` flags with `is True`, which a string never is:
        `SECURE_SSL_REDIRECT=True` in the environment still leaves the redirect off.

        ## Example
        ```python settings.py
        import os

        DEBUG = os.getenv("DJANGO_DEBUG", False)
        ```

        ## Use instead
        ```python settings.py
        import os

        DEBUG = os.getenv("DJANGO_DEBUG", "false").lower() in ("1", "true", "yes")
        ```

        ## References
        - [Python: os.getenv](https://docs.python.org/3/library/os.html#os.getenv)
        - [django-environ: Env.bool](https://django-environ.readthedocs.io/en/latest/api.html#environ.Env.bool)
        - [Django: System check framework, security](https://docs.djangoproject.com/en/stable/ref/checks/#security)
        """;

    public void Check(ProjectContext context)
    {
        if (context.DjangoSettings is { } settings)
        {
            foreach (string setting in settings.AssignedSettings)
            {
                Inspect(context, setting, settings.Get(setting, EnvWorld.Unset)!, settings.Get(setting, EnvWorld.Set)!);
            }
        }
        foreach (var config in context.FlaskConfigs)
        {
            foreach (string key in config.Keys)
            {
                Inspect(context, key, config.Get(key, EnvWorld.Unset)!, config.Get(key, EnvWorld.Set)!);
            }
        }
    }

    private static void Inspect(ProjectContext context, string setting, SettingValue unset, SettingValue set)
    {
        bool identity = IdentityTested.Contains(setting);
        bool truth = TruthTested.Contains(setting) || setting.EndsWith("_COOKIE_SECURE", StringComparison.Ordinal) || setting.EndsWith("_COOKIE_HTTPONLY", StringComparison.Ordinal);
        if ((!identity && !truth) || set is not SettingValue.FromEnv { Type: EnvCast.Str, Env: { } read } || (set.Origin ?? unset.Origin) is not { } origin)
        {
            return;
        }
        string consequence = identity
            ? "a string, which Django's `is True` test never accepts, `\"True\"` included"
            : "true for any non-empty value, `\"False\"` included";
        context.Report(origin.File, origin.Line, $"`{setting}` holds the text of `{read.Name}` unconverted: {consequence}", setting + " " + read.Name);
    }
}
