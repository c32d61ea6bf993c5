using Pyarch.Project.Settings;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA307: the session cookie is not Secure (security.W010–W012) or not HttpOnly (W013–W015).</summary>
public sealed class SessionCookieInsecure : DjangoSettingsRule
{
    public override string Code => "PA307";

    public override string Name => "session-cookie-insecure";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors =>
    [
        "django:security.W010", "django:security.W011", "django:security.W012",
        "django:security.W013", "django:security.W014", "django:security.W015",
    ];

    public override string Summary => "The session cookie may be sent over HTTP or read by scripts";

    public override string Documentation => """
        ## What it does
        Finds a falsy `SESSION_COOKIE_SECURE` or `SESSION_COOKIE_HTTPONLY` while sessions are in use, with Django's
        ids: W010/W013 when only `django.contrib.sessions` is installed, W011/W014 when only `SessionMiddleware` is,
        and W012/W015 when both are (one finding instead of two).

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

    protected override void Check(ProjectContext context, DjangoSettingsModel settings)
    {
        Check(context, settings, "SESSION_COOKIE_SECURE", ["security.W010", "security.W011", "security.W012"]);
        Check(context, settings, "SESSION_COOKIE_HTTPONLY", ["security.W013", "security.W014", "security.W015"]);
    }

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
