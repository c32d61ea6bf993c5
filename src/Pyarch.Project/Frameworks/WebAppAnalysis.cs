using Pyarch.Project.Knowledge;
using Pyarch.Project.Modules;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Project.Frameworks;

/// <summary>
/// Finds web applications statically: module-level app objects, application factories (functions that build an
/// app, wherever they live), routers and blueprints, CORS middleware and websocket routes, resolving every
/// name through the module's imports.
/// </summary>
public static class WebAppAnalysis
{
    public static WebAppFacts Analyze(ModuleIndex modules)
    {
        var withSyntax = modules.Modules.Where(m => m.Syntax is not null).Select(m => (Module: m, Symbols: new PythonSymbols(m))).ToList();
        var factories = withSyntax.SelectMany(x => FindFactories(x.Module, x.Symbols)).ToList();
        var byName = factories.GroupBy(f => f.QualifiedName).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var apps = new List<WebApp>();
        var routers = new List<RouteGroup>();
        var mounted = new List<Evidence>();
        var cors = new List<Evidence>();
        var websockets = new List<Evidence>();
        foreach (var (module, symbols) in withSyntax)
        {
            FindBindings(module, symbols, byName, apps, routers);
            FindUses(module, symbols, mounted, cors, websockets);
        }
        return new WebAppFacts(apps, factories, routers, mounted, cors, websockets);
    }

    private static AppConstructor? Constructor(Call call, PythonSymbols symbols)
    {
        string? name = symbols.Qualify(call.Func);
        return name is null ? null : AppConstructors.All.FirstOrDefault(c => c.QualifiedName == name);
    }

    private static bool ServesDocs(Call call)
    {
        bool IsNone(string keyword) => call.Keywords.Any(k => k.Name == keyword && k.Value is Constant { Value: ConstantValue.None });
        return !(IsNone("openapi_url") || (IsNone("docs_url") && IsNone("redoc_url")));
    }

    private static IEnumerable<AppFactory> FindFactories(PythonModule module, PythonSymbols symbols)
    {
        foreach (var stmt in SyntaxSearch.ModuleLevel(module.Syntax!.Body))
        {
            var (name, body) = stmt switch
            {
                FunctionDef f => (f.Name, f.Body),
                AsyncFunctionDef f => (f.Name, f.Body),
                _ => (null, null),
            };
            if (name is null || body is null || !body.Any(s => s is Return { Value: not null }))
            {
                continue;
            }
            foreach (var call in SyntaxSearch.AllCalls(body))
            {
                if (Constructor(call, symbols) is { } constructor)
                {
                    yield return new AppFactory(constructor.Framework, constructor.Interface, module.Name, name, module.Path, module.LineOf(stmt))
                    {
                        ServesDocs = ServesDocs(call),
                    };
                    break;
                }
            }
        }
    }

    private static void FindBindings(
        PythonModule module, PythonSymbols symbols, Dictionary<string, AppFactory> factories, List<WebApp> apps, List<RouteGroup> routers)
    {
        foreach (var stmt in SyntaxSearch.ModuleLevel(module.Syntax!.Body))
        {
            if (SyntaxSearch.Binding(stmt) is not ({ } variable, Call call, _))
            {
                continue;
            }
            int line = module.LineOf(stmt);
            if (Constructor(call, symbols) is { } constructor)
            {
                apps.Add(new WebApp(constructor.Framework, constructor.Interface, module.Name, variable, module.Path, line) { ServesDocs = ServesDocs(call) });
            }
            else if (symbols.Qualify(call.Func) is { } callee && FactoryFor(callee, factories) is { } factory)
            {
                apps.Add(new WebApp(factory.Framework, factory.Interface, module.Name, variable, module.Path, line) { ServesDocs = factory.ServesDocs, ViaFactory = true });
            }
            else if (symbols.Qualify(call.Func) is { } router && AppConstructors.Routers.Contains(router))
            {
                routers.Add(new RouteGroup(router.EndsWith("Blueprint", StringComparison.Ordinal) ? "blueprint" : "router", module.Name, variable, module.Path, line));
            }
        }
    }

    /// <summary>A call to <c>pkg.create_app</c> may name the factory by its package when the package re-exports it.</summary>
    private static AppFactory? FactoryFor(string callee, Dictionary<string, AppFactory> factories)
    {
        if (factories.TryGetValue(callee, out var factory))
        {
            return factory;
        }
        string function = callee[(callee.LastIndexOf('.') + 1)..];
        string package = callee.Contains('.') ? callee[..callee.LastIndexOf('.')] : "";
        return factories.Values.FirstOrDefault(f => f.Function == function && package.Length > 0 && f.Module.StartsWith(package + ".", StringComparison.Ordinal));
    }

    private static void FindUses(PythonModule module, PythonSymbols symbols, List<Evidence> mounted, List<Evidence> cors, List<Evidence> websockets)
    {
        // Websocket routes only count in modules of the frameworks that have them; asked once, not per call.
        bool websocketFramework = ImportsAny(module, "fastapi", "starlette");
        foreach (var call in SyntaxSearch.AllCalls(module.Syntax!.Body))
        {
            string? method = (call.Func as Attribute)?.Attr;
            if (method is "include_router" or "register_blueprint")
            {
                mounted.Add(new Evidence(module.Path, module.LineOf(call), method));
            }
            if (call.Args.Count > 0 && symbols.Is(call.Args[0], AppConstructors.CorsMiddleware))
            {
                cors.Add(new Evidence(module.Path, module.LineOf(call), "adds CORSMiddleware"));
            }
            bool isWebsocketRoute = websocketFramework
                && (method is "websocket" or "add_api_websocket_route" or "add_websocket_route" or "websocket_route"
                    || symbols.Qualify(call.Func) is "starlette.routing.WebSocketRoute" or "fastapi.routing.APIWebSocketRoute");
            if (isWebsocketRoute)
            {
                websockets.Add(new Evidence(module.Path, module.LineOf(call), "websocket route"));
            }
        }
    }

    private static bool ImportsAny(PythonModule module, params string[] topLevel) =>
        module.Imports.Any(i => i.TopLevel is { } top && topLevel.Contains(top));
}
