using Pyarch.Project.Settings;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA308: the CSRF cookie is not Secure (security.W016).</summary>
public sealed class CsrfCookieInsecure : DjangoSettingsRule
{
    public override string Code => "PA308";

    public override string Name => "csrf-cookie-insecure";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["django:security.W016"];

    public override string Summary => "The CSRF cookie may be sent over plain HTTP";

    public override string Documentation => """
        ## What it does
        With `CsrfViewMiddleware` installed and the token kept in a cookie (`CSRF_USE_SESSIONS` falsy), finds a falsy
        `CSRF_COOKIE_SECURE` (security.W016).

        ## Why is this bad?
        A CSRF cookie sent over plain HTTP can be read or overwritten by anyone on the network, who can then forge
        requests that pass the CSRF check.

        ## Example
        ```python settings.py
        MIDDLEWARE = ["django.middleware.csrf.CsrfViewMiddleware"]
        CSRF_COOKIE_SECURE = False
        ```

        ## Use instead
        ```python settings.py
        MIDDLEWARE = ["django.middleware.csrf.CsrfViewMiddleware"]
        CSRF_COOKIE_SECURE = True
        ```

        ## References
        - [Django: CSRF_COOKIE_SECURE](https://docs.djangoproject.com/en/stable/ref/settings/#csrf-cookie-secure)
        - [Django: System check framework, security](https://docs.djangoproject.com/en/stable/ref/checks/#security)
        """;

    protected override void Check(ProjectContext context, DjangoSettingsModel settings)
    {
        DjangoCheck.Report(context, settings, "CSRF_COOKIE_SECURE", "security.W016", "`CSRF_COOKIE_SECURE` is not set",
            world => DjangoCheck.And(
                DjangoCheck.And(DjangoCheck.HasMiddleware(settings, DjangoSettingsModel.CsrfViewMiddleware, world), !settings.Get("CSRF_USE_SESSIONS", world)!.Truthy),
                !settings.Get("CSRF_COOKIE_SECURE", world)!.Truthy));
    }
}
