namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>api_docs</c> category. FastAPI's and Flask-RESTX's built-in docs are decided by the detector.</summary>
public static class ApiDocs
{
    public const string FastApiOpenApi = "fastapi-openapi";
    public const string DrfSpectacular = "drf-spectacular";
    public const string DrfYasg = "drf-yasg";
    public const string Flasgger = "flasgger";
    public const string FlaskRestxSwagger = "flask-restx-swagger";

    private const string C = StackCategory.ApiDocs;

    public static readonly Technology[] All =
    [
        new(FastApiOpenApi, C),
        new(DrfSpectacular, C) { Distributions = ["drf-spectacular"], Imports = ["drf_spectacular"], Settings = ["drf_spectacular"] },
        new(DrfYasg, C) { Distributions = ["drf-yasg"], Imports = ["drf_yasg"], Settings = ["drf_yasg"] },
        new(Flasgger, C) { Distributions = ["flasgger", "flask-swagger", "flask-swagger-ui"], Imports = ["flasgger", "flask_swagger", "flask_swagger_ui"] },
        new(FlaskRestxSwagger, C),
    ];
}
