using Pyarch.Project.Frameworks;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Rules.Configuration;

/// <summary>PA210: <c>DJANGO_ALLOW_ASYNC_UNSAFE</c> set by a deployment file or by the code.</summary>
public sealed class DjangoAllowAsyncUnsafeSet : Rule, IPythonRule, IProjectRule
{
    private const string Variable = "DJANGO_ALLOW_ASYNC_UNSAFE";

    public override string Code => "PA210";

    public override string Name => "django-allow-async-unsafe-set";

    public override RuleCategory Category => RuleCategory.Configuration;

    public override Severity DefaultSeverity => Severity.Error;

    public override IReadOnlyList<string> Anchors => ["django:async.E001"];

    public override string Summary => "`DJANGO_ALLOW_ASYNC_UNSAFE` is set in a deployment file or by the code";

    public override string Documentation => """
        ## What it does
        Finds `DJANGO_ALLOW_ASYNC_UNSAFE` given a value in a Dockerfile `ENV`/`ARG`, a compose `environment:`, an
        assignment before a command (Procfile, compose, platform files, start scripts), a `.env` file, or by the code
        through `os.environ[...] =`, `os.environ.setdefault` or `os.putenv`. Templates such as `.env.example`, files
        for development (`docker-compose.dev.yml`, `compose/local/`, `.env.test`) and test code (`tests/`, `test_*.py`,
        `conftest.py`) are left alone: a test run or a notebook may need it.

        ## Why is this bad?
        Django refuses to run ORM queries from inside an event loop because a connection used from several coroutines
        at once corrupts transactions. The variable turns that protection off for the whole process. Django's
        `check --deploy` reports `async.E001` whenever it holds any non-empty value, even `false`.

        ## Example
        ```dockerfile
        FROM python:3.12-slim
        ENV DJANGO_ALLOW_ASYNC_UNSAFE=true
        CMD ["gunicorn", "config.wsgi"]
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim
        CMD ["gunicorn", "config.wsgi"]
        ```

        ```python
        from asgiref.sync import sync_to_async

        from shop.models import Order


        async def count_orders():
            return await sync_to_async(Order.objects.count)()
        ```

        ## References
        - [Django: Async safety](https://docs.djangoproject.com/en/stable/topics/async/#async-safety)
        - [Django: System check framework, async.E001](https://docs.djangoproject.com/en/stable/ref/checks/#asynchronous-support)
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
            case Assign { Targets: [Subscript { Value: var environ, Slice: var key }], Value: var value }
                when context.Imports.Is(environ, "os.environ") && IsVariable(key) && !IsEmptyString(value):
                context.Report(node, $"`os.environ[\"{Variable}\"]` is assigned, which turns off Django's async safety checks", Anchors[0]);
                break;
            case Call { Func: var func, Args: [var key, var value, ..] }
                when context.Imports.Is(func, "os.environ.setdefault", "os.putenv") && IsVariable(key) && !IsEmptyString(value):
                context.Report(node, $"`{context.Imports.Qualify(func)}` sets `{Variable}`, which turns off Django's async safety checks", Anchors[0]);
                break;
        }
    }

    public void Check(ProjectContext context)
    {
        foreach (var variable in DeploymentEnvironment.All(context.Model))
        {
            if (variable is { Name: Variable, HasValue: true } && !DeploymentEnvironment.IsTemplate(variable.File)
                && !DeploymentScope.IsDevelopmentOnly(variable.File))
            {
                context.Report(variable.File, variable.Line, $"`{Variable}` is set in `{variable.File}`, which turns off Django's async safety checks", Variable, Anchors[0]);
            }
        }
    }

    private static bool IsVariable(Expr key) => key is Constant { Value: ConstantValue.Str { Value: Variable } };

    private static bool IsEmptyString(Expr value) => value is Constant { Value: ConstantValue.Str { Value: "" } };
}
