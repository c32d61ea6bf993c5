using Pyarch.Project.Settings;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Configuration;

/// <summary>PA209: a <c>CSRF_TRUSTED_ORIGINS</c> entry has no scheme (Django 4.0's 4_0.E001).</summary>
public sealed class CsrfTrustedOriginWithoutScheme : DjangoSettingsRule
{
    public override string Code => "PA209";

    public override string Name => "csrf-trusted-origin-without-scheme";

    public override RuleCategory Category => RuleCategory.Configuration;

    public override Severity DefaultSeverity => Severity.Error;

    public override IReadOnlyList<string> Anchors => ["django:4_0.E001"];

    public override string Summary => "A CSRF_TRUSTED_ORIGINS entry has no scheme, which Django 4.0 and later reject";

    public override string Documentation => """
        ## What it does
        Finds entries of `CSRF_TRUSTED_ORIGINS` in the production Django settings that do not contain `://`, as
        Django 4.0's check 4_0.E001 does. Before 4.0 the setting held bare host names.

        ## Why is this bad?
        Since Django 4.0 an origin is compared with its scheme: an entry like `example.com` matches nothing, so every
        cross-origin form post from it fails the CSRF check after an upgrade.

        ## Example
        ```python settings.py
        CSRF_TRUSTED_ORIGINS = ["shop.example.com"]
        ```

        ## Use instead
        ```python settings.py
        CSRF_TRUSTED_ORIGINS = ["https://shop.example.com"]
        ```

        ## References
        - [Django: CSRF_TRUSTED_ORIGINS](https://docs.djangoproject.com/en/stable/ref/settings/#csrf-trusted-origins)
        - [Django 4.0 release notes: CSRF](https://docs.djangoproject.com/en/stable/releases/4.0/#csrf-trusted-origins-changes)
        """;

    protected override void Check(ProjectContext context, DjangoSettingsModel settings)
    {
        foreach (var origin in settings.Get("CSRF_TRUSTED_ORIGINS", EnvWorld.Unset)?.Elements ?? [])
        {
            if (origin is SettingValue.Str { Value: var text } && !text.Contains("://", StringComparison.Ordinal) && origin.Origin is { } at)
            {
                DjangoCheck.ReportAnchored(context, settings, at.File, at.Line, $"`CSRF_TRUSTED_ORIGINS` entry `{text}` has no scheme", "CSRF_TRUSTED_ORIGINS " + text, "4_0.E001");
            }
        }
    }
}
