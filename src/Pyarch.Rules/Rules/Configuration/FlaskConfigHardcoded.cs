using Pyarch.Project.Frameworks;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Rules.Configuration;

/// <summary>PA208: a Flask application's secret key, debug, testing or environment setting written as a literal in code.</summary>
public sealed class FlaskConfigHardcoded : Rule, IPythonRule
{
    public override string Code => "PA208";

    public override string Name => "hardcoded-flask-config";

    public override RuleCategory Category => RuleCategory.Configuration;

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool FindsSecrets => true;

    private const string SemgrepPrefix = "semgrep:python.flask.security.audit.hardcoded-config.avoid_hardcoded_config_";

    public override IReadOnlyList<string> Anchors =>
        [SemgrepPrefix + "SECRET_KEY", SemgrepPrefix + "DEBUG", SemgrepPrefix + "TESTING", SemgrepPrefix + "ENV"];

    public override string Summary => "A Flask application's `SECRET_KEY`, `DEBUG`, `TESTING` or `ENV` is a literal in code";

    public override string Documentation => """
        ## What it does
        Finds configuration of a `flask.Flask` application written as a literal in code: `app.config["SECRET_KEY"] =
        "..."`, `app.config.update(SECRET_KEY="...")`, `app.secret_key = "..."`, and `DEBUG`, `TESTING` or `ENV` set
        to `True` (or `"development"` for `ENV`) the same ways. Test code (`tests/`, `test_*.py`, `conftest.py`) is
        left alone, where `app.config["TESTING"] = True` is how Flask's documentation sets up a test client. Default
        values passed to `app.config.from_mapping(...)` before `from_pyfile`/`from_prefixed_env` are not reported:
        they are overridden per environment.

        ## Why is this bad?
        A secret key in the source is known to everyone who can read the repository and is the same in every
        deployment, so anyone can forge session cookies. A literal `DEBUG` or `TESTING` cannot differ between a
        laptop and production, so the production app runs with whatever the last commit wanted.

        ## Example
        ```python
        from flask import Flask

        app = Flask(__name__)
        app.config["SECRET_KEY"] = "change-me-please"
        ```

        ## Use instead
        ```python
        import os

        from flask import Flask

        app = Flask(__name__)
        app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
        ```

        ## References
        - [Flask: Configuration Handling](https://flask.palletsprojects.com/en/stable/config/)
        - [Flask: SECRET_KEY](https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY)
        - [Semgrep: flask avoid_hardcoded_config_SECRET_KEY](https://semgrep.dev/r?q=python.flask.security.audit.hardcoded-config)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(Assign), typeof(Call)];

    public void Check(Node node, ModuleContext context)
    {
        if (DjangoAnalysis.IsTestPath(context.Module.Path))
        {
            return;
        }
        switch (node)
        {
            case Assign { Targets: [Subscript { Value: Attribute { Attr: "config", Value: var app }, Slice: Constant { Value: ConstantValue.Str { Value: var key } } }], Value: var value }
                when IsApp(app, context) && IsHardcoded(key, value):
                context.Report(node, $"`app.config[\"{key}\"]` is set to {Describe(key)}", SemgrepPrefix + key);
                break;
            case Assign { Targets: [Attribute { Attr: "secret_key", Value: var app }], Value: var value }
                when IsApp(app, context) && IsHardcoded("SECRET_KEY", value):
                context.Report(node, "`app.secret_key` is set to a string literal");
                break;
            case Call { Func: Attribute { Attr: "update", Value: Attribute { Attr: "config", Value: var app } } } call when IsApp(app, context):
                foreach (var (key, value, at) in UpdatedKeys(call))
                {
                    if (IsHardcoded(key, value))
                    {
                        context.Report(at, $"`app.config.update` sets `{key}` to {Describe(key)}", SemgrepPrefix + key);
                    }
                }
                break;
        }
    }

    /// <summary>A Flask app, or <c>flask.current_app</c> inside a request or an app context.</summary>
    private static bool IsApp(Expr app, ModuleContext context) =>
        context.Imports.Is(app, "flask.current_app") || (app is Name && FlaskApps.IsApp(app, context.Imports));

    private static IEnumerable<(string Key, Expr Value, Node At)> UpdatedKeys(Call call)
    {
        foreach (var keyword in call.Keywords)
        {
            if (keyword.Name is { } name)
            {
                yield return (name, keyword.Value, keyword);
            }
        }
        if (call.Args is [Dict dict])
        {
            for (int i = 0; i < dict.Keys.Count; i++)
            {
                if (dict.Keys[i] is Constant { Value: ConstantValue.Str { Value: var key } } keyNode)
                {
                    yield return (key, dict.Values[i], keyNode);
                }
            }
        }
    }

    private static bool IsHardcoded(string key, Expr value) => (key, value) switch
    {
        ("SECRET_KEY", Constant { Value: ConstantValue.Str { Value.Length: > 0 } or ConstantValue.Bytes }) => true,
        ("DEBUG" or "TESTING", Constant { Value: ConstantValue.Bool { Value: true } }) => true,
        ("ENV", Constant { Value: ConstantValue.Str { Value: "development" } }) => true,
        _ => false,
    };

    private static string Describe(string key) => key switch
    {
        "SECRET_KEY" => "a string literal",
        "ENV" => "`\"development\"`",
        _ => "`True`",
    };
}
