using Pyarch.Project.Frameworks;
using Pyarch.Project.Settings;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA307: the session cookie is not Secure (security.W010–W012) or not HttpOnly (W013–W015).</summary>
public sealed class SessionCookieInsecure : Rule, IProjectRule, IPythonRule
{
    public override string Code => "PA307";

    public override string Name => "session-cookie-insecure";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors =>
    [
        "django:security.W010", "django:security.W011", "django:security.W012",
        "django:security.W013", "django:security.W014", "django:security.W015",
        "semgrep:django-secure-set-cookie", "semgrep:secure-set-cookie",
    ];

    public override string Summary => "A session or response cookie may be sent over HTTP, read by scripts, or sent cross-site";

    public override string Documentation => """
        ## What it does
        Finds a falsy `SESSION_COOKIE_SECURE` or `SESSION_COOKIE_HTTPONLY` while sessions are in use, with Django's
        ids: W010/W013 when only `django.contrib.sessions` is installed, W011/W014 when only `SessionMiddleware` is,
        and W012/W015 when both are (one finding instead of two). In Flask it finds `SESSION_COOKIE_SECURE` or
        `SESSION_COOKIE_HTTPONLY` set to a falsy value. In Django, Flask, Werkzeug, Quart and Starlette code it finds
        `set_cookie()` and `set_signed_cookie()` calls without `secure=True`, `httponly=True` or a `samesite` value
        (Starlette's `samesite` defaults to `lax`, so there it is not required).

        Not reported: a Flask application that never sets these keys (its configuration may come from files pyarch
        cannot see), a call whose flags come from variables or `**kwargs`, and test modules.

        ## Why is this bad?
        A session cookie without `Secure` is sent over plain HTTP, where anyone on the network can copy it and take
        over the session; one without `HttpOnly` can be read by any script injected into a page.

        ## Example
        ```python settings.py
        INSTALLED_APPS = ["django.contrib.sessions"]
        MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware"]
        SESSION_COOKIE_SECURE = False
        ```

        ## Use instead
        ```python settings.py
        INSTALLED_APPS = ["django.contrib.sessions"]
        MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware"]
        SESSION_COOKIE_SECURE = True
        ```

        ## References
        - [Django: SESSION_COOKIE_SECURE](https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-secure)
        - [Django: System check framework, security](https://docs.djangoproject.com/en/stable/ref/checks/#security)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(Call)];

    /// <summary>Frameworks whose responses have <c>set_cookie</c>; Starlette's (and FastAPI's) default <c>samesite</c> to <c>lax</c>.</summary>
    private static readonly string[] CookieFrameworks = ["django", "flask", "werkzeug", "quart"];

    private static readonly string[] LaxByDefault = ["starlette", "fastapi"];

    public void Check(ProjectContext context)
    {
        if (context.DjangoSettings is { } settings)
        {
            Check(context, settings, "SESSION_COOKIE_SECURE", ["security.W010", "security.W011", "security.W012"]);
            Check(context, settings, "SESSION_COOKIE_HTTPONLY", ["security.W013", "security.W014", "security.W015"]);
        }
        foreach (var config in context.FlaskConfigs)
        {
            foreach (string key in (string[])["SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY"])
            {
                if (config.Get(key, EnvWorld.Unset) is { Truthy: false, Origin: { } origin } value)
                {
                    string note = value.Env is { } read ? $" while `{read.Name}` is unset" : "";
                    context.Report(origin.File, origin.Line, $"Flask `{key}` is off{note}", key);
                }
            }
        }
    }

    public void Check(Node node, ModuleContext context)
    {
        var call = (Call)node;
        if (call.Func is not Attribute { Attr: "set_cookie" or "set_signed_cookie" } || call.HasDoubleStar() || DjangoAnalysis.IsTestPath(context.Module.Path))
        {
            return;
        }
        bool laxDefault = !CookieFrameworks.Any(context.Imports.Imports);
        if (laxDefault && !LaxByDefault.Any(context.Imports.Imports))
        {
            return; // not a web framework's response
        }
        // Every one of these frameworks takes (key, value, max_age, expires, path, domain, secure, httponly, samesite).
        var missing = new List<string>();
        if (Off(call.Argument(6, "secure")))
        {
            missing.Add("`secure=True`");
        }
        if (Off(call.Argument(7, "httponly")))
        {
            missing.Add("`httponly=True`");
        }
        if (!laxDefault && call.Argument(8, "samesite") is null or Constant { Value: ConstantValue.None })
        {
            missing.Add("a `samesite` value");
        }
        if (missing.Count > 0)
        {
            string flags = missing.Count == 1 ? missing[0] : string.Join(", ", missing[..^1]) + " or " + missing[^1];
            context.Report(call, $"`{context.Source[call.Func.Range]}()` sets a cookie without {flags}",
                context.Imports.Imports("django") ? "semgrep:django-secure-set-cookie" : "semgrep:secure-set-cookie");
        }
    }

    /// <summary>A flag left out, or given as a literal False or None; a variable is trusted.</summary>
    private static bool Off(Expr? flag) => flag is null || CallArguments.IsBool(flag, false) || CallArguments.IsNone(flag);

    /// <summary>Django's selection: the app alone, the middleware alone, or both, each with its own id.</summary>
    private static void Check(ProjectContext context, DjangoSettingsModel settings, string setting, string[] ids)
    {
        bool? App(EnvWorld world) => settings.Contains("INSTALLED_APPS", "django.contrib.sessions", world);
        bool? Middleware(EnvWorld world) => DjangoCheck.HasMiddleware(settings, DjangoSettingsModel.SessionMiddleware, world);
        bool? Off(EnvWorld world) => !settings.Get(setting, world)!.Truthy;
        string[] uses = ["`django.contrib.sessions` is installed", "`SessionMiddleware` is in `MIDDLEWARE`", "sessions are in use"];
        Func<EnvWorld, bool?>[] selections =
        [
            world => DjangoCheck.And(App(world), !Middleware(world)),
            world => DjangoCheck.And(!App(world), Middleware(world)),
            world => DjangoCheck.And(App(world), Middleware(world)),
        ];
        for (int i = 0; i < ids.Length; i++)
        {
            var selection = selections[i];
            DjangoCheck.Report(context, settings, setting, ids[i], $"`{setting}` is not set while {uses[i]}", world => DjangoCheck.And(selection(world), Off(world)));
        }
    }
}
