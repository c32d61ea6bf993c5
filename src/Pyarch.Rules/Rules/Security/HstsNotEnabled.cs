using Pyarch.Project.Settings;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA302: HSTS off (security.W004), or on without <c>includeSubDomains</c> (W005) or <c>preload</c> (W021).</summary>
public sealed class HstsNotEnabled : DjangoSettingsRule
{
    public override string Code => "PA302";

    public override string Name => "hsts-not-enabled";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["django:security.W004", "django:security.W005", "django:security.W021"];

    public override string Summary => "HTTP Strict Transport Security is off, or on without includeSubDomains or preload";

    public override string Documentation => """
        ## What it does
        With `SecurityMiddleware` installed, finds a falsy `SECURE_HSTS_SECONDS` (security.W004) and, when it is set,
        `SECURE_HSTS_INCLUDE_SUBDOMAINS` (W005) or `SECURE_HSTS_PRELOAD` (W021) that is not `True`. Django tests the
        last two by identity (`is True`): a string read from the environment fails even when it reads `"True"`.

        ## Why is this bad?
        Without HSTS a browser may reach the site over plain HTTP first, where an attacker on the network can strip
        the redirect to HTTPS. Without `includeSubDomains` a subdomain can still set cookies over HTTP.

        ## Example
        ```python settings.py
        MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
        SECURE_HSTS_SECONDS = 0
        ```

        ## Use instead
        ```python settings.py
        MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
        SECURE_HSTS_SECONDS = 31536000
        SECURE_HSTS_INCLUDE_SUBDOMAINS = True
        SECURE_HSTS_PRELOAD = True
        ```

        ## References
        - [Django: HTTP Strict Transport Security](https://docs.djangoproject.com/en/stable/ref/middleware/#http-strict-transport-security)
        - [Django: System check framework, security](https://docs.djangoproject.com/en/stable/ref/checks/#security)
        """;

    protected override void Check(ProjectContext context, DjangoSettingsModel settings)
    {
        bool? Secured(EnvWorld world) => DjangoCheck.HasMiddleware(settings, DjangoSettingsModel.SecurityMiddleware, world);
        bool? Seconds(EnvWorld world) => settings.Get("SECURE_HSTS_SECONDS", world)!.Truthy;
        DjangoCheck.Report(context, settings, "SECURE_HSTS_SECONDS", "security.W004", "`SECURE_HSTS_SECONDS` is not set, so HSTS is off",
            world => DjangoCheck.And(Secured(world), !Seconds(world)));
        foreach (var (setting, id) in new[] { ("SECURE_HSTS_INCLUDE_SUBDOMAINS", "security.W005"), ("SECURE_HSTS_PRELOAD", "security.W021") })
        {
            DjangoCheck.Report(context, settings, setting, id, $"`{setting}` is not `True` while HSTS is enabled",
                world => DjangoCheck.And(DjangoCheck.And(Secured(world), Seconds(world)), !settings.Get(setting, world)!.IsTrue));
        }
    }
}
