using Pyarch.Project.Settings;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Rules.Configuration;

/// <summary>PA204: <c>ALLOWED_HOSTS</c> is empty (security.W020) or accepts any host (<c>'*'</c>).</summary>
public sealed class HostAllowlistEmptyOrWildcard : Rule, IProjectRule, IPythonRule
{
    public override string Code => "PA204";

    public override string Name => "host-allowlist-empty-or-wildcard";

    public override RuleCategory Category => RuleCategory.Configuration;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["django:security.W020", "semgrep:unrestricted-trusted-host"];

    public override string Summary => "ALLOWED_HOSTS is empty, so production refuses every request, or a wildcard accepts any Host header";

    public override string Documentation => """
        ## What it does
        Evaluates `ALLOWED_HOSTS` in the production Django settings. An empty list (security.W020: Django tests
        truthiness) makes every request fail with 400 once `DEBUG` is off; a `'*'` entry accepts any `Host` header,
        which Django does not warn about. In Starlette and FastAPI code it finds `TrustedHostMiddleware` added with
        `'*'` in `allowed_hosts`, or without `allowed_hosts` (whose default is `['*']`).

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

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(Call)];

    private static readonly string[] TrustedHost =
    [
        "starlette.middleware.trustedhost.TrustedHostMiddleware", "fastapi.middleware.trustedhost.TrustedHostMiddleware",
    ];

    public void Check(ProjectContext context)
    {
        if (context.DjangoSettings is { } settings)
        {
            Check(context, settings);
        }
    }

    /// <summary>
    /// <c>app.add_middleware(TrustedHostMiddleware, ...)</c>, <c>Middleware(TrustedHostMiddleware, ...)</c> and
    /// <c>TrustedHostMiddleware(app, ...)</c>: in each, the positional argument after the first is <c>allowed_hosts</c>.
    /// </summary>
    public void Check(Node node, ModuleContext context)
    {
        var call = (Call)node;
        bool wraps = context.Imports.Is(call.Func, TrustedHost);
        bool adds = !wraps && call.Args.Count > 0 && context.Imports.Is(call.Args[0], TrustedHost)
            && (call.Func is Attribute { Attr: "add_middleware" } || context.Imports.Is(call.Func, "starlette.middleware.Middleware", "fastapi.middleware.Middleware"));
        if ((!wraps && !adds) || call.HasDoubleStar())
        {
            return;
        }
        if (call.Argument(1, "allowed_hosts") is not { } hosts)
        {
            context.Report(call, "`TrustedHostMiddleware` is added without `allowed_hosts`, whose default `['*']` accepts any host", "semgrep:unrestricted-trusted-host");
            return;
        }
        var list = LocalValues.Resolve(hosts, context);
        IReadOnlyList<Expr> elements = list switch
        {
            Python.Ast.List l => l.Elts,
            Python.Ast.Tuple t => t.Elts,
            _ => [],
        };
        if (elements.FirstOrDefault(e => CallArguments.Str(e) == "*") is { } wildcard)
        {
            context.Report(ReferenceEquals(list, hosts) ? wildcard : hosts, "`TrustedHostMiddleware` accepts any host with `'*'` in `allowed_hosts`", "semgrep:unrestricted-trusted-host");
        }
    }

    private static void Check(ProjectContext context, DjangoSettingsModel settings)
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
