using Pyarch.Project.Settings;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA309: no Referrer-Policy (security.W022), an invalid one (E023), or an invalid Cross-Origin-Opener-Policy (E024).</summary>
public sealed class BrowserIsolationPolicyInvalid : DjangoSettingsRule
{
    private static readonly HashSet<string> ReferrerPolicies =
    [
        "no-referrer", "no-referrer-when-downgrade", "origin", "origin-when-cross-origin", "same-origin", "strict-origin",
        "strict-origin-when-cross-origin", "unsafe-url",
    ];

    private static readonly HashSet<string> OpenerPolicies = ["same-origin", "same-origin-allow-popups", "unsafe-none"];

    public override string Code => "PA309";

    public override string Name => "browser-isolation-policy-invalid";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["django:security.W022", "django:security.E023", "django:security.E024"];

    public override string Summary => "Referrer-Policy or Cross-Origin-Opener-Policy is missing or not a valid value";

    public override string Documentation => """
        ## What it does
        With `SecurityMiddleware` installed, finds `SECURE_REFERRER_POLICY = None` (security.W022), a referrer policy
        (a comma-separated string or a list) with a value outside the eight the standard defines (E023), and a
        `SECURE_CROSS_ORIGIN_OPENER_POLICY` other than None, `same-origin`, `same-origin-allow-popups` or
        `unsafe-none` (E024).

        ## Why is this bad?
        Without a referrer policy, full URLs, tokens in query strings included, leak to every site a page links to.
        An invalid value is ignored by browsers, so the protection the setting promises is not there.

        ## Example
        ```python settings.py
        MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
        SECURE_REFERRER_POLICY = "same-origin, no-referer"
        ```

        ## Use instead
        ```python settings.py
        MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
        SECURE_REFERRER_POLICY = "same-origin, no-referrer"
        ```

        ## References
        - [Django: Referrer-Policy](https://docs.djangoproject.com/en/stable/ref/middleware/#referrer-policy)
        - [Django: Cross-Origin Opener Policy](https://docs.djangoproject.com/en/stable/ref/middleware/#cross-origin-opener-policy)
        - [Django: System check framework, security](https://docs.djangoproject.com/en/stable/ref/checks/#security)
        """;

    protected override void Check(ProjectContext context, DjangoSettingsModel settings)
    {
        bool? Secured(EnvWorld world) => DjangoCheck.HasMiddleware(settings, DjangoSettingsModel.SecurityMiddleware, world);
        SettingValue Referrer(EnvWorld world) => settings.Get("SECURE_REFERRER_POLICY", world)!;
        DjangoCheck.Report(context, settings, "SECURE_REFERRER_POLICY", "security.W022", "`SECURE_REFERRER_POLICY` is `None`, so no Referrer-Policy is sent",
            world => DjangoCheck.And(Secured(world), Referrer(world).IsNone));
        DjangoCheck.Report(context, settings, "SECURE_REFERRER_POLICY", "security.E023", "`SECURE_REFERRER_POLICY` holds a value that is not a referrer policy",
            world => DjangoCheck.And(DjangoCheck.And(Secured(world), !Referrer(world).IsNone), HasInvalidPolicy(Referrer(world))));
        DjangoCheck.Report(context, settings, "SECURE_CROSS_ORIGIN_OPENER_POLICY", "security.E024", "`SECURE_CROSS_ORIGIN_OPENER_POLICY` is not a valid opener policy",
            world =>
            {
                var policy = settings.Get("SECURE_CROSS_ORIGIN_OPENER_POLICY", world)!;
                bool? valid = policy switch
                {
                    SettingValue.Str s => OpenerPolicies.Contains(s.Value),
                    SettingValue.FromEnv or SettingValue.Unknown or SettingValue.Missing => null,
                    _ => policy.IsNone,
                };
                return DjangoCheck.And(Secured(world), !valid);
            });
    }

    /// <summary>Django's E023 test: the comma-separated parts of a string, or the items of an iterable, not all valid.</summary>
    private static bool? HasInvalidPolicy(SettingValue policy)
    {
        IEnumerable<SettingValue>? values = policy switch
        {
            SettingValue.Str s => s.Value.Split(',').Select(v => (SettingValue)new SettingValue.Str(v.Trim())),
            _ => policy.Elements,
        };
        if (values is null)
        {
            return null;
        }
        bool unknown = false;
        foreach (var value in values)
        {
            switch (value)
            {
                case SettingValue.Str text when !ReferrerPolicies.Contains(text.Value):
                    return true;
                case SettingValue.Str:
                    break;
                case SettingValue.FromEnv or SettingValue.Unknown or SettingValue.Missing:
                    unknown = true;
                    break;
                default:
                    return true;
            }
        }
        return unknown ? null : false;
    }
}
