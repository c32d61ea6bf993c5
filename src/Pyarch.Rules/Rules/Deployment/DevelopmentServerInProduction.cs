using Pyarch.Project;
using Pyarch.Project.Deployment;
using Pyarch.Project.Detect;
using Pyarch.Project.Frameworks;
using Pyarch.Project.Modules;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Rules.Deployment;

/// <summary>PA410: a framework's development server started by a production command, or bound to every interface on import.</summary>
public sealed class DevelopmentServerInProduction : Rule, IProjectRule, IPythonRule
{
    private static readonly HashSet<string> AllInterfaces = ["0.0.0.0", "::"];

    public override string Code => "PA410";

    public override string Name => "development-server-in-production";

    public override RuleCategory Category => RuleCategory.Deployment;

    public override Severity DefaultSeverity => Severity.Error;

    public override IReadOnlyList<string> Anchors => ["bandit:B104"];

    public override string Summary => "A production command starts a development server, or an app binds its development server to every interface";

    public override string Documentation => """
        ## What it does
        Finds development servers started by the commands a deployment runs: the Dockerfile's `CMD`/`ENTRYPOINT`,
        the Procfile's `web:` process, platform files (`fly.toml`, `app.yaml`, `render.yaml`, `heroku.yml`), the
        scripts they call, and compose files whose name says production (`docker-compose.prod.yml`). It reports
        `manage.py runserver`, `flask run`, `uvicorn --reload`, `fastapi dev`, and `python app.py` when that module's
        `if __name__ == "__main__":` block calls a Flask app's `run()`. Plain compose files and anything named for
        development (`Dockerfile.dev`, `compose/local/`, `start-dev.sh`) are how a team runs the app locally and are
        left alone. It also reports a Flask `app.run(host="0.0.0.0")` outside a main guard: the development server
        then starts, reachable from the network, whenever the module is imported.

        ## Why is this bad?
        Development servers run one request at a time or reload on file changes, have had no security review (Django
        says so of `runserver`), and Werkzeug's may expose its debugger. Under load or attack they fail first.

        ## Example
        ```dockerfile
        FROM python:3.12-slim
        COPY . /app
        CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim
        COPY . /app
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "config.wsgi"]
        ```

        ## References
        - [Django: django-admin runserver](https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver)
        - [Flask: Deploying to Production](https://flask.palletsprojects.com/en/stable/deploying/)
        - [Uvicorn: Deployment](https://www.uvicorn.org/deployment/)
        - [Bandit B104: hardcoded_bind_all_interfaces](https://bandit.readthedocs.io/en/latest/plugins/b104_hardcoded_bind_all_interfaces.html)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(Call)];

    public void Check(Node node, ModuleContext context)
    {
        if (node is not Call { Func: Attribute { Attr: "run", Value: var app } } call || DjangoAnalysis.IsTestPath(context.Module.Path)
            || !FlaskApps.IsApp(app, context.Imports) || context.Ancestors.OfType<Stmt>().Any(MainGuard.Is))
        {
            return;
        }
        var host = call.Keywords.FirstOrDefault(k => k.Name == "host")?.Value ?? (call.Args.Count > 0 ? call.Args[0] : null);
        if (host is Constant { Value: ConstantValue.Str { Value: var address } } && AllInterfaces.Contains(address))
        {
            context.Report(call, $"`app.run(host=\"{address}\")` starts the development server on every interface whenever the module is imported", Anchors[0]);
        }
    }

    public void Check(ProjectContext context)
    {
        foreach (var (command, invocation) in DeploymentScope.ProductionInvocations(context.Model))
        {
            if (DevelopmentServer(invocation, context) is { } server)
            {
                context.Report(command.File, command.Line, $"{command.Origin} starts the development server `{server}`", command.Text);
            }
        }
    }

    private static string? DevelopmentServer(CommandInvocation invocation, ProjectContext context)
    {
        var args = invocation.Arguments;
        string? script = args.FirstOrDefault(a => !a.StartsWith('-'));
        return invocation.Program switch
        {
            var p when p.StartsWith("python", StringComparison.Ordinal) && script is not null && script.EndsWith("manage.py", StringComparison.Ordinal)
                && args.Contains("runserver") => "manage.py runserver",
            "django-admin" or "django" when script == "runserver" => invocation.Program + " runserver",
            "flask" when args.Contains("run") => "flask run",
            "uvicorn" when args.Contains("--reload") => "uvicorn --reload",
            "fastapi" when script == "dev" => "fastapi dev",
            var p when p.StartsWith("python", StringComparison.Ordinal) && script is not null && script.EndsWith(".py", StringComparison.Ordinal)
                && ScriptModule(context.Model, script) is { } module && RunsFlaskApp(module, context.Web) => $"python {script}",
            _ => null,
        };
    }

    /// <summary>The project module a <c>python path/to/app.py</c> runs, wherever the image or dyno put the project.</summary>
    private static PythonModule? ScriptModule(ProjectModel model, string script)
    {
        string path = ProjectModel.NormalizePath("", script);
        return model.Modules.Modules.FirstOrDefault(m => m.Path == path)
            ?? model.Modules.Modules.Where(m => path.EndsWith("/" + m.Path, StringComparison.Ordinal)).MaxBy(m => m.Path.Length);
    }

    /// <summary>A main guard calling <c>run()</c> on an app that detection knows to be Flask's (built here or by a factory).</summary>
    private static bool RunsFlaskApp(PythonModule module, WebAppFacts web)
    {
        var flaskApps = web.Apps.Where(a => a.File == module.Path && a.Framework == Project.Knowledge.Stack.WebFrameworks.Flask).Select(a => a.Variable).ToHashSet();
        if (module.Syntax is not { } syntax)
        {
            return false;
        }
        var imports = new ImportMap(syntax, module.Package);
        return SyntaxSearch.AllCalls([.. MainGuard.Bodies(syntax)])
            .Any(c => c.Func is Attribute { Attr: "run", Value: Name app } && (imports.InstanceOf(app) == "flask.Flask" || flaskApps.Contains(app.Id)));
    }
}
