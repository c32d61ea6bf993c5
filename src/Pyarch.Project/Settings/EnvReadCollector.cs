using Pyarch.Project.Frameworks;
using Pyarch.Project.Modules;
using Pyarch.Python;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Project.Settings;

/// <summary>
/// Collects every environment read of one module while it is loaded, at any depth (functions, classes, defaults),
/// so the list survives when the loader drops the syntax tree: <c>os.environ[...]</c>, <c>os.environ.get</c>,
/// <c>os.getenv</c>, django-environ and python-decouple reads, and pydantic <c>BaseSettings</c> fields. Names resolve
/// through the module's imports and its module-level <c>env = environ.Env(...)</c> bindings; a module that
/// star-imports a sibling may use the <c>os</c> or <c>env</c> its base settings bind, as django-environ's docs do.
/// </summary>
public sealed class EnvReadCollector : PythonWalker
{
    private static readonly HashSet<string> Triggers = ["os", "environ", "decouple", "pydantic", "pydantic_settings"];

    /// <summary>The last name of every callee that can read the environment: <c>os.getenv</c>, <c>os.environ.get</c>, <c>env.bool</c>, ...</summary>
    private static readonly HashSet<string> ReadingAttributes =
    [
        "getenv", "get", "str", "bool", "int", "float", "list", "tuple", "dict", "json", "url", "db", "db_url", "cache",
        "cache_url", "email", "email_url", "search_url", "path", "config",
    ];

    private readonly SettingsEvaluator _evaluator;
    private readonly Func<string, bool> _mayRead;
    private readonly List<EnvRead> _reads = [];

    private EnvReadCollector(PythonModule module, Module syntax)
    {
        var symbols = new PythonSymbols(module);
        var instances = new Dictionary<string, Expr>(StringComparer.Ordinal);
        foreach (var stmt in syntax.Body)
        {
            if (SyntaxSearch.Binding(stmt) is (var name, Call call, _))
            {
                instances[name] = call;
            }
        }
        bool starImports = module.Imports.Any(i => i.IsStar && i.Level > 0);
        var resolving = new HashSet<string>(StringComparer.Ordinal);
        SettingValue? Lookup(string name)
        {
            if (symbols.Bound(name) is { } qualified)
            {
                return new SettingValue.Symbol(qualified);
            }
            if (instances.TryGetValue(name, out var constructor) && resolving.Add(name))
            {
                var value = _evaluator!.Evaluate(constructor);
                resolving.Remove(name);
                return value as SettingValue.Instance;
            }
            return (name, starImports) switch
            {
                ("env", true) => new SettingValue.Instance("environ.Env", new Dictionary<string, SettingValue>()),
                ("os", true) => new SettingValue.Symbol("os"),
                _ => null,
            };
        }
        _evaluator = new SettingsEvaluator(Lookup, EnvWorld.Unset, module.Path, module.LineOf);
        _mayRead = name => instances.ContainsKey(name) || (starImports && name is "env" or "os")
            || symbols.Bound(name) is { } bound && Triggers.Contains(bound.Split('.')[0]);
    }

    /// <summary>The reads of a parsed module (its <see cref="PythonModule.Syntax"/> and source set), in source order.</summary>
    public static IReadOnlyList<EnvRead> Collect(PythonModule module)
    {
        if (module.Syntax is not { } syntax || !module.Imports.Any(i => (i.TopLevel is { } top && Triggers.Contains(top)) || (i.IsStar && i.Level > 0)))
        {
            return [];
        }
        var collector = new EnvReadCollector(module, syntax);
        collector.Visit(syntax);
        collector._reads.AddRange(PydanticSettingsReader.Read(module));
        return collector._reads;
    }

    public override void VisitCall(Call node)
    {
        bool candidate = node.Func switch
        {
            Name name => _mayRead(name.Id),
            Attribute attribute => ReadingAttributes.Contains(attribute.Attr) && IsNamePath(attribute.Value),
            _ => false,
        };
        if (candidate && _evaluator.EnvReadOf(node) is { } read)
        {
            _reads.Add(read);
        }
        base.VisitCall(node);
    }

    public override void VisitSubscript(Subscript node)
    {
        if (node.Value is Attribute { Attr: "environ" } or Name { Id: "environ" } && IsNamePath(node.Value) && _evaluator.EnvReadOf(node) is { } read)
        {
            _reads.Add(read);
        }
        base.VisitSubscript(node);
    }

    /// <summary>Only <c>name.attr.attr</c> callees with a reading last name are evaluated, which keeps loading cheap.</summary>
    private static bool IsNamePath(Expr expr) => expr switch
    {
        Name => true,
        Attribute a => IsNamePath(a.Value),
        _ => false,
    };
}
