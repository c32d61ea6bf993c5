using Pyarch.Project.Frameworks;
using Pyarch.Python.Ast;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// What a plain name was assigned in the scope being checked: the enclosing function's own statements (not nested
/// functions), or the module's top-level statements when the function neither assigns the name nor takes it as a
/// parameter. Flow is ignored: every assignment in the scope counts, so a name assigned twice has two values.
/// </summary>
public static class LocalValues
{
    /// <summary>One assignment to the name; <see cref="Augmented"/> for <c>name += value</c>.</summary>
    public sealed record Assignment(Expr Value, bool Augmented);

    public static IReadOnlyList<Assignment> Of(string name, ModuleContext context)
    {
        if (context.EnclosingFunction is { } function)
        {
            var (body, parameters) = function switch
            {
                FunctionDef f => (f.Body, f.Args),
                AsyncFunctionDef f => (f.Body, f.Args),
                _ => throw new InvalidOperationException("an enclosing function is a def"),
            };
            var local = In(body, name, context);
            if (local.Count > 0 || Parameters(parameters).Any(p => p.Name == name))
            {
                return local;
            }
        }
        return In(context.Syntax.Body, name, context);
    }

    /// <summary>
    /// The expression a name stands for when the scope assigns it exactly once (followed through up to four names),
    /// else the expression itself.
    /// </summary>
    public static Expr Resolve(Expr expr, ModuleContext context)
    {
        for (int depth = 0; depth < 4 && expr is Name name; depth++)
        {
            if (Of(name.Id, context) is not [{ Augmented: false } only])
            {
                break;
            }
            expr = only.Value;
        }
        return expr;
    }

    public static IEnumerable<Arg> Parameters(Arguments args) =>
        args.PosonlyArgs.Concat(args.Args).Concat(args.KwonlyArgs)
            .Concat(args.Vararg is null ? [] : [args.Vararg])
            .Concat(args.Kwarg is null ? [] : [args.Kwarg]);

    /// <summary>The assignments to <paramref name="name"/> in one scope's body, from an index of that scope made once per module.</summary>
    private static IReadOnlyList<Assignment> In(IReadOnlyList<Stmt> body, string name, ModuleContext context)
    {
        if (!context.ScopeAssignments.TryGetValue(body, out var index))
        {
            index = Index(body);
            context.ScopeAssignments.Add(body, index);
        }
        return index.TryGetValue(name, out var assignments) ? assignments : [];
    }

    private static Dictionary<string, List<Assignment>> Index(IReadOnlyList<Stmt> body)
    {
        var index = new Dictionary<string, List<Assignment>>(StringComparer.Ordinal);
        foreach (var stmt in SyntaxSearch.ModuleLevel(body))
        {
            switch (stmt)
            {
                case Assign a:
                    // A name assigned twice in one statement (a = a = 1) is still one assignment.
                    foreach (string target in a.Targets.OfType<Name>().Select(n => n.Id).Distinct())
                    {
                        Add(target, new Assignment(a.Value, false));
                    }
                    break;
                case AnnAssign { Target: Name n, Value: { } value }:
                    Add(n.Id, new Assignment(value, false));
                    break;
                case AugAssign { Target: Name n, Value: var value }:
                    Add(n.Id, new Assignment(value, true));
                    break;
            }
        }
        return index;

        void Add(string name, Assignment assignment)
        {
            if (!index.TryGetValue(name, out var list))
            {
                index[name] = list = [];
            }
            list.Add(assignment);
        }
    }
}
