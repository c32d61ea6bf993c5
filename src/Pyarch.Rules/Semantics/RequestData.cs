using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Semantics;

/// <summary>Which accessors of a request count as client data: only the body, or anything the client sends.</summary>
public enum RequestPart
{
    /// <summary><c>request.json</c>, <c>get_json()</c>, <c>form</c>, <c>POST</c>, <c>data</c>, <c>values</c>, <c>body</c>, <c>await request.json()</c>.</summary>
    Body,

    /// <summary>The body plus the query string, files, cookies, headers and path values.</summary>
    Any,
}

/// <summary>
/// Recognizes the expressions that read client data from a request inside one function: Flask's and Quart's
/// <c>request</c> proxy (resolved through the imports), a parameter named <c>request</c>/<c>req</c> or annotated
/// with a request class (Django, DRF, Starlette, FastAPI), and <c>self.request</c> in a class-based view.
/// </summary>
public sealed class RequestData
{
    private static readonly HashSet<string> BodyAttributes = new(StringComparer.Ordinal) { "json", "form", "POST", "data", "values", "body" };

    private static readonly HashSet<string> OtherAttributes = new(StringComparer.Ordinal)
    {
        "args", "files", "cookies", "headers", "view_args", "GET", "FILES", "COOKIES", "META", "query_params", "path_params",
    };

    /// <summary>Methods whose result is the body: Flask's <c>get_json()</c>, Starlette's <c>await request.json()</c>/<c>form()</c>/<c>body()</c>.</summary>
    private static readonly HashSet<string> BodyMethods = new(StringComparer.Ordinal) { "get_json", "json", "form", "body", "get_data" };

    private static readonly string[] RequestProxies = ["flask.request", "quart.request"];

    private static readonly string[] RequestClasses =
    [
        "django.http.HttpRequest", "django.http.request.HttpRequest", "rest_framework.request.Request",
        "starlette.requests.Request", "fastapi.Request", "fastapi.requests.Request",
    ];

    private readonly ImportMap _imports;
    private readonly HashSet<string> _parameters;
    private readonly RequestPart _part;

    public RequestData(Stmt function, ImportMap imports, RequestPart part)
    {
        _imports = imports;
        _part = part;
        _parameters = RequestParameters(function, imports);
    }

    /// <summary>The function's parameters that hold a request: named <c>request</c> or <c>req</c>, or annotated with a request class.</summary>
    public static HashSet<string> RequestParameters(Stmt function, ImportMap imports)
    {
        var arguments = function switch
        {
            FunctionDef f => f.Args,
            AsyncFunctionDef f => f.Args,
            _ => null,
        };
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (arguments is null)
        {
            return names;
        }
        foreach (var arg in arguments.PosonlyArgs.Concat(arguments.Args).Concat(arguments.KwonlyArgs))
        {
            if (arg.Name is "request" or "req" || (arg.Annotation is { } annotation && imports.Is(annotation, RequestClasses)))
            {
                names.Add(arg.Name);
            }
        }
        return names;
    }

    /// <summary>True for an expression that stands for the request object itself.</summary>
    public bool IsRequest(Expr expr) => expr switch
    {
        Name name when _parameters.Contains(name.Id) => true,
        Name name => _imports.Is(name, RequestProxies),
        Attribute { Value: Name { Id: "self" }, Attr: "request" } => true,
        _ => false,
    };

    /// <summary>The accessor an expression reads client data through (<c>request.args</c>, <c>request.get_json()</c>), or null.</summary>
    public string? Source(Expr expr) => expr switch
    {
        Attribute { Value: var owner, Attr: var attr } when IsRequest(owner) && IsDataAttribute(attr) => "request." + attr,
        Call { Func: Attribute { Value: var owner, Attr: var method } } when IsRequest(owner) && BodyMethods.Contains(method) => $"request.{method}()",
        _ => null,
    };

    private bool IsDataAttribute(string attr) =>
        BodyAttributes.Contains(attr) || (_part == RequestPart.Any && OtherAttributes.Contains(attr));
}
