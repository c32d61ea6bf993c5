using Pyarch.Project.Frameworks;
using Pyarch.Project.Knowledge.Stack;
using Pyarch.Project.Modules;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA315: an API project with no rate limiting anywhere, reported once for the project.</summary>
public sealed class NoRateLimiting : Rule, IProjectRule
{
    /// <summary>Distributions (PEP 503 names) that rate-limit Django, DRF, Flask, FastAPI or Starlette.</summary>
    private static readonly HashSet<string> LimiterDistributions = new(StringComparer.Ordinal)
    {
        "slowapi", "flask-limiter", "django-ratelimit", "fastapi-limiter", "limits", "django-axes", "starlette-limiter",
    };

    private static readonly HashSet<string> LimiterImports = new(StringComparer.Ordinal)
    {
        "slowapi", "flask_limiter", "django_ratelimit", "ratelimit", "fastapi_limiter", "limits", "axes",
    };

    private static readonly HashSet<string> FlaskApiExtensions = new(StringComparer.Ordinal)
    {
        "flask_restful", "flask_restx", "flask_smorest", "flask_apispec", "apiflask", "connexion",
    };

    private static readonly string[] ThrottleSettings = ["DEFAULT_THROTTLE_CLASSES", "DEFAULT_THROTTLE_RATES"];

    public override string Code => "PA315";

    public override string Name => "no-rate-limiting";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["semgrep:missing-throttle-config"];

    public override string Summary => "An API project has no rate limiting";

    public override string Documentation => """
        ## What it does
        Reports once per project, never per endpoint: a Django REST framework, FastAPI or Flask API with no
        throttling. An API project has DRF in its code, a FastAPI application, or a Flask application that uses an
        API extension (Flask-RESTful, Flask-RESTX, flask-smorest, APIFlask) or returns `jsonify` responses and
        renders no templates. Throttling is any of: DRF `DEFAULT_THROTTLE_CLASSES` or `DEFAULT_THROTTLE_RATES` in
        `REST_FRAMEWORK`, a view's `throttle_classes`, or slowapi, Flask-Limiter, django-ratelimit,
        fastapi-limiter, `limits` or django-axes declared as a dependency or imported. The finding points at the
        settings module (DRF) or the module that creates the application.

        Rate limits enforced outside the code (an API gateway, nginx `limit_req`) are invisible here; ignore the
        rule in `[tool.pyarch]` when that is how the project does it.

        ## Why is this bad?
        Without limits one client can guess passwords and tokens at full speed, scrape every record, or exhaust
        workers and the database for everyone else.

        ## Example
        ```python
        from fastapi import FastAPI

        app = FastAPI()

        @app.post("/login")
        def login(username: str, password: str):
            return {"ok": True}
        ```

        ## Use instead
        ```python
        from fastapi import FastAPI, Request
        from slowapi import Limiter
        from slowapi.util import get_remote_address

        limiter = Limiter(key_func=get_remote_address)
        app = FastAPI()
        app.state.limiter = limiter

        @app.post("/login")
        @limiter.limit("5/minute")
        def login(request: Request, username: str, password: str):
            return {"ok": True}
        ```

        ## References
        - [Django REST framework: Throttling](https://www.django-rest-framework.org/api-guide/throttling/)
        - [SlowAPI](https://slowapi.readthedocs.io/)
        - [Flask-Limiter](https://flask-limiter.readthedocs.io/)
        - [OWASP API Security: Unrestricted Resource Consumption](https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/)
        """;

    public void Check(ProjectContext context)
    {
        var modules = context.Model.Modules.Modules.Where(m => m.Syntax is not null && !DjangoAnalysis.IsTestPath(m.Path)).ToList();
        if (HasLimiter(context, modules))
        {
            return;
        }
        if (modules.Any(m => m.Imports.Any(i => i.TopLevel == "rest_framework")))
        {
            ReportDrf(context, modules);
            return;
        }
        var fastApi = context.Web.Apps.FirstOrDefault(a => a.Framework == WebFrameworks.FastApi);
        if (fastApi is not null)
        {
            context.Report(fastApi.File, fastApi.Line, $"The FastAPI application `{fastApi.Variable}` has no rate limiting", fastApi.Variable);
            return;
        }
        var flask = context.Web.Apps.Where(a => a.Framework == WebFrameworks.Flask)
            .Select(a => (a.File, a.Line, Name: a.Variable))
            .Concat(context.Web.Factories.Where(f => f.Framework == WebFrameworks.Flask).Select(f => (f.File, f.Line, Name: f.Function + "()")))
            .FirstOrDefault();
        if (flask.File is not null && IsFlaskApi(modules))
        {
            context.Report(flask.File, flask.Line, $"The Flask API `{flask.Name}` has no rate limiting", flask.Name);
        }
    }

    private static bool HasLimiter(ProjectContext context, List<PythonModule> modules) =>
        context.Model.Declarations.Any(r => LimiterDistributions.Contains(r.Name))
        || modules.Any(m => m.Imports.Any(i => i.TopLevel is { } top && LimiterImports.Contains(top)))
        || modules.Any(DeclaresThrottleClasses);

    /// <summary>A DRF view or viewset with <c>throttle_classes = [...]</c> or <c>@throttle_classes(...)</c>.</summary>
    private static bool DeclaresThrottleClasses(PythonModule module) => SyntaxSearch.All(module.Syntax!.Body).Any(s => s switch
    {
        Assign { Targets: [Name { Id: "throttle_classes" }], Value: not Python.Ast.List { Elts.Count: 0 } } => true,
        FunctionDef f => f.DecoratorList.Any(d => d is Call { Func: Name { Id: "throttle_classes" } or Python.Ast.Attribute { Attr: "throttle_classes" } }),
        _ => false,
    });

    private static void ReportDrf(ProjectContext context, List<PythonModule> modules)
    {
        var settingsModule = context.Django?.SettingsModule is { } named ? context.Model.Modules.Get(named.Value) : null;
        var settingsFiles = context.Django?.SettingsFiles ?? [];
        foreach (var module in modules.Where(m => settingsFiles.Contains(m.Path)))
        {
            foreach (var stmt in SyntaxSearch.ModuleLevel(module.Syntax!.Body))
            {
                if (SyntaxSearch.Binding(stmt) is ("REST_FRAMEWORK", var value, _))
                {
                    if (value is Dict dict && dict.Keys.Any(k => CallArguments.Str(k) is { } key && ThrottleSettings.Contains(key)))
                    {
                        return;
                    }
                    context.Report(module.Path, module.LineOf(stmt), "`REST_FRAMEWORK` sets no `DEFAULT_THROTTLE_CLASSES`, and no view is throttled",
                        "REST_FRAMEWORK", "semgrep:missing-throttle-config");
                    return;
                }
            }
        }
        if (settingsModule is null || UnparsedSettingsMentionThrottling(context, settingsModule))
        {
            // Without a settings module pyarch cannot tell where throttling would be configured, so it stays quiet.
            return;
        }
        context.Report(settingsModule.Path, 1, "The Django REST framework API has no `DEFAULT_THROTTLE_CLASSES` in its settings, and no view is throttled",
            "REST_FRAMEWORK", "semgrep:missing-throttle-config");
    }

    /// <summary>
    /// The loader keeps the syntax of modules it recognizes as settings; one it did not keep (<c>config/django/base.py</c>)
    /// is read as text, and any mention of the throttle settings in a module of its package counts as configured.
    /// </summary>
    private static bool UnparsedSettingsMentionThrottling(ProjectContext context, PythonModule settingsModule)
    {
        string folder = Path.GetDirectoryName(settingsModule.Path)?.Replace('\\', '/') ?? "";
        return context.Model.Modules.Modules
            .Where(m => m.Syntax is null && (Path.GetDirectoryName(m.Path)?.Replace('\\', '/') ?? "") == folder)
            .Select(m => context.ReadText(m.Path))
            .Any(text => text is not null && ThrottleSettings.Any(key => text.Contains(key, StringComparison.Ordinal)));
    }

    /// <summary>A Flask API: an API extension, or <c>jsonify</c> responses and no templates.</summary>
    private static bool IsFlaskApi(List<PythonModule> modules)
    {
        var imported = modules.SelectMany(m => m.Imports).ToList();
        bool Uses(string module, string name) => imported.Any(i => i.Module == module && i.Names.Contains(name));
        return imported.Any(i => i.TopLevel is { } top && FlaskApiExtensions.Contains(top))
            || (Uses("flask", "jsonify") && !Uses("flask", "render_template"));
    }
}
