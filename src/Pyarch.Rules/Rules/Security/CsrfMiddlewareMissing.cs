using Pyarch.Project.Settings;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA306: Django's <c>CsrfViewMiddleware</c> is not in <c>MIDDLEWARE</c> (Django's security.W003).</summary>
public sealed class CsrfMiddlewareMissing : DjangoSettingsRule
{
    public override string Code => "PA306";

    public override string Name => "csrf-middleware-missing";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["django:security.W003"];

    public override string Summary => "Django's CsrfViewMiddleware is missing from the production MIDDLEWARE";

    public override string Documentation => """
        ## What it does
        Finds production Django settings whose `MIDDLEWARE` does not list `django.middleware.csrf.CsrfViewMiddleware`,
        as `manage.py check --deploy` does (security.W003).

        ## Why is this bad?
        Without the middleware no view is protected against cross-site request forgery unless each one is decorated
        with `csrf_protect`: a page on another site can submit forms as the logged-in user.

        ## Example
        ```python settings.py
        MIDDLEWARE = [
            "django.middleware.security.SecurityMiddleware",
            "django.contrib.sessions.middleware.SessionMiddleware",
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
        - [Django: Cross Site Request Forgery protection](https://docs.djangoproject.com/en/stable/ref/csrf/)
        - [Django: System check framework, security](https://docs.djangoproject.com/en/stable/ref/checks/#security)
        """;

    protected override void Check(ProjectContext context, DjangoSettingsModel settings)
    {
        DjangoCheck.ReportMissingMiddleware(context, settings, DjangoSettingsModel.CsrfViewMiddleware, "security.W003");
    }
}
