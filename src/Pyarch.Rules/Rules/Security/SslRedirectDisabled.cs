using Pyarch.Project.Settings;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA304: <c>SECURE_SSL_REDIRECT</c> is not <c>True</c> (security.W008).</summary>
public sealed class SslRedirectDisabled : DjangoSettingsRule
{
    public override string Code => "PA304";

    public override string Name => "ssl-redirect-disabled";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["django:security.W008"];

    public override string Summary => "SECURE_SSL_REDIRECT is not True, so plain-HTTP requests are served";

    public override string Documentation => """
        ## What it does
        With `SecurityMiddleware` installed, finds a `SECURE_SSL_REDIRECT` that is not `True` (security.W008). Django
        tests it by identity, so `os.environ.get("SECURE_SSL_REDIRECT", "True")` fails: the string is never `True`.
        When `SECURE_PROXY_SSL_HEADER` is set the message says so, since a proxy may be doing the redirect.

        ## Why is this bad?
        Requests that arrive over plain HTTP are answered over plain HTTP, session cookies included.

        ## Example
        ```python settings.py
        import os

        MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
        SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "True")
        ```

        ## Use instead
        ```python settings.py
        import os

        MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
        SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
        ```

        ## References
        - [Django: SSL redirect](https://docs.djangoproject.com/en/stable/ref/middleware/#ssl-redirect)
        - [Django: System check framework, security](https://docs.djangoproject.com/en/stable/ref/checks/#security)
        """;

    protected override void Check(ProjectContext context, DjangoSettingsModel settings)
    {
        string proxy = settings.Get("SECURE_PROXY_SSL_HEADER", EnvWorld.Unset)?.IsNone == false ? " (`SECURE_PROXY_SSL_HEADER` is set: a proxy may redirect instead)" : "";
        DjangoCheck.Report(context, settings, "SECURE_SSL_REDIRECT", "security.W008", "`SECURE_SSL_REDIRECT` is not `True`" + proxy,
            world => DjangoCheck.And(
                DjangoCheck.HasMiddleware(settings, DjangoSettingsModel.SecurityMiddleware, world),
                !settings.Get("SECURE_SSL_REDIRECT", world)!.IsTrue));
    }
}
