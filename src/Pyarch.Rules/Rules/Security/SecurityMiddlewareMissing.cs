using Pyarch.Project.Settings;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA301: Django's <c>SecurityMiddleware</c> is not in <c>MIDDLEWARE</c> (Django's security.W001).</summary>
public sealed class SecurityMiddlewareMissing : DjangoSettingsRule
{
    public override string Code => "PA301";

    public override string Name => "security-middleware-missing";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["django:security.W001"];

    public override string Summary => "Django's SecurityMiddleware is missing from the production MIDDLEWARE";

    public override string Documentation => """
        ## What it does
        Finds production Django settings whose `MIDDLEWARE` does not list
        `django.middleware.security.SecurityMiddleware`, as `manage.py check --deploy` does (security.W001). The
        settings are evaluated statically through `from .base import *`, `+=`, `.insert` and `.append`.

        ## Why is this bad?
        `SecurityMiddleware` sends the HSTS, `X-Content-Type-Options`, Referrer-Policy and Cross-Origin-Opener-Policy
        headers and performs the HTTPS redirect. Without it, every `SECURE_*` setting is silently ignored.

        ## Example
        ```python settings.py
        MIDDLEWARE = [
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
        ]
        ```

        ## Use instead
        ```python settings.py
        MIDDLEWARE = [
            "django.middleware.security.SecurityMiddleware",
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
        ]
        ```

        ## References
        - [Django: System check framework, security](https://docs.djangoproject.com/en/stable/ref/checks/#security)
        - [Django: SecurityMiddleware](https://docs.djangoproject.com/en/stable/ref/middleware/#module-django.middleware.security)
        """;

    protected override void Check(ProjectContext context, DjangoSettingsModel settings)
    {
        DjangoCheck.ReportMissingMiddleware(context, settings, DjangoSettingsModel.SecurityMiddleware, "security.W001");
    }
}
