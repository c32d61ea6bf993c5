namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>web_frameworks</c> category.</summary>
public static class WebFrameworks
{
    public const string Django = "django";
    public const string Flask = "flask";
    public const string FastApi = "fastapi";
    public const string Starlette = "starlette";
    public const string Quart = "quart";
    public const string Sanic = "sanic";
    public const string Aiohttp = "aiohttp";
    public const string Tornado = "tornado";
    public const string Pyramid = "pyramid";
    public const string Bottle = "bottle";
    public const string Falcon = "falcon";
    public const string Litestar = "litestar";

    private const string C = StackCategory.WebFrameworks;

    public static readonly Technology[] All =
    [
        new(Django, C) { Distributions = ["django"], Imports = ["django"] },
        new(Flask, C) { Distributions = ["flask"], Imports = ["flask"] },
        new(FastApi, C) { Distributions = ["fastapi", "fastapi-slim"], Imports = ["fastapi"] },
        // FastAPI depends on Starlette; it counts only when the project names it itself.
        new(Starlette, C) { Distributions = ["starlette"], Imports = ["starlette"] },
        new(Quart, C) { Distributions = ["quart"], Imports = ["quart"] },
        new(Sanic, C) { Distributions = ["sanic"], Imports = ["sanic"] },
        new(Aiohttp, C) { Distributions = ["aiohttp"], Imports = ["aiohttp"] },
        new(Tornado, C) { Distributions = ["tornado"], Imports = ["tornado"] },
        new(Pyramid, C) { Distributions = ["pyramid"], Imports = ["pyramid"] },
        new(Bottle, C) { Distributions = ["bottle"], Imports = ["bottle"] },
        new(Falcon, C) { Distributions = ["falcon"], Imports = ["falcon"] },
        new(Litestar, C) { Distributions = ["litestar"], Imports = ["litestar"] },
    ];
}
