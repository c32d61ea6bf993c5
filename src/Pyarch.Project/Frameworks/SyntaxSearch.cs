using Pyarch.Project.Modules;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Project.Frameworks;

/// <summary>
/// The few traversals the framework readers need: statements at module level (through <c>if</c>/<c>try</c>,
/// not into functions), all statements, and every call inside a statement's expressions.
/// </summary>
public static class SyntaxSearch
{
    /// <summary>Statements that run when the module is imported: module level, including inside <c>if</c>, <c>try</c> and <c>with</c>.</summary>
    public static IEnumerable<Stmt> ModuleLevel(IReadOnlyList<Stmt> body)
    {
        foreach (var stmt in body)
        {
            yield return stmt;
            if (stmt is FunctionDef or AsyncFunctionDef or ClassDef)
            {
                continue;
            }
            foreach (var child in ImportCollector.ChildBodies(stmt))
            {
                foreach (var nested in ModuleLevel(child))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>Every statement at any depth.</summary>
    public static IEnumerable<Stmt> All(IReadOnlyList<Stmt> body)
    {
        foreach (var stmt in body)
        {
            yield return stmt;
            foreach (var child in ImportCollector.ChildBodies(stmt))
            {
                foreach (var nested in All(child))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>The expressions a statement holds directly (not those of nested statements).</summary>
    public static IEnumerable<Expr> Expressions(Stmt stmt) => stmt switch
    {
        ExprStmt e => [e.Value],
        Assign a => [.. a.Targets, a.Value],
        AnnAssign a when a.Value is not null => [a.Target, a.Value],
        AugAssign a => [a.Target, a.Value],
        Return { Value: { } v } => [v],
        FunctionDef f => f.DecoratorList,
        AsyncFunctionDef f => f.DecoratorList,
        ClassDef c => [.. c.DecoratorList, .. c.Bases],
        If i => [i.Test],
        With w => w.Items.Select(i => i.ContextExpr),
        AsyncWith w => w.Items.Select(i => i.ContextExpr),
        _ => [],
    };

    /// <summary>Every call in an expression, outermost first.</summary>
    public static IEnumerable<Call> Calls(Expr expr) => Descendants(expr).OfType<Call>();

    /// <summary>An expression and every expression inside it, outermost first.</summary>
    public static IEnumerable<Expr> Descendants(Expr expr)
    {
        var stack = new Stack<Expr>();
        stack.Push(expr);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var child in Children(current))
            {
                stack.Push(child);
            }
        }
    }

    private static IEnumerable<Expr> Children(Expr expr) => expr switch
    {
        Call c => [c.Func, .. c.Args, .. c.Keywords.Select(k => k.Value)],
        Attribute a => [a.Value],
        Await a => [a.Value],
        Starred s => [s.Value],
        Python.Ast.List l => l.Elts,
        Python.Ast.Tuple t => t.Elts,
        Set s => s.Elts,
        Dict d => [.. d.Keys.OfType<Expr>(), .. d.Values],
        BinOp b => [b.Left, b.Right],
        BoolOp b => b.Values,
        IfExp i => [i.Test, i.Body, i.Orelse],
        Subscript s => [s.Value, s.Slice],
        Lambda l => [l.Body],
        ListComp l => [l.Elt, .. l.Generators.Select(g => g.Iter)],
        GeneratorExp g => [g.Elt, .. g.Generators.Select(x => x.Iter)],
        SetComp s => [s.Elt, .. s.Generators.Select(x => x.Iter)],
        DictComp d => [d.Key, d.Value, .. d.Generators.Select(x => x.Iter)],
        Compare c => [c.Left, .. c.Comparators],
        UnaryOp u => [u.Operand],
        NamedExpr n => [n.Value],
        JoinedStr j => j.Values,
        FormattedValue f => [f.Value],
        _ => [],
    };

    /// <summary>Every call anywhere in a list of statements.</summary>
    public static IEnumerable<Call> AllCalls(IReadOnlyList<Stmt> body) =>
        All(body).SelectMany(Expressions).SelectMany(Calls);

    /// <summary>A module-level <c>name = value</c> (or annotated) binding: the name and the value.</summary>
    public static (string Name, Expr Value, Stmt Statement)? Binding(Stmt stmt) => stmt switch
    {
        Assign { Targets: [Name target], Value: var value } => (target.Id, value, stmt),
        AnnAssign { Target: Name target, Value: { } value } => (target.Id, value, stmt),
        _ => null,
    };
}
