using Pyarch.Project.Knowledge;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA314: CORS that lets every origin read responses, worst when credentials are allowed too.</summary>
public sealed class PermissiveCors : Rule, IPythonRule
{
    private static readonly string[] DjangoAllowAll = ["CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL"];

    private static readonly string[] FlaskCors = ["flask_cors.CORS", "flask_cors.cross_origin", "flask_cors.extension.CORS", "flask_cors.decorator.cross_origin"];

    public override string Code => "PA314";

    public override string Name => "permissive-cors";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["semgrep:wildcard-cors", "semgrep:flask-cors-misconfiguration"];

    public override string Summary => "CORS allows every origin";

    public override string Documentation => """
        ## What it does
        Finds CORS configured for every origin:
        - django-cors-headers `CORS_ALLOW_ALL_ORIGINS = True` (or the old `CORS_ORIGIN_ALLOW_ALL`) at module level,
          except under `if DEBUG:`;
        - Starlette/FastAPI `CORSMiddleware` with `allow_origins=["*"]`, also when the list is a module-level variable;
        - flask-cors `CORS(app)`, `cors.init_app(app)` or `@cross_origin()` with `origins="*"` or with no origins at all
          (the default is `*`), unless the module sets `CORS_ORIGINS`, the config key flask-cors reads instead. A bare
          `CORS()` extension is judged where `init_app` configures it.

        The finding is an error when credentials are allowed as well (`CORS_ALLOW_CREDENTIALS = True` in the same
        settings module, `allow_credentials=True`, `supports_credentials=True`), else a warning.

        ## Why is this bad?
        With every origin allowed, any web site can call the API from its visitors' browsers and read the answers.
        With credentials allowed too, Starlette and flask-cors echo the caller's origin back, so any site can act as
        the logged-in user and read their data.

        ## Example
        ```python
        from fastapi import FastAPI
        from fastapi.middleware.cors import CORSMiddleware

        app = FastAPI()
        app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)
        ```

        ## Use instead
        ```python
        from fastapi import FastAPI
        from fastapi.middleware.cors import CORSMiddleware

        app = FastAPI()
        app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)
        ```

        ## References
        - [Starlette: CORSMiddleware](https://www.starlette.io/middleware/#corsmiddleware)
        - [django-cors-headers: Configuration](https://github.com/adamchainz/django-cors-headers#configuration)
        - [Flask-CORS: API](https://flask-cors.readthedocs.io/en/latest/api.html)
        - [MDN: CORS and credentials](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS#requests_with_credentials)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(Call), typeof(Assign)];

    public void Check(Node node, ModuleContext context)
    {
        switch (node)
        {
            case Assign { Targets: [Name { Id: var setting }], Value: var value } assign
                when DjangoAllowAll.Contains(setting) && CallArguments.IsBool(value, true) && context.EnclosingFunction is null && !UnderDebug(context):
                bool credentials = CallArguments.IsBool(CallArguments.ModuleValue(context.Syntax, "CORS_ALLOW_CREDENTIALS"), true);
                Report(context, assign, $"`{setting} = True` allows every origin", credentials ? "`CORS_ALLOW_CREDENTIALS = True`" : null, null);
                break;
            case Call call when IsStarletteCors(call, context):
                if (call.Keyword("allow_origins") is { } origins && IsWildcard(origins.Value, context))
                {
                    Report(context, origins, "`CORSMiddleware` allows every origin", Credentials(call, "allow_credentials", context), "semgrep:wildcard-cors");
                }
                break;
            case Call call when context.Imports.Is(call.Func, FlaskCors) || IsFlaskCorsInitApp(call, context):
                CheckFlaskCors(call, context);
                break;
        }
    }

    private static void CheckFlaskCors(Call call, ModuleContext context)
    {
        string? credentials = Credentials(call, "supports_credentials", context);
        string name = call.Func switch
        {
            Attribute { Attr: "init_app" } => "CORS.init_app",
            Attribute a => a.Attr,
            _ => ((Name)call.Func).Id,
        };
        if (call.Keyword("origins") is { } origins)
        {
            if (IsWildcard(origins.Value, context))
            {
                Report(context, origins, $"`{name}` allows every origin", credentials, "semgrep:flask-cors-misconfiguration");
            }
            return;
        }
        if (call.Keyword("resources")?.Value is { } resources && CallArguments.Resolve(resources, context.Syntax) is Dict dict)
        {
            foreach (var options in dict.Values.OfType<Dict>())
            {
                var origin = options.Keys.Zip(options.Values).FirstOrDefault(p => CallArguments.Str(p.First) == "origins").Second;
                if (origin is not null && IsWildcard(origin, context))
                {
                    Report(context, origin, $"`{name}` allows every origin", credentials, "semgrep:flask-cors-misconfiguration");
                }
            }
            return;
        }
        // CORS() without an app is configured later by init_app, which is checked on its own.
        bool extensionOnly = call.Args.Count == 0 && call.Keywords.Count == 0 && name == "CORS";
        if (!extensionOnly && !SetsCorsOrigins(context.Syntax))
        {
            Report(context, call, $"`{name}` allows every origin by default", credentials, "semgrep:flask-cors-misconfiguration");
        }
    }

    private static void Report(ModuleContext context, Node node, string what, string? credentials, string? anchor)
    {
        string[] anchors = anchor is null ? [] : [anchor];
        if (credentials is null)
        {
            context.Report(node, Severity.Warning, what, anchors);
        }
        else
        {
            context.Report(node, Severity.Error, $"{what} with {credentials}", anchors);
        }
    }

    private static bool IsFlaskCorsInitApp(Call call, ModuleContext context) =>
        call.Func is Attribute { Attr: "init_app", Value: var extension } && context.Imports.InstanceOf(extension) is { } type && FlaskCors.Contains(type);

    private static string? Credentials(Call call, string keyword, ModuleContext context) =>
        call.Keyword(keyword) is { } k && CallArguments.IsBool(CallArguments.Resolve(k.Value, context.Syntax), true) ? $"`{keyword}=True`" : null;

    private static bool IsStarletteCors(Call call, ModuleContext context) =>
        context.Imports.Is(call.Func, [.. AppConstructors.CorsMiddleware])
        || (call.Args.Count > 0 && context.Imports.Is(call.Args[0], [.. AppConstructors.CorsMiddleware]));

    private static bool IsWildcard(Expr value, ModuleContext context) => CallArguments.Resolve(value, context.Syntax) switch
    {
        Python.Ast.List list => list.Elts.Any(e => CallArguments.Str(e) == "*"),
        Python.Ast.Tuple tuple => tuple.Elts.Any(e => CallArguments.Str(e) == "*"),
        var single => CallArguments.Str(single) == "*",
    };

    /// <summary>flask-cors reads <c>CORS_ORIGINS</c> from the app config when <c>CORS()</c> is given no origins.</summary>
    private static bool SetsCorsOrigins(Module module) => Project.Frameworks.SyntaxSearch.All(module.Body).Any(s => s switch
    {
        Assign assign => assign.Targets.Any(t => t is Name { Id: "CORS_ORIGINS" } || (t is Subscript sub && CallArguments.Str(sub.Slice) == "CORS_ORIGINS")),
        _ => false,
    });

    private static bool UnderDebug(ModuleContext context) =>
        context.Ancestors.OfType<If>().Any(i => i.Test is Name { Id: "DEBUG" } or Attribute { Attr: "DEBUG" });
}
