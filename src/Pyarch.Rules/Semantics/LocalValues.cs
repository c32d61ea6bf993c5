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
            var local = In(body, name);
            if (local.Count > 0 || Parameters(parameters).Any(p => p.Name == name))
            {
                return local;
            }
        }
        return In(context.Syntax.Body, name);
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

    private static List<Assignment> In(IReadOnlyList<Stmt> body, string name) =>
        SyntaxSearch.ModuleLevel(body)
            .Select(stmt => stmt switch
            {
                Assign a when a.Targets.Any(t => t is Name n && n.Id == name) => new Assignment(a.Value, false),
                AnnAssign { Target: Name n, Value: { } value } when n.Id == name => new Assignment(value, false),
                AugAssign { Target: Name n, Value: var value } when n.Id == name => new Assignment(value, true),
                _ => null,
            })
            .OfType<Assignment>()
            .ToList();
}
