namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>rest</c> category. FastAPI counts here whenever it is the web framework (see the detector).</summary>
public static class Rest
{
    public const string Drf = "drf";
    public const string FlaskRestx = "flask-restx";
    public const string FlaskRestful = "flask-restful";
    public const string DjangoNinja = "django-ninja";
    public const string FastApi = "fastapi";

    private const string C = StackCategory.Rest;

    public static readonly Technology[] All =
    [
        new(Drf, C) { Distributions = ["djangorestframework"], Imports = ["rest_framework"], Settings = ["rest_framework"] },
        new(FlaskRestx, C) { Distributions = ["flask-restx", "flask-restplus"], Imports = ["flask_restx", "flask_restplus"] },
        new(FlaskRestful, C) { Distributions = ["flask-restful"], Imports = ["flask_restful"] },
        new(DjangoNinja, C) { Distributions = ["django-ninja"], Imports = ["ninja"], Settings = ["ninja"] },
        new(FastApi, C),
    ];
}
