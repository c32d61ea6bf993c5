using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA311: a Flask application run with the Werkzeug debugger on.</summary>
public sealed class FlaskDebugTrue : Rule, IPythonRule
{
    public override string Code => "PA311";

    public override string Name => "flask-debug-true";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Error;

    public override IReadOnlyList<string> Anchors => ["bandit:B201"];

    public override string Summary => "A Flask application runs with the Werkzeug debugger enabled";

    public override string Documentation => """
        ## What it does
        Finds a Flask application started with `debug=True`, or with `app.debug = True`.

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

        ## Use instead
        ```python
        import os

        from flask import Flask

        app = Flask(__name__)
        app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
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
            case Call { Func: Attribute { Attr: "run", Value: var receiver } } call when IsFlaskApp(receiver, context):
                foreach (var keyword in call.Keywords)
                {
                    if (keyword.Name == "debug" && IsTrue(keyword.Value, context))
                    {
                        context.Report(keyword, "`debug=True` starts the Werkzeug debugger, which runs code sent by any client", "bandit:B201");
                    }
                }
                break;
            case Assign { Targets: [Attribute { Attr: "debug", Value: var app }], Value: var value } assign
                when IsFlaskApp(app, context) && IsTrue(value, context):
                context.Report(assign, "`app.debug = True` starts the Werkzeug debugger, which runs code sent by any client");
                break;
        }
    }

    /// <summary>
    /// An instance of <c>flask.Flask</c>, or, as Bandit's B201 decides, any <c>.run</c> receiver in a module that
    /// imports Flask: apps built by a factory in another module have no constructor call here.
    /// </summary>
    private static bool IsFlaskApp(Expr receiver, ModuleContext context) =>
        context.Imports.InstanceOf(receiver) is { } type
            ? type == "flask.Flask"
            : context.Imports.Imports("flask");

    private static bool IsTrue(Expr value, ModuleContext context) => value switch
    {
        Constant { Value: ConstantValue.Bool { Value: true } } => true,
        Name name => ModuleConstant(name.Id, context) is Constant { Value: ConstantValue.Bool { Value: true } },
        _ => false,
    };

    /// <summary>The value of a module-level name assigned exactly once (<c>DEBUG = True</c>).</summary>
    private static Expr? ModuleConstant(string name, ModuleContext context)
    {
        var values = context.Syntax.Body
            .OfType<Assign>()
            .Where(a => a.Targets is [Name target] && target.Id == name)
            .Select(a => a.Value)
            .ToList();
        return values.Count == 1 ? values[0] : null;
    }
}
