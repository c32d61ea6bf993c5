using Pyarch.Project.Frameworks;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA310: Django's <c>csrf_exempt</c> on a view, or Flask-WTF's CSRF protection switched off for an application.</summary>
public sealed class CsrfProtectionDisabled : Rule, IPythonRule
{
    private const string CsrfExempt = "django.views.decorators.csrf.csrf_exempt";

    private const string WtfSetting = "WTF_CSRF_ENABLED";

    public override string Code => "PA310";

    public override string Name => "csrf-protection-disabled";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["semgrep:no-csrf-exempt", "semgrep:flask-wtf-csrf-disabled"];

    public override string Summary => "CSRF protection is switched off for a view or an application";

    public override string Documentation => """
        ## What it does
        Finds Django views exempted from CSRF checks with `csrf_exempt` (as a decorator, through `method_decorator`,
        or wrapped in `urls.py`), and Flask-WTF's `WTF_CSRF_ENABLED = False` set as a config class attribute,
        through `app.config[...]`/`app.config.update(...)`, or in a settings module.

        Test code is skipped: test modules and folders, config classes named for testing (`TestingConfig`), and
        assignments under `if app.testing:` or `if TESTING:` switch CSRF off on purpose.

        ## Why is this bad?
        Without the CSRF token check, any web page a logged-in user visits can submit forms to the application
        with that user's cookies: change their email, transfer money, delete data.

        ## Example
        ```python
        from django.http import JsonResponse
        from django.views.decorators.csrf import csrf_exempt

        @csrf_exempt
        def update_profile(request):
            request.user.email = request.POST["email"]
            request.user.save()
            return JsonResponse({"ok": True})
        ```

        ## Use instead
        ```python
        from django.http import JsonResponse
        from django.views.decorators.http import require_POST

        @require_POST
        def update_profile(request):
            request.user.email = request.POST["email"]
            request.user.save()
            return JsonResponse({"ok": True})
        ```

        ## References
        - [Django: Cross Site Request Forgery protection](https://docs.djangoproject.com/en/stable/ref/csrf/)
        - [Flask-WTF: CSRF Protection](https://flask-wtf.readthedocs.io/en/latest/csrf/)
        - [OWASP: Cross-Site Request Forgery Prevention](https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(Call), typeof(FunctionDef), typeof(AsyncFunctionDef), typeof(ClassDef), typeof(Assign)];

    public void Check(Node node, ModuleContext context)
    {
        if (DjangoAnalysis.IsTestPath(context.Module.Path))
        {
            return;
        }
        switch (node)
        {
            case FunctionDef function:
                Decorators(function.DecoratorList, context);
                break;
            case AsyncFunctionDef function:
                Decorators(function.DecoratorList, context);
                break;
            case ClassDef cls:
                Decorators(cls.DecoratorList, context);
                break;
            case Call call:
                CheckCall(call, context);
                break;
            case Assign assign when assign.Targets.Any(IsWtfTarget) && CallArguments.IsBool(assign.Value, false) && !InTestingContext(context):
                context.Report(assign, $"`{WtfSetting} = False` switches off Flask-WTF CSRF protection", "semgrep:flask-wtf-csrf-disabled");
                break;
        }
    }

    private static void Decorators(IReadOnlyList<Expr> decorators, ModuleContext context)
    {
        foreach (var decorator in decorators.Where(d => context.Imports.Is(d, CsrfExempt)))
        {
            context.Report(decorator, "`@csrf_exempt` switches off CSRF protection for this view", "semgrep:no-csrf-exempt");
        }
    }

    private static void CheckCall(Call call, ModuleContext context)
    {
        if (context.Imports.Is(call.Func, CsrfExempt))
        {
            context.Report(call, "`csrf_exempt(...)` switches off CSRF protection for this view", "semgrep:no-csrf-exempt");
            return;
        }
        foreach (var argument in call.Args.Where(a => context.Imports.Is(a, CsrfExempt)))
        {
            context.Report(argument, "`csrf_exempt` switches off CSRF protection for this view", "semgrep:no-csrf-exempt");
        }
        if (call.Func is Attribute { Attr: "update" or "from_mapping", Value: Attribute { Attr: "config" } } && !InTestingContext(context))
        {
            var disabled = call.Keywords.Where(k => k.Name == WtfSetting).Select(k => k.Value)
                .Concat(call.Args.OfType<Dict>().SelectMany(d => d.Keys.Zip(d.Values).Where(p => CallArguments.Str(p.First) == WtfSetting).Select(p => p.Second)));
            foreach (var value in disabled.Where(v => CallArguments.IsBool(v, false)))
            {
                context.Report(value, $"`{WtfSetting}=False` switches off Flask-WTF CSRF protection", "semgrep:flask-wtf-csrf-disabled");
            }
        }
    }

    private static bool IsWtfTarget(Expr target) => target switch
    {
        Name { Id: WtfSetting } => true,
        Subscript { Value: Attribute { Attr: "config" }, Slice: var key } => CallArguments.Str(key) == WtfSetting,
        _ => false,
    };

    /// <summary>Inside a test config class (<c>TestingConfig</c>) or under a condition that tests for testing (<c>if app.testing:</c>).</summary>
    private static bool InTestingContext(ModuleContext context) => context.Ancestors.Any(a => a switch
    {
        ClassDef cls => cls.Name.Contains("Test", StringComparison.OrdinalIgnoreCase),
        If branch => Mentions(branch.Test, "testing"),
        FunctionDef function => function.Name.Contains("test", StringComparison.OrdinalIgnoreCase),
        _ => false,
    });

    private static bool Mentions(Expr test, string word) => test switch
    {
        Name name => name.Id.Contains(word, StringComparison.OrdinalIgnoreCase),
        Attribute attribute => attribute.Attr.Contains(word, StringComparison.OrdinalIgnoreCase) || Mentions(attribute.Value, word),
        Subscript subscript => CallArguments.Str(subscript.Slice)?.Contains(word, StringComparison.OrdinalIgnoreCase) == true || Mentions(subscript.Value, word),
        UnaryOp unary => Mentions(unary.Operand, word),
        BoolOp boolean => boolean.Values.Any(v => Mentions(v, word)),
        Compare compare => Mentions(compare.Left, word) || compare.Comparators.Any(c => Mentions(c, word)),
        _ => false,
    };
}
