using Pyarch.Project;
using Pyarch.Project.Frameworks;
using Pyarch.Project.Modules;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Deploy;

/// <summary>
/// Finds the app's health route statically, for <c>HEALTHCHECK</c> and probes: a route decorator
/// (<c>@app.get("/health")</c>, <c>@bp.route("/healthz")</c>) with its router's and mount's literal prefixes,
/// or a Django <c>path("health/", ...)</c> in <c>ROOT_URLCONF</c> (and django-health-check's include).
/// </summary>
internal static class HealthRoutes
{
    private static readonly string[] RouteMethods = ["get", "route", "api_route", "head"];

    private static readonly string[] DjangoRoutes = ["django.urls.path", "django.urls.re_path", "django.conf.urls.url"];

    public static Evidenced<string>? Find(ModuleIndex modules, DjangoFacts? django)
    {
        var source = modules.Modules.Where(m => m.Syntax is not null && !DjangoAnalysis.IsTestPath(m.Path)).ToList();
        return django is null ? Decorated(source) : Django(modules, django);
    }

    private static bool IsHealth(string path) =>
        path.Trim('/').Split('/')[^1] is var last && (last.StartsWith("health", StringComparison.Ordinal) || last is "livez" or "readyz" or "ping" or "_health");

    /// <summary>Routers and blueprints are keyed by qualified name (<c>app.routes.items.bp</c>), so that two modules' <c>bp</c> never mix.</summary>
    private static Evidenced<string>? Decorated(List<PythonModule> modules)
    {
        var withSymbols = modules.Select(m => (Module: m, Symbols: new PythonSymbols(m))).ToList();
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        var mounts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (module, symbols) in withSymbols)
        {
            foreach (var binding in SyntaxSearch.ModuleLevel(module.Syntax!.Body).Select(SyntaxSearch.Binding))
            {
                if (binding is ({ } name, Call call, _) && PrefixOf(call) is { } prefix)
                {
                    prefixes[module.QualifiedName(name)] = prefix;
                }
            }
            foreach (var call in SyntaxSearch.AllCalls(module.Syntax.Body))
            {
                if (call is { Func: Attribute { Attr: "include_router" or "register_blueprint" }, Args: [var router, ..] } && PrefixOf(call) is { } mount
                    && symbols.Qualify(router) is { } qualified)
                {
                    mounts[qualified] = mount;
                }
            }
        }
        foreach (var (module, symbols) in withSymbols)
        {
            foreach (var stmt in SyntaxSearch.All(module.Syntax!.Body))
            {
                var decorators = stmt switch { FunctionDef f => f.DecoratorList, AsyncFunctionDef f => f.DecoratorList, _ => [] };
                foreach (var decorator in decorators)
                {
                    if (decorator is Call { Func: Attribute { Value: Name owner } method, Args: [var first, ..] } && RouteMethods.Contains(method.Attr)
                        && PythonSymbols.Str(first) is { } path && IsHealth(path) && symbols.Qualify(owner) is { } router)
                    {
                        string full = MountOf(mounts, router) + prefixes.GetValueOrDefault(router, "") + path;
                        return new Evidenced<string>(full, module.Path, module.LineOf(decorator));
                    }
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The mount prefix of a router. A blueprint imported inside the factory (<c>from shop.views import bp</c> in
    /// <c>create_app</c>) is not resolvable by module-level imports; then a mount of the same variable name counts
    /// when it is the only one.
    /// </summary>
    private static string MountOf(Dictionary<string, string> mounts, string router)
    {
        if (mounts.TryGetValue(router, out var mount))
        {
            return mount;
        }
        string name = router[(router.LastIndexOf('.') + 1)..];
        var sameName = mounts.Where(m => m.Key == name || m.Key.EndsWith("." + name, StringComparison.Ordinal)).ToList();
        return sameName.Count == 1 ? sameName[0].Value : "";
    }

    private static string? PrefixOf(Call call) =>
        call.Keywords.Where(k => k.Name is "prefix" or "url_prefix").Select(k => PythonSymbols.Str(k.Value)).FirstOrDefault(p => p is not null);

    private static Evidenced<string>? Django(ModuleIndex modules, DjangoFacts django)
    {
        var urlconf = django.SettingsFiles.Select(p => modules.Modules.First(m => m.Path == p))
            .SelectMany(m => SyntaxSearch.ModuleLevel(m.Syntax!.Body).Select(SyntaxSearch.Binding))
            .Where(b => b?.Name == "ROOT_URLCONF").Select(b => PythonSymbols.Str(b!.Value.Value)).FirstOrDefault(v => v is not null);
        if (urlconf is null || modules.Get(urlconf) is not { Syntax: not null } module)
        {
            return null;
        }
        var symbols = new PythonSymbols(module);
        foreach (var call in SyntaxSearch.AllCalls(module.Syntax.Body))
        {
            if (!symbols.Is(call.Func, DjangoRoutes) || call.Args is not [var first, var view, ..] || PythonSymbols.Str(first) is not { } pattern)
            {
                continue;
            }
            string route = "/" + pattern.TrimStart('^').TrimEnd('$');
            bool healthCheckApp = view is Call include && include.Args is [var included, ..] && PythonSymbols.Str(included) == "health_check.urls";
            if (healthCheckApp || IsHealth(route))
            {
                return new Evidenced<string>(route, module.Path, module.LineOf(call));
            }
        }
        return null;
    }
}
