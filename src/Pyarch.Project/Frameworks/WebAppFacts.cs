namespace Pyarch.Project.Frameworks;

/// <summary>An application object bound at module level (<c>app = FastAPI()</c>, <c>app = create_app()</c>).</summary>
public sealed record WebApp(string Framework, string Interface, string Module, string Variable, string File, int Line)
{
    /// <summary>False when the app turns off its OpenAPI schema or both docs pages (FastAPI).</summary>
    public bool ServesDocs { get; init; } = true;

    public bool ViaFactory { get; init; }
}

/// <summary>A function that builds and returns an application (<c>def create_app(config=None)</c>).</summary>
public sealed record AppFactory(string Framework, string Interface, string Module, string Function, string File, int Line)
{
    public bool ServesDocs { get; init; } = true;

    public string QualifiedName => Module.Length == 0 ? Function : Module + "." + Function;
}

/// <summary>A router or blueprint bound at module level.</summary>
public sealed record RouteGroup(string Kind, string Module, string Variable, string File, int Line);

/// <summary>What pyarch read about web applications in the project's code.</summary>
public sealed record WebAppFacts(
    IReadOnlyList<WebApp> Apps,
    IReadOnlyList<AppFactory> Factories,
    IReadOnlyList<RouteGroup> Routers,
    IReadOnlyList<Evidence> MountedRouters,
    IReadOnlyList<Evidence> Cors,
    IReadOnlyList<Evidence> WebSocketRoutes);
