using Pyarch.Python.Ast;

namespace Pyarch.Project.Modules;

/// <summary>
/// Collects every import statement of a module, at any depth (inside functions, classes, <c>try</c> and
/// <c>if TYPE_CHECKING</c> blocks), and resolves relative imports against the module's package as
/// <c>importlib.util.resolve_name</c> does.
/// </summary>
public static class ImportCollector
{
    public static List<ImportRecord> Collect(Module module, string package, Func<Node, int> lineOf)
    {
        var imports = new List<ImportRecord>();
        Visit(module.Body, package, lineOf, imports);
        return imports;
    }

    /// <summary>Resolves <c>from ..x import y</c>: null when the dots climb above the top-level package.</summary>
    public static string? Resolve(string? module, int level, string package)
    {
        if (level == 0)
        {
            return module;
        }
        var parts = package.Length == 0 ? [] : package.Split('.').ToList();
        if (level - 1 > parts.Count || (parts.Count == 0 && level > 0 && module is null))
        {
            return null;
        }
        parts.RemoveRange(parts.Count - (level - 1), level - 1);
        if (module is not null)
        {
            parts.Add(module);
        }
        return parts.Count == 0 ? null : string.Join('.', parts);
    }

    private static void Visit(IReadOnlyList<Stmt> body, string package, Func<Node, int> lineOf, List<ImportRecord> imports)
    {
        foreach (var stmt in body)
        {
            switch (stmt)
            {
                case Import import:
                    foreach (var alias in import.Names)
                    {
                        imports.Add(new ImportRecord(alias.Name, [], lineOf(import), 0, false));
                    }
                    break;
                case ImportFrom from:
                    imports.Add(new ImportRecord(Resolve(from.Module, from.Level, package), from.Names.Select(n => n.Name).ToList(), lineOf(from), from.Level, true));
                    break;
                default:
                    foreach (var child in ChildBodies(stmt))
                    {
                        Visit(child, package, lineOf, imports);
                    }
                    break;
            }
        }
    }

    /// <summary>The statement lists nested in a compound statement.</summary>
    public static IEnumerable<IReadOnlyList<Stmt>> ChildBodies(Stmt stmt) => stmt switch
    {
        FunctionDef f => [f.Body],
        AsyncFunctionDef f => [f.Body],
        ClassDef c => [c.Body],
        If i => [i.Body, i.Orelse],
        For f => [f.Body, f.Orelse],
        AsyncFor f => [f.Body, f.Orelse],
        While w => [w.Body, w.Orelse],
        With w => [w.Body],
        AsyncWith w => [w.Body],
        Try t => [t.Body, .. t.Handlers.Select(h => h.Body), t.Orelse, t.Finalbody],
        TryStar t => [t.Body, .. t.Handlers.Select(h => h.Body), t.Orelse, t.Finalbody],
        Match m => m.Cases.Select(c => c.Body),
        _ => [],
    };
}
