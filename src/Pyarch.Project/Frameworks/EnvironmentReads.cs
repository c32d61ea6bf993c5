using Pyarch.Project.Modules;
using Pyarch.Project.Settings;
using Pyarch.Python;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Project.Frameworks;

/// <summary>
/// The environment variables a module reads by name: <c>os.environ["X"]</c>, <c>os.environ.get("X")</c>,
/// <c>os.getenv("X")</c>, django-environ's <c>env("X")</c>/<c>env.bool("X")</c>, and the fields of a pydantic
/// <c>BaseSettings</c> class (upper-cased, with its <c>env_prefix</c>). Collected while the tree is parsed, as most
/// trees are dropped after loading. Calls to project functions with a variable-like literal are kept with the callee,
/// so that a wrapper defined elsewhere (<c>env_str("DEBUG")</c>) resolves once every module is known.
/// </summary>
public static class EnvironmentReads
{
    private static readonly string[] Getters = ["os.environ.get", "os.getenv", "os.environ.setdefault", "os.environ.pop"];

    private static readonly string[] EnvFactories = ["environ.Env", "environ.FileAwareEnv"];

    /// <summary>The module's reads, its wrapper functions, and its settings classes; <paramref name="isProjectName"/> tells the project's top-level names.</summary>
    public static (IReadOnlyList<EnvironmentRead> Reads, IReadOnlyList<string> Wrappers, IReadOnlyList<PydanticSettingsClass> SettingsClasses) Collect(
        PythonModule module, Func<string, bool> isProjectName)
    {
        if (module.Syntax is not { } syntax)
        {
            return ([], [], []);
        }
        var symbols = new PythonSymbols(module);
        var envObjects = SyntaxSearch.ModuleLevel(syntax.Body)
            .Select(SyntaxSearch.Binding)
            .Where(b => b is { Value: Call call } && symbols.Is(call.Func, EnvFactories))
            .Select(b => b!.Value.Name)
            .ToHashSet(StringComparer.Ordinal);
        // One reader of pydantic settings fields serves both this list and the settings model. The fields of a subclass
        // of project classes go via the subclass itself, so that they count once it is known to be settings.
        var classes = PydanticSettingsReader.Classes(module, isProjectName).ToList();
        var reads = classes
            .SelectMany(c => c.Fields.Select(r => new EnvironmentRead(r.Name, r.Line, !r.HasDefault, c.Class.ProjectBases.Count == 0 ? null : c.Class.Name)))
            .ToList();
        new ReadFinder(module, symbols, envObjects, reads).Visit(syntax);
        var wrappers = syntax.Body.OfType<FunctionDef>()
            .Where(f => f.Args.Args.Count > 0 && ReadsParameter(f, f.Args.Args[0].Name, symbols))
            .Select(f => module.QualifiedName(f.Name))
            .ToList();
        return (reads, wrappers, classes.Select(c => c.Class).ToList());
    }

    /// <summary>Every read anywhere in the module (loops, asserts, defaults, comprehensions too), in source order.</summary>
    private sealed class ReadFinder(PythonModule module, PythonSymbols symbols, HashSet<string> envObjects, List<EnvironmentRead> reads) : PythonWalker
    {
        public override void VisitCall(Call node)
        {
            if (!AddRead(node) && node.Args is [var first, ..] && PythonSymbols.Str(first) is { } key && IsVariableName(key)
                && symbols.Qualify(node.Func) is { } callee)
            {
                reads.Add(new EnvironmentRead(key, module.LineOf(node), node.Args.Count == 1 && node.Keywords.Count == 0, callee));
            }
            base.VisitCall(node);
        }

        public override void VisitSubscript(Subscript node)
        {
            AddRead(node);
            base.VisitSubscript(node);
        }

        private bool AddRead(Expr node)
        {
            if (Read(node, symbols, envObjects) is not var (name, required))
            {
                return false;
            }
            reads.Add(new EnvironmentRead(name, module.LineOf(node), required));
            return true;
        }
    }

    private static bool IsVariableName(string key) =>
        key.Length > 1 && char.IsAsciiLetterUpper(key[0]) && key.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    private static bool ReadsParameter(FunctionDef function, string parameter, PythonSymbols symbols) =>
        SyntaxSearch.AllExpressions(function.Body).Any(e => e switch
        {
            Call { Args: [Name { Id: var id }, ..] } call => id == parameter && symbols.Is(call.Func, Getters),
            Subscript { Slice: Name { Id: var id } } subscript => id == parameter && symbols.Qualify(subscript.Value) == "os.environ",
            _ => false,
        });

    private static (string Name, bool Required)? Read(Expr expr, PythonSymbols symbols, HashSet<string> envObjects)
    {
        switch (expr)
        {
            case Subscript { Slice: var key } subscript when PythonSymbols.Str(key) is { } name && symbols.Qualify(subscript.Value) == "os.environ":
                return (name, true);
            case Call { Args: [var first, ..] } call when PythonSymbols.Str(first) is { } name:
                bool hasDefault = call.Args.Count > 1 || call.Keywords.Any(k => k.Name == "default");
                // Most calls given a string are methods of something else (logger.info("...")): their name says so.
                if (call.Func is not Attribute { Attr: not ("get" or "getenv" or "setdefault" or "pop") } && symbols.Is(call.Func, Getters))
                {
                    return (name, false);
                }
                bool envCall = call.Func is Name n && envObjects.Contains(n.Id)
                    || call.Func is Attribute { Value: Name owner } && envObjects.Contains(owner.Id);
                return envCall ? (name, !hasDefault) : null;
            default:
                return null;
        }
    }
}
