using Pyarch.Project.Settings;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA305: no <c>XFrameOptionsMiddleware</c> (security.W002), or <c>X_FRAME_OPTIONS</c> is not <c>'DENY'</c> (security.W019).</summary>
public sealed class ClickjackingProtectionMissing : DjangoSettingsRule
{
    public override string Code => "PA305";

    public override string Name => "clickjacking-protection-missing";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["django:security.W002", "django:security.W019"];

    public override string Summary => "Pages may be framed by other sites: XFrameOptionsMiddleware missing or X_FRAME_OPTIONS not 'DENY'";

    public override string Documentation => """
        ## What it does
        Finds production Django settings without `django.middleware.clickjacking.XFrameOptionsMiddleware` in
        `MIDDLEWARE` (security.W002) or, with it, an `X_FRAME_OPTIONS` other than `'DENY'` (security.W019; Django
        compares with `==`, and its default has been `'DENY'` since 3.0).

        ## Why is this bad?
        A page that may be shown in a frame can be overlaid by another site that tricks users into clicking its
        buttons (clickjacking).

        ## Example
        ```python settings.py
        MIDDLEWARE = [
            "django.middleware.security.SecurityMiddleware",
            "django.middleware.clickjacking.XFrameOptionsMiddleware",
        ]
        X_FRAME_OPTIONS = "SAMEORIGIN"
        ```

        ## Use instead
        ```python settings.py
        MIDDLEWARE = [
            "django.middleware.security.SecurityMiddleware",
            "django.middleware.clickjacking.XFrameOptionsMiddleware",
        ]
        X_FRAME_OPTIONS = "DENY"
        ```

        ## References
        - [Django: Clickjacking protection](https://docs.djangoproject.com/en/stable/ref/clickjacking/)
        - [Django: System check framework, security](https://docs.djangoproject.com/en/stable/ref/checks/#security)
        """;

    protected override void Check(ProjectContext context, DjangoSettingsModel settings)
    {
        DjangoCheck.ReportMissingMiddleware(context, settings, DjangoSettingsModel.XFrameOptionsMiddleware, "security.W002");
        DjangoCheck.Report(context, settings, "X_FRAME_OPTIONS", "security.W019", "`X_FRAME_OPTIONS` is not `'DENY'`",
            world => DjangoCheck.And(
                DjangoCheck.HasMiddleware(settings, DjangoSettingsModel.XFrameOptionsMiddleware, world),
                !settings.Get("X_FRAME_OPTIONS", world)!.EqualsText("DENY")));
    }
}
