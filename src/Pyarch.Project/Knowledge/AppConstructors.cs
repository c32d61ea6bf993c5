using Pyarch.Project.Knowledge.Stack;

namespace Pyarch.Project.Knowledge;

/// <summary>A class whose instance is a web application, the framework it belongs to, and the interface it serves.</summary>
public sealed record AppConstructor(string QualifiedName, string Framework, string Interface);

/// <summary>The application classes of the web frameworks, as data; routers and blueprints likewise.</summary>
public static class AppConstructors
{
    public static readonly IReadOnlyList<AppConstructor> All =
    [
        new("flask.Flask", WebFrameworks.Flask, Servers.Wsgi),
        new("flask.app.Flask", WebFrameworks.Flask, Servers.Wsgi),
        new("quart.Quart", WebFrameworks.Quart, Servers.Asgi),
        new("fastapi.FastAPI", WebFrameworks.FastApi, Servers.Asgi),
        new("fastapi.applications.FastAPI", WebFrameworks.FastApi, Servers.Asgi),
        new("starlette.applications.Starlette", WebFrameworks.Starlette, Servers.Asgi),
        new("litestar.Litestar", WebFrameworks.Litestar, Servers.Asgi),
        new("falcon.App", WebFrameworks.Falcon, Servers.Wsgi),
        new("falcon.API", WebFrameworks.Falcon, Servers.Wsgi),
        new("falcon.asgi.App", WebFrameworks.Falcon, Servers.Asgi),
        new("bottle.Bottle", WebFrameworks.Bottle, Servers.Wsgi),
        new("sanic.Sanic", WebFrameworks.Sanic, Servers.Asgi),
        new("aiohttp.web.Application", WebFrameworks.Aiohttp, "aiohttp"),
    ];

    /// <summary>Classes that group routes to be mounted on an application.</summary>
    public static readonly IReadOnlyList<string> Routers =
    [
        "fastapi.APIRouter", "fastapi.routing.APIRouter", "flask.Blueprint", "flask.blueprints.Blueprint", "quart.Blueprint",
        "litestar.Router", "sanic.Blueprint",
    ];

    public static readonly IReadOnlyList<string> CorsMiddleware =
    [
        "fastapi.middleware.cors.CORSMiddleware", "starlette.middleware.cors.CORSMiddleware",
    ];
}
