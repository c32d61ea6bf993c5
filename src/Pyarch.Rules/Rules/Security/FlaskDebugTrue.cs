using Pyarch.Project.Deployment;
using Pyarch.Project.Detect;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA311: a Flask application run with the Werkzeug debugger on.</summary>
public sealed class FlaskDebugTrue : Rule, IPythonRule, IProjectRule
{
    public override string Code => "PA311";

    public override string Name => "flask-debug-true";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Error;

    public override IReadOnlyList<string> Anchors => ["bandit:B201"];

    public override string Summary => "A Flask application runs with the Werkzeug debugger enabled";

    public override string Documentation => """
        ## What it does
        Finds a Flask application started with `debug=True`, or with `app.debug = True`, also when the value comes
        from a variable or from an environment read whose default is true (`os.environ.get("FLASK_DEBUG", True)`:
        on wherever the variable is unset). In deployment files it finds `FLASK_DEBUG` set to a true value in a
        Dockerfile `ENV` or a `.env` file, and `flask run --debug` in a Dockerfile, Procfile, compose file or the
        scripts they run.

        ## Why is this bad?
        The Werkzeug debugger serves an interactive Python console on every error page. Anyone who can make the
        application fail can run code on the server. Debug mode also reloads code and shows tracebacks with
        settings and local variables.

        ## Example
        ```python
        from flask import Flask

        app = Flask(__name__)
        app.run(debug=True)
        ```

        ```dockerfile
        FROM python:3.12-slim
        ENV FLASK_DEBUG=1
        CMD ["flask", "run", "--host=0.0.0.0"]
        ```

        ## Use instead
        ```python
        import os

        from flask import Flask

        app = Flask(__name__)
        app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
        ```

        ```dockerfile
        FROM python:3.12-slim
        ENV FLASK_DEBUG=0
        CMD ["gunicorn", "--bind=0.0.0.0:8000", "app:app"]
        ```

        ## References
        - [Flask: Debug Mode](https://flask.palletsprojects.com/en/stable/quickstart/#debug-mode)
        - [Werkzeug: Debugging Applications](https://werkzeug.palletsprojects.com/en/stable/debug/)
        - [Bandit B201: flask_debug_true](https://bandit.readthedocs.io/en/latest/plugins/b201_flask_debug_true.html)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(Call), typeof(Assign)];

    public void Check(Node node, ModuleContext context)
    {
        switch (node)
        {
            case Call { Func: Attribute { Attr: "run", Value: var receiver } } call when FlaskApps.IsApp(receiver, context.Imports):
                foreach (var keyword in call.Keywords)
                {
                    if (keyword.Name == "debug" && Debug(keyword.Value, context) is { } debug)
                    {
                        context.Report(keyword, Message($"debug={context.Source[keyword.Value.Range]}", debug), "bandit:B201");
                    }
                }
                break;
            case Assign { Targets: [Attribute { Attr: "debug", Value: var app } target], Value: var value } assign
                when FlaskApps.IsApp(app, context.Imports) && Debug(value, context) is { } debug:
                context.Report(assign, Message($"{context.Source[target.Range]} = {context.Source[value.Range]}", debug));
                break;
        }
    }

    public void Check(ProjectContext context)
    {
        foreach (var dockerfile in context.Model.Dockerfiles)
        {
            foreach (var env in dockerfile.FinalStage?.Instructions.Where(i => i.Keyword == "ENV") ?? [])
            {
                if (DockerEnv.Variables(env).Any(v => v.Name == DebugVariable && FlaskReadsAsTrue(v.Value)))
                {
                    context.Report(dockerfile.File, env.Line, $"`ENV {env.Arguments}` turns on the Werkzeug debugger in the container", "ENV " + env.Arguments);
                }
            }
        }
        foreach (var variable in context.Model.EnvVariables.Where(v => v.Name == DebugVariable && !IsExampleFile(v.File)))
        {
            if (context.ReadText(variable.File)?.Split('\n') is { } lines && variable.Line <= lines.Length
                && FlaskReadsAsTrue(EnvFileReader.Value(lines[variable.Line - 1])))
            {
                context.Report(variable.File, variable.Line, $"`{DebugVariable}` is set to a true value, which turns on the Werkzeug debugger", DebugVariable);
            }
        }
        foreach (var command in context.Model.Commands)
        {
            if (DebugFlag(command.Text) is { } flag)
            {
                context.Report(command.File, command.Line, $"{command.Origin} runs `{flag}`, which turns on the Werkzeug debugger", command.Text);
            }
        }
    }

    private const string DebugVariable = "FLASK_DEBUG";

    private static string Message(string code, string unsetVariable) => unsetVariable.Length == 0
        ? $"`{code}` starts the Werkzeug debugger, which runs code sent by any client"
        : $"`{code}` is true while `{unsetVariable}` is unset, and then starts the Werkzeug debugger, which runs code sent by any client";

    /// <summary>The <c>flask</c> command's <c>--debug</c>/<c>--debugger</c> flag, or a <c>FLASK_DEBUG=1</c> prefix, in a deployment command.</summary>
    private static string? DebugFlag(string command)
    {
        var words = command.Split([' ', '\t', '"', '\''], StringSplitOptions.RemoveEmptyEntries);
        if (words.FirstOrDefault(w => w.StartsWith(DebugVariable + "=", StringComparison.Ordinal) && FlaskReadsAsTrue(w[(DebugVariable.Length + 1)..])) is { } assignment)
        {
            return assignment;
        }
        return CommandWords.Programs(command).Contains("flask") ? words.FirstOrDefault(w => w is "--debug" or "--debugger") switch
        {
            { } flag => "flask " + flag,
            null => null,
        } : null;
    }

    /// <summary>Flask's <c>get_debug_flag()</c>: any non-empty value but <c>0</c>, <c>false</c> and <c>no</c>.</summary>
    private static bool FlaskReadsAsTrue(string value) => value.Length > 0 && value.ToLowerInvariant() is not ("0" or "false" or "no");

    private static bool IsExampleFile(string path) =>
        Path.GetFileName(path).ToLowerInvariant() is var name
        && (name.Contains("example", StringComparison.Ordinal) || name.Contains("sample", StringComparison.Ordinal) || name.Contains("template", StringComparison.Ordinal));

    /// <summary>
    /// Whether a <c>debug</c> value is true: "" when always, the variable's name when only while that environment
    /// variable is unset (<c>os.environ.get("FLASK_DEBUG", True)</c>), null when not known to be true.
    /// A name is followed to the one value its function or module assigns it.
    /// </summary>
    private static string? Debug(Expr value, ModuleContext context)
    {
        var resolved = LocalValues.Resolve(value, context);
        if (Truthy(resolved))
        {
            return "";
        }
        return EnvRead.Of(resolved, context) is { Default: { } fallback } read && Truthy(LocalValues.Resolve(fallback, context)) ? read.Variable : null;
    }

    private static bool Truthy(Expr value) => value is Constant { Value: ConstantValue.Bool { Value: true } or ConstantValue.Str { Value.Length: > 0 } }
        || value is Constant { Value: ConstantValue.Int i } && !i.Value.IsZero;
}
