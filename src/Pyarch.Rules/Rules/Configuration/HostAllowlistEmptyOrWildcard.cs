using Pyarch.Project.Settings;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Configuration;

/// <summary>PA204: <c>ALLOWED_HOSTS</c> is empty (security.W020) or accepts any host (<c>'*'</c>).</summary>
public sealed class HostAllowlistEmptyOrWildcard : DjangoSettingsRule
{
    public override string Code => "PA204";

    public override string Name => "host-allowlist-empty-or-wildcard";

    public override RuleCategory Category => RuleCategory.Configuration;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["django:security.W020"];

    public override string Summary => "ALLOWED_HOSTS is empty, so production refuses every request, or a wildcard accepts any Host header";

    public override string Documentation => """
        ## What it does
        Evaluates `ALLOWED_HOSTS` in the production Django settings. An empty list (security.W020: Django tests
        truthiness) makes every request fail with 400 once `DEBUG` is off; a `'*'` entry accepts any `Host` header,
        which Django does not warn about.

        ## Why is this bad?
        Django builds absolute URLs, password-reset links included, from the `Host` header. Accepting any host lets an
        attacker send users links to a domain they control (host header poisoning).

        ## Example
        ```python settings.py
        ALLOWED_HOSTS = ["*"]
        ```

        ## Use instead
        ```python settings.py
        ALLOWED_HOSTS = ["shop.example.com"]
        ```

        ## References
        - [Django: ALLOWED_HOSTS](https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts)
        - [Django: Host header validation](https://docs.djangoproject.com/en/stable/topics/security/#host-headers-virtual-hosting)
        """;

    protected override void Check(ProjectContext context, DjangoSettingsModel settings)
    {
        DjangoCheck.Report(context, settings, "ALLOWED_HOSTS", "security.W020", "`ALLOWED_HOSTS` is empty", world => !settings.Get("ALLOWED_HOSTS", world)!.Truthy);
        foreach (var host in settings.Get("ALLOWED_HOSTS", EnvWorld.Unset)?.Elements ?? [])
        {
            if (host.EqualsText("*") == true && host.Origin is { } origin)
            {
                string source = host.Env is { } read ? $" (the default of `{read.Name}`)" : "";
                context.Report(origin.File, origin.Line, $"`ALLOWED_HOSTS` accepts any host with `'*'`{source}", "ALLOWED_HOSTS *");
            }
        }
    }
}
