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
    public static IEnumerable<Stmt> ModuleLevel(IReadOnlyList<Stmt> body) => PreOrder(body, intoDefinitions: false);

    /// <summary>Every statement at any depth.</summary>
    public static IEnumerable<Stmt> All(IReadOnlyList<Stmt> body) => PreOrder(body, intoDefinitions: true);

    /// <summary>
    /// Statements in source order, each before the statements nested in it. One explicit stack rather than nested
    /// iterators: every reader of every module walks this, and nested <c>yield</c>s cost a step per level.
    /// </summary>
    private static IEnumerable<Stmt> PreOrder(IReadOnlyList<Stmt> body, bool intoDefinitions)
    {
        var stack = new Stack<(IReadOnlyList<Stmt> Body, int Next)>();
        stack.Push((body, 0));
        var nested = new List<IReadOnlyList<Stmt>>();
        while (stack.TryPop(out var frame))
        {
            if (frame.Next >= frame.Body.Count)
            {
                continue;
            }
            var stmt = frame.Body[frame.Next];
            stack.Push((frame.Body, frame.Next + 1));
            yield return stmt;
            if (!intoDefinitions && stmt is FunctionDef or AsyncFunctionDef or ClassDef)
            {
                continue;
            }
            nested.Clear();
            nested.AddRange(ImportCollector.ChildBodies(stmt));
            for (int i = nested.Count - 1; i >= 0; i--)
            {
                stack.Push((nested[i], 0));
            }
        }
    }

    /// <summary>The expressions a statement holds directly (not those of nested statements).</summary>
    public static IEnumerable<Expr> Expressions(Stmt stmt)
    {
        // One table of which expressions a statement holds: PushExpressions, which AllExpressions walks with. A stack
        // enumerates from its top, which is this order.
        var stack = new Stack<Expr>();
        PushExpressions(stmt, stack);
        return stack;
    }

    /// <summary>Every call in an expression, outermost first.</summary>
    public static IEnumerable<Call> Calls(Expr expr) => Descendants(expr).OfType<Call>();

    /// <summary>An expression and every expression inside it, outermost first.</summary>
    public static IEnumerable<Expr> Descendants(Expr expr)
    {
        var stack = new Stack<Expr>();
        stack.Push(expr);
        while (stack.TryPop(out var current))
        {
            yield return current;
            PushChildren(current, stack);
        }
    }

    /// <summary>Pushes the expressions directly inside <paramref name="expr"/>, in source order, without allocating.</summary>
    private static void PushChildren(Expr expr, Stack<Expr> stack)
    {
        switch (expr)
        {
            case Call c:
                stack.Push(c.Func);
                PushAll(c.Args, stack);
                foreach (var keyword in c.Keywords)
                {
                    stack.Push(keyword.Value);
                }
                break;
            case Attribute a:
                stack.Push(a.Value);
                break;
            case Await a:
                stack.Push(a.Value);
                break;
            case Starred s:
                stack.Push(s.Value);
                break;
            case Python.Ast.List l:
                PushAll(l.Elts, stack);
                break;
            case Python.Ast.Tuple t:
                PushAll(t.Elts, stack);
                break;
            case Set s:
                PushAll(s.Elts, stack);
                break;
            case Dict d:
                foreach (var key in d.Keys)
                {
                    if (key is not null)
                    {
                        stack.Push(key);
                    }
                }
                PushAll(d.Values, stack);
                break;
            case BinOp b:
                stack.Push(b.Left);
                stack.Push(b.Right);
                break;
            case BoolOp b:
                PushAll(b.Values, stack);
                break;
            case IfExp i:
                stack.Push(i.Test);
                stack.Push(i.Body);
                stack.Push(i.Orelse);
                break;
            case Subscript s:
                stack.Push(s.Value);
                stack.Push(s.Slice);
                break;
            case Lambda l:
                stack.Push(l.Body);
                break;
            case ListComp l:
                stack.Push(l.Elt);
                PushIterables(l.Generators, stack);
                break;
            case GeneratorExp g:
                stack.Push(g.Elt);
                PushIterables(g.Generators, stack);
                break;
            case SetComp s:
                stack.Push(s.Elt);
                PushIterables(s.Generators, stack);
                break;
            case DictComp d:
                stack.Push(d.Key);
                stack.Push(d.Value);
                PushIterables(d.Generators, stack);
                break;
            case Compare c:
                stack.Push(c.Left);
                PushAll(c.Comparators, stack);
                break;
            case UnaryOp u:
                stack.Push(u.Operand);
                break;
            case NamedExpr n:
                stack.Push(n.Value);
                break;
            case JoinedStr j:
                PushAll(j.Values, stack);
                break;
            case FormattedValue f:
                stack.Push(f.Value);
                break;
        }
    }

    private static void PushAll(IReadOnlyList<Expr> exprs, Stack<Expr> stack)
    {
        for (int i = 0; i < exprs.Count; i++)
        {
            stack.Push(exprs[i]);
        }
    }

    private static void PushIterables(IReadOnlyList<Comprehension> generators, Stack<Expr> stack)
    {
        foreach (var generator in generators)
        {
            stack.Push(generator.Iter);
        }
    }

    /// <summary>Every call anywhere in a list of statements.</summary>
    public static IEnumerable<Call> AllCalls(IReadOnlyList<Stmt> body) => AllExpressions(body).OfType<Call>();

    /// <summary>
    /// What <c>All(body).SelectMany(Expressions).SelectMany(Descendants)</c> gives, in the same order, with one
    /// stack for the whole walk: the readers that run on every module of a large tree use this.
    /// </summary>
    public static IEnumerable<Expr> AllExpressions(IReadOnlyList<Stmt> body)
    {
        var stack = new Stack<Expr>();
        foreach (var stmt in All(body))
        {
            PushExpressions(stmt, stack);
            while (stack.TryPop(out var current))
            {
                yield return current;
                PushChildren(current, stack);
            }
        }
    }

    /// <summary>Pushes a statement's own expressions (not those of nested statements) in reverse, so they pop in source order.</summary>
    private static void PushExpressions(Stmt stmt, Stack<Expr> stack)
    {
        switch (stmt)
        {
            case ExprStmt e:
                stack.Push(e.Value);
                break;
            case Assign a:
                stack.Push(a.Value);
                PushReversed(a.Targets, stack);
                break;
            case AnnAssign { Value: { } value } a:
                stack.Push(value);
                stack.Push(a.Target);
                break;
            case AugAssign a:
                stack.Push(a.Value);
                stack.Push(a.Target);
                break;
            case Return { Value: { } v }:
                stack.Push(v);
                break;
            case FunctionDef f:
                PushReversed(f.DecoratorList, stack);
                break;
            case AsyncFunctionDef f:
                PushReversed(f.DecoratorList, stack);
                break;
            case ClassDef c:
                PushReversed(c.Bases, stack);
                PushReversed(c.DecoratorList, stack);
                break;
            case If i:
                stack.Push(i.Test);
                break;
            case With w:
                PushContexts(w.Items, stack);
                break;
            case AsyncWith w:
                PushContexts(w.Items, stack);
                break;
        }
    }

    private static void PushReversed(IReadOnlyList<Expr> exprs, Stack<Expr> stack)
    {
        for (int i = exprs.Count - 1; i >= 0; i--)
        {
            stack.Push(exprs[i]);
        }
    }

    private static void PushContexts(IReadOnlyList<WithItem> items, Stack<Expr> stack)
    {
        for (int i = items.Count - 1; i >= 0; i--)
        {
            stack.Push(items[i].ContextExpr);
        }
    }

    /// <summary>A module-level <c>name = value</c> (or annotated) binding: the name and the value.</summary>
    public static (string Name, Expr Value, Stmt Statement)? Binding(Stmt stmt) => stmt switch
    {
        Assign { Targets: [Name target], Value: var value } => (target.Id, value, stmt),
        AnnAssign { Target: Name target, Value: { } value } => (target.Id, value, stmt),
        _ => null,
    };
}
