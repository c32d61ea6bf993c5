using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Rules.Security;

/// <summary>PA316: request data written to models with no schema in between, raw-body FastAPI parameters, and ModelForms that expose every field.</summary>
public sealed class UnvalidatedInput : Rule, IPythonRule
{
    private static readonly HashSet<string> ValidatingMethods = new(StringComparer.Ordinal)
    {
        "model_validate", "model_validate_json", "parse_obj", "parse_raw", "validate_python", "validate_json", "load", "validate", "is_valid",
    };

    private static readonly string[] SchemaLibraries =
    [
        "pydantic.", "marshmallow.", "rest_framework.serializers.", "django.forms.", "wtforms.", "flask_wtf.", "jsonschema.", "cerberus.",
        "voluptuous.", "schema.", "attrs.", "cattrs.", "msgspec.",
    ];

    private static readonly string[] SchemaSuffixes = ["Form", "FormSet", "Serializer", "Schema", "Validator"];

    private static readonly HashSet<string> WriteMethods = new(StringComparer.Ordinal) { "create", "update", "get_or_create", "update_or_create" };

    private static readonly HashSet<string> QuerysetSteps = new(StringComparer.Ordinal)
    {
        "objects", "query", "filter", "filter_by", "exclude", "where", "all", "select_for_update",
    };

    private static readonly HashSet<string> RouteMethods = new(StringComparer.Ordinal) { "get", "post", "put", "patch", "delete", "api_route" };

    private static readonly string[] RawBodyTypes = ["dict", "typing.Dict", "typing.Any", "typing.Mapping", "typing.MutableMapping", "collections.abc.Mapping"];

    private static readonly string[] StarletteRequest = ["starlette.requests.Request", "fastapi.Request", "fastapi.requests.Request"];

    private static readonly string[] ModelForms = ["django.forms.ModelForm", "django.forms.models.ModelForm"];

    private static readonly TaintPolicy Policy = new(RequestPart.Body, IsSchemaLoad, (_, _) => false);

    public override string Code => "PA316";

    public override string Name => "unvalidated-input";

    public override RuleCategory Category => RuleCategory.Security;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["semgrep:mass-assignment", "ruff:DJ006", "ruff:DJ007"];

    public override string Summary => "Request data is written to models without a schema, or a form exposes every model field";

    public override string Documentation => """
        ## What it does
        Finds, within one function, request bodies (`request.json`, `request.get_json()`, `request.form`,
        `request.POST`, `request.data`, `await request.json()`) that reach a model write with no schema load on the
        way: `Model(**data)`, `Model.objects.create(**data)`, `.update(**data)`/`.update(data)` on a query,
        `get_or_create`/`update_or_create`, and `setattr(obj, key, value)` with a key from the request. A Pydantic,
        marshmallow, DRF serializer, Django or WTForms form, jsonschema or similar validation in between makes the
        data clean. A field copied by name (`User(name=data["name"])`) is a deliberate choice and is not reported.

        It also finds FastAPI routes whose body parameter is typed `dict` or `Any`, routes that read the raw body of
        a `Request` and validate nothing in the function, and Django `ModelForm`s whose `Meta` uses
        `fields = "__all__"` (ruff DJ007) or `exclude` (ruff DJ006).

        ## Why is this bad?
        Whatever keys the client sends become model fields: `is_staff`, `balance`, `owner_id`. Unvalidated values
        of the wrong type or size reach the database and the code that trusts it. A form with all fields, or with
        only some excluded, exposes every field added to the model later, silently.

        ## Example
        ```python
        from flask import Flask, request

        from shop.models import Customer, db

        app = Flask(__name__)

        @app.post("/customers")
        def create_customer():
            customer = Customer(**request.get_json())
            db.session.add(customer)
            db.session.commit()
            return {"id": customer.id}, 201
        ```

        ## Use instead
        ```python
        from flask import Flask, request

        from shop.models import Customer, db
        from shop.schemas import CustomerSchema

        app = Flask(__name__)

        @app.post("/customers")
        def create_customer():
            fields = CustomerSchema().load(request.get_json())
            customer = Customer(**fields)
            db.session.add(customer)
            db.session.commit()
            return {"id": customer.id}, 201
        ```

        ## References
        - [OWASP: Mass Assignment Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Mass_Assignment_Cheat_Sheet.html)
        - [Django: Selecting the fields to use](https://docs.djangoproject.com/en/stable/topics/forms/modelforms/#selecting-the-fields-to-use)
        - [FastAPI: Request Body](https://fastapi.tiangolo.com/tutorial/body/)
        - [Ruff DJ006](https://docs.astral.sh/ruff/rules/django-exclude-with-model-form/), [DJ007](https://docs.astral.sh/ruff/rules/django-all-with-model-form/)
        """;

    public IReadOnlyList<Type> NodeTypes { get; } = [typeof(FunctionDef), typeof(AsyncFunctionDef), typeof(ClassDef)];

    public void Check(Node node, ModuleContext context)
    {
        switch (node)
        {
            case ClassDef cls when cls.Bases.Any(b => context.Imports.Is(b, ModelForms)):
                CheckModelForm(cls, context);
                break;
            case FunctionDef function:
                CheckFunction(function, function.Args, function.DecoratorList, context);
                break;
            case AsyncFunctionDef function:
                CheckFunction(function, function.Args, function.DecoratorList, context);
                break;
        }
    }

    private static void CheckFunction(Stmt function, Arguments arguments, IReadOnlyList<Expr> decorators, ModuleContext context)
    {
        bool route = context.Imports.Imports("fastapi") && decorators.Any(d => d is Call { Func: Attribute { Attr: var verb } } && RouteMethods.Contains(verb));
        var parameters = arguments.PosonlyArgs.Concat(arguments.Args).Concat(arguments.KwonlyArgs).ToList();
        if (route)
        {
            foreach (var arg in parameters.Where(a => a.Annotation is { } t && IsRawBody(t, context)))
            {
                context.Report(arg, $"FastAPI parameter `{context.Source[arg.Range]}` takes the request body with no schema", "semgrep:mass-assignment");
            }
        }
        var rawRequests = route
            ? parameters.Where(a => a.Annotation is { } t && context.Imports.Is(t, StarletteRequest)).Select(a => a.Name).ToHashSet(StringComparer.Ordinal)
            : [];
        if (rawRequests.Count == 0 && RequestData.RequestParameters(function, context.Imports).Count == 0 && !context.Imports.Imports("flask"))
        {
            return;
        }
        Call? rawRead = null;
        bool validated = false;
        bool reported = false;
        TaintFlow.Run(function, context.Imports, Policy, (call, flow) =>
        {
            if (rawRead is null && call.Func is Attribute { Attr: "json" or "form" or "body", Value: Name owner } && rawRequests.Contains(owner.Id))
            {
                rawRead = call;
            }
            validated |= IsSchemaLoad(call, context.Imports);
            reported |= CheckWrite(call, flow, context);
        });
        if (rawRead is not null && !validated && !reported)
        {
            context.Report(rawRead, $"`{context.Source[rawRead.Range]}` reads the raw request body and nothing in the route validates it", "semgrep:mass-assignment");
        }
    }

    /// <summary>Reports a model write fed with request data; true when it did.</summary>
    private static bool CheckWrite(Call call, TaintFlow flow, ModuleContext context)
    {
        string? source = null;
        if (call.Func is Attribute { Attr: var method, Value: var receiver } && WriteMethods.Contains(method) && IsQueryset(receiver))
        {
            source = call.Keywords.Where(k => k.Name is null or "defaults").Select(k => flow.SourceOf(k.Value)).FirstOrDefault(s => s is not null)
                ?? (method == "update" && call.Args.Count == 1 ? flow.SourceOf(call.Args[0]) : null);
        }
        else if (context.Imports.Is(call.Func, "setattr") && call.Args.Count == 3)
        {
            source = flow.SourceOf(call.Args[1]);
        }
        else if (IsModelClass(call.Func, context))
        {
            source = call.Keywords.Where(k => k.Name is null).Select(k => flow.SourceOf(k.Value)).FirstOrDefault(s => s is not null);
        }
        if (source is null)
        {
            return false;
        }
        context.Report(call, $"Data from `{source}` reaches `{context.Source[call.Func.Range]}` without a schema", "semgrep:mass-assignment");
        return true;
    }

    private static void CheckModelForm(ClassDef form, ModuleContext context)
    {
        foreach (var meta in form.Body.OfType<ClassDef>().Where(c => c.Name == "Meta"))
        {
            foreach (var assign in meta.Body.OfType<Assign>())
            {
                switch (assign.Targets)
                {
                    case [Name { Id: "fields" }] when CallArguments.Str(assign.Value) == "__all__":
                        context.Report(assign, $"ModelForm `{form.Name}` uses `fields = \"__all__\"`", "ruff:DJ007");
                        break;
                    case [Name { Id: "exclude" }]:
                        context.Report(assign, $"ModelForm `{form.Name}` uses `exclude`", "ruff:DJ006");
                        break;
                }
            }
        }
    }

    private static bool IsRawBody(Expr annotation, ModuleContext context) => annotation switch
    {
        Subscript { Value: var generic } => context.Imports.Is(generic, RawBodyTypes),
        _ => context.Imports.Is(annotation, RawBodyTypes),
    };

    /// <summary>A schema load: a validating method (<c>Schema().load(data)</c>, <c>Item.model_validate(data)</c>), or a form, serializer or schema built from the data.</summary>
    private static bool IsSchemaLoad(Call call, ImportMap imports)
    {
        string? name = imports.Qualify(call.Func);
        if (call.Func is Attribute { Attr: var method } && ValidatingMethods.Contains(method) && name is not ("json.load" or "pickle.load" or "yaml.load"))
        {
            return true;
        }
        if (name is null)
        {
            return false;
        }
        string last = name[(name.LastIndexOf('.') + 1)..];
        return SchemaLibraries.Any(l => name.StartsWith(l, StringComparison.Ordinal))
            || SchemaSuffixes.Any(s => last.EndsWith(s, StringComparison.Ordinal))
            || name.Contains(".schemas.", StringComparison.Ordinal) || name.StartsWith("schemas.", StringComparison.Ordinal);
    }

    /// <summary>A receiver that is a Django manager or queryset, or a SQLAlchemy query: <c>User.objects</c>, <c>User.objects.filter(...)</c>, <c>session.query(User).filter_by(...)</c>.</summary>
    private static bool IsQueryset(Expr receiver) => receiver switch
    {
        Attribute attribute => QuerysetSteps.Contains(attribute.Attr) || IsQueryset(attribute.Value),
        Call { Func: Attribute { Attr: var step } method } => QuerysetSteps.Contains(step) || IsQueryset(method.Value),
        _ => false,
    };

    /// <summary>An ORM model class: imported from a <c>models</c> module, or defined here on a model base (<c>models.Model</c>, <c>db.Model</c>, <c>Base</c>, <c>SQLModel</c>).</summary>
    private static bool IsModelClass(Expr callee, ModuleContext context)
    {
        if (context.Imports.Qualify(callee) is { } name)
        {
            var parts = name.Split('.');
            return parts.Length > 1 && parts[..^1].Contains("models");
        }
        return callee is Name local && context.Syntax.Body.OfType<ClassDef>().FirstOrDefault(c => c.Name == local.Id) is { } cls
            && cls.Bases.Any(b => context.Imports.Qualify(b) is { } baseName && (baseName.EndsWith(".Model", StringComparison.Ordinal)
                || baseName.EndsWith("Base", StringComparison.Ordinal) || baseName == "sqlmodel.SQLModel"));
    }
}
