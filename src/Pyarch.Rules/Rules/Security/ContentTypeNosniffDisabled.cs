using Pyarch.Project.Settings;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA303: <c>SECURE_CONTENT_TYPE_NOSNIFF</c> is not <c>True</c> (security.W006).</summary>
public sealed class ContentTypeNosniffDisabled : DjangoSettingsRule
{
    public override string Code => "PA303";

    public override string Name => "content-type-nosniff-disabled";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["django:security.W006"];

    public override string Summary => "SECURE_CONTENT_TYPE_NOSNIFF is not True, so browsers may sniff content types";

    public override string Documentation => """
        ## What it does
        With `SecurityMiddleware` installed, finds a `SECURE_CONTENT_TYPE_NOSNIFF` that is not `True` (security.W006).
        Django tests it by identity, so a string from the environment fails; its default has been `True` since 3.0.

        ## Why is this bad?
        Without `X-Content-Type-Options: nosniff` a browser may guess that an uploaded file is HTML or JavaScript and
        run it in the site's origin.

        ## Example
        ```python settings.py
        MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
        SECURE_CONTENT_TYPE_NOSNIFF = False
        ```

        ## Use instead
        ```python settings.py
        MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
        SECURE_CONTENT_TYPE_NOSNIFF = True
        ```

        ## References
        - [Django: X-Content-Type-Options](https://docs.djangoproject.com/en/stable/ref/middleware/#x-content-type-options-nosniff)
        - [Django: System check framework, security](https://docs.djangoproject.com/en/stable/ref/checks/#security)
        """;

    protected override void Check(ProjectContext context, DjangoSettingsModel settings)
    {
        DjangoCheck.Report(context, settings, "SECURE_CONTENT_TYPE_NOSNIFF", "security.W006", "`SECURE_CONTENT_TYPE_NOSNIFF` is not `True`",
            world => DjangoCheck.And(
                DjangoCheck.HasMiddleware(settings, DjangoSettingsModel.SecurityMiddleware, world),
                !settings.Get("SECURE_CONTENT_TYPE_NOSNIFF", world)!.IsTrue));
    }
}
