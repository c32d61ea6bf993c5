using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// A call into <c>requests</c> or <c>httpx</c>, resolved through the imports: a module-level function
/// (<c>requests.get</c>), a method of a session or client (<c>session.post</c> after <c>session = requests.Session()</c>
/// or <c>with httpx.Client() as session:</c>), or the construction of a session or client. <see cref="Display"/> is the
/// qualified name shown in messages; <see cref="Url"/> is the URL argument of a request, null for a constructor.
/// </summary>
public sealed record HttpClientCall(string Library, string Display, bool IsConstructor, bool OnClient, Expr? Url)
{
    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal)
    {
        "get", "post", "put", "patch", "delete", "head", "options", "request", "stream",
    };

    private static readonly Dictionary<string, string> Clients = new(StringComparer.Ordinal)
    {
        ["requests.Session"] = "requests",
        ["requests.session"] = "requests",
        ["requests.sessions.Session"] = "requests",
        ["httpx.Client"] = "httpx",
        ["httpx.AsyncClient"] = "httpx",
    };

    public static HttpClientCall? Resolve(Call call, ImportMap imports)
    {
        string? qualified = imports.Qualify(call.Func);
        if (qualified is not null && Clients.TryGetValue(qualified, out var library))
        {
            return new HttpClientCall(library, qualified, IsConstructor: true, OnClient: false, Url: null);
        }
        if (call.Func is not Attribute { Attr: var method, Value: var receiver } || !Methods.Contains(method))
        {
            return null;
        }
        if (qualified is not null)
        {
            string module = qualified[..qualified.LastIndexOf('.')];
            if (module is "requests" or "requests.api" or "httpx")
            {
                return new HttpClientCall(module.Split('.')[0], module.Split('.')[0] + "." + method, false, false, UrlOf(call, method));
            }
        }
        string? client = imports.InstanceOf(receiver) ?? (receiver is Call made ? imports.Qualify(made.Func) : null);
        return client is not null && Clients.TryGetValue(client, out var owner)
            ? new HttpClientCall(owner, $"{client}.{method}", false, true, UrlOf(call, method))
            : null;
    }

    private static Expr? UrlOf(Call call, string method)
    {
        int position = method is "request" or "stream" ? 1 : 0;
        return call.Argument(position, "url");
    }
}
