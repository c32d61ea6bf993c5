using System.Text.RegularExpressions;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA324: request data reaching a file path, a redirect target or an outbound URL in the same function.</summary>
public sealed partial class RequestDataToSink : Rule, IPythonRule
{
    private enum SinkKind
    {
        File,
        Redirect,
        Url,
    }

    /// <summary>Each sink, the argument that matters (position, keyword) and its kind.</summary>
    private static readonly Dictionary<string, (int Position, string Keyword, SinkKind Kind, string Anchor)> Sinks = new(StringComparer.Ordinal)
    {
        ["open"] = (0, "file", SinkKind.File, "semgrep:path-traversal-open"),
        ["io.open"] = (0, "file", SinkKind.File, "semgrep:path-traversal-open"),
        ["flask.send_file"] = (0, "path_or_file", SinkKind.File, "semgrep:avoid_send_file_without_path_sanitization"),
        ["quart.send_file"] = (0, "filename_or_io", SinkKind.File, "semgrep:avoid_send_file_without_path_sanitization"),
        ["starlette.responses.FileResponse"] = (0, "path", SinkKind.File, "semgrep:path-traversal-file-response"),
        ["fastapi.responses.FileResponse"] = (0, "path", SinkKind.File, "semgrep:path-traversal-file-response"),
        ["flask.redirect"] = (0, "location", SinkKind.Redirect, "semgrep:open-redirect"),
        ["quart.redirect"] = (0, "location", SinkKind.Redirect, "semgrep:open-redirect"),
        ["django.shortcuts.redirect"] = (0, "to", SinkKind.Redirect, "semgrep:open-redirect"),
        ["django.http.HttpResponseRedirect"] = (0, "redirect_to", SinkKind.Redirect, "semgrep:open-redirect"),
        ["django.http.HttpResponsePermanentRedirect"] = (0, "redirect_to", SinkKind.Redirect, "semgrep:open-redirect"),
        ["starlette.responses.RedirectResponse"] = (0, "url", SinkKind.Redirect, "semgrep:open-redirect"),
        ["fastapi.responses.RedirectResponse"] = (0, "url", SinkKind.Redirect, "semgrep:open-redirect"),
    };

    private static readonly HashSet<string> Sanitizers = new(StringComparer.Ordinal)
    {
        "werkzeug.utils.secure_filename", "werkzeug.secure_filename", "django.utils.text.get_valid_filename", "flask.url_for",
        "django.urls.reverse", "django.shortcuts.reverse", "int", "float", "bool", "len", "uuid.UUID", "io.BytesIO", "io.StringIO",
    };

    private static readonly HashSet<string> HostChecks = new(StringComparer.Ordinal)
    {
        "django.utils.http.url_has_allowed_host_and_scheme", "django.utils.http.is_safe_url",
    };

    private static readonly TaintPolicy Policy = new(RequestPart.Any, IsSanitizer, IsGuard);

    public override string Code => "PA324";

    public override string Name => "request-data-to-sink";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Error;

    public override IReadOnlyList<string> Anchors =>
    [
        "semgrep:path-traversal-open", "semgrep:avoid_send_file_without_path_sanitization", "semgrep:path-traversal-file-response",
        "semgrep:open-redirect", "semgrep:ssrf-requests",
    ];

    public override string Summary => "Request data reaches a file path, a redirect or an outbound URL in the same handler";

    public override string Documentation => """
        ## What it does
        Follows request data within one function (Flask/Quart `request.args`, `form`, `json`, `values`, `files`,
        `get_json()`; Django and DRF `request.GET`, `POST`, `data`, `query_params`; Starlette `await request.json()`)
        through assignments, string building and calls, and reports it when it reaches:
        - a file path: `open`, `send_file`, Starlette/FastAPI `FileResponse` (path traversal);
        - a redirect: `redirect`, `HttpResponseRedirect`, `RedirectResponse` (open redirect);
        - the URL of a `requests` or `httpx` call (server-side request forgery).

        Clean on the way: `secure_filename`, `get_valid_filename`, `url_for`/`reverse`, number conversions; a name
        checked in an `if` with `url_has_allowed_host_and_scheme`, `is_relative_to` or `startswith(<base path>)`
        (after `Path.resolve()`), or with the project's own predicate named for allowing or vetting it
        (`_allow_redirect(url)`, `isSafeNext(url)`), within the branch the check leads to (the body of `if check(x):`,
        and what follows `if not check(x):` when that body returns, raises or calls `abort`); a URL or redirect built from a literal that already fixes the host
        (`f"https://api.example.com/users/{id}"`) or a local path (`f"/items/{id}"`). `send_from_directory` is safe and
        not a sink. FastAPI path and query parameters are not followed: a typed parameter carries no marker that it
        comes from the client once it is passed on.

        ## Why is this bad?
        A file name like `../../etc/passwd` reads any file the process can; a `next=https://evil.example` parameter
        sends users to a phishing page with the site's own link; a client-chosen URL lets the server call internal
        services and cloud metadata endpoints on the attacker's behalf.

        ## Example
        ```python
        from flask import Flask, request, send_file

        app = Flask(__name__)

        @app.route("/download")
        def download():
            name = request.args["name"]
            return send_file(f"uploads/{name}")
        ```

        ## Use instead
        ```python
        from flask import Flask, request, send_from_directory

        app = Flask(__name__)

        @app.route("/download")
        def download():
            return send_from_directory("uploads", request.args["name"])
        ```

        ## References
        - [OWASP: Path Traversal](https://owasp.org/www-community/attacks/Path_Traversal)
        - [OWASP: Unvalidated Redirects and Forwards](https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html)
        - [OWASP: Server-Side Request Forgery Prevention](https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html)
        - [Django: url_has_allowed_host_and_scheme](https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.http.url_has_allowed_host_and_scheme)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(FunctionDef), typeof(AsyncFunctionDef)];

    public void Check(Node node, ModuleContext context)
    {
        var function = (Stmt)node;
        if (RequestData.RequestParameters(function, context.Imports).Count == 0 && !context.Imports.Imports("flask") && !context.Imports.Imports("quart"))
        {
            return;
        }
        TaintFlow.Run(function, context.Imports, Policy, (call, flow) => CheckCall(call, flow, context));
    }

    private static void CheckCall(Call call, TaintFlow flow, ModuleContext context)
    {
        string? callee = context.Imports.Qualify(call.Func);
        Expr? argument;
        SinkKind kind;
        string anchor;
        if (callee is not null && Sinks.TryGetValue(callee, out var sink))
        {
            (argument, kind, anchor) = (call.Argument(sink.Position, sink.Keyword), sink.Kind, sink.Anchor);
        }
        else if (HttpClientCall.Resolve(call, context.Imports) is { Url: { } url } http)
        {
            (argument, kind, anchor, callee) = (url, SinkKind.Url, "semgrep:ssrf-requests", http.Display);
        }
        else
        {
            return;
        }
        if (argument is null || flow.SourceOf(argument) is not { } source || (kind != SinkKind.File && FixesDestination(argument, kind)))
        {
            return;
        }
        string risk = kind switch
        {
            SinkKind.File => "path traversal",
            SinkKind.Redirect => "open redirect",
            _ => "server-side request forgery",
        };
        context.Report(argument, $"Data from `{source}` reaches `{callee}` ({risk})", anchor);
    }

    /// <summary>A URL whose literal start already fixes the host (<c>https://api.example.com/...</c>), or a redirect to a local path (<c>/items/...</c>).</summary>
    private static bool FixesDestination(Expr argument, SinkKind kind)
    {
        string? prefix = argument switch
        {
            JoinedStr { Values: [Constant { Value: ConstantValue.Str s }, ..] } => s.Value,
            BinOp { Op: Operator.Add, Left: Constant { Value: ConstantValue.Str s } } => s.Value,
            Call { Func: Attribute { Attr: "format", Value: Constant { Value: ConstantValue.Str s } } } => s.Value,
            _ => null,
        };
        return prefix is not null && (FixedOrigin().IsMatch(prefix) || (kind == SinkKind.Redirect && LocalPath().IsMatch(prefix)));
    }

    private static bool IsSanitizer(Call call, ImportMap imports) => imports.Qualify(call.Func) is { } name && Sanitizers.Contains(name);

    private static bool IsGuard(Call call, ImportMap imports) => call switch
    {
        _ when imports.Is(call.Func, [.. HostChecks]) => true,
        { Func: Attribute { Attr: "is_relative_to" } } => true,
        // The project's own predicate on the value: `if _allow_redirect(url):`, `if isSafeNext(url):`.
        { Func: Name { Id: var name } } when IsVetting(name) => true,
        { Func: Attribute { Attr: var name } } when IsVetting(name) => true,
        // startswith("/") lets "//evil.example" through, so it checks nothing.
        { Func: Attribute { Attr: "startswith" }, Args: [var prefix] } => CallArguments.Str(prefix) != "/",
        _ => false,
    };

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#{}]+[/?#]")]
    private static partial Regex FixedOrigin();

    /// <summary>A predicate named for allowing or vetting what it is given, and not for the opposite (<c>is_not_allowed</c>).</summary>
    private static bool IsVetting(string name)
    {
        var words = IdentifierWords.Of(name);
        return words.Any(w => w is "allow" or "allowed" or "safe" or "valid" or "validate" or "trusted" or "permitted")
            && !words.Any(w => w is "not" or "no" or "never");
    }

    [GeneratedRegex(@"^/[^/\\]")]
    private static partial Regex LocalPath();
}
