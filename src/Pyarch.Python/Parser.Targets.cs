using Pyarch.Python.Ast;

namespace Pyarch.Python;

internal sealed partial class Parser
{
    /// <summary><c>star_targets</c> of <c>for</c> and comprehensions: stops before <c>in</c>.</summary>
    private Expr ParseTargetList(ExprContext context)
    {
        int start = Start;
        Expr first = ParseStarTarget();
        if (Kind != TokenKind.Comma)
        {
            // A lone starred target (for *x in y) parses; only the compiler refuses it, as CPython's ast.parse does.
            return ToTarget(first, context);
        }
        var elements = _lists.Exprs.Rent(ToTarget(first, context));
        while (Eat(TokenKind.Comma) && Kind != TokenKind.In && StartsExpression(Kind))
        {
            elements.Add(ToTarget(ParseStarTarget(), context));
        }
        return new Ast.Tuple(From(start), _lists.Exprs.Finish(elements), context);
    }

    /// <summary><c>star_target: '*' (!'*' star_target) | target_with_star_atom</c>, read as an operand-level expression.</summary>
    private Expr ParseStarTarget()
    {
        if (Kind != TokenKind.Star)
        {
            return ParseBitwiseOr();
        }
        using DepthScope depth = Nest();
        int start = Start;
        _index++;
        Expr value = ParseStarTarget();
        return new Starred(From(start), value, ExprContext.Load);
    }

    /// <summary>
    /// Makes a parsed expression an assignment or deletion target, in place (the expression is the parser's own,
    /// not yet in any tree), or fails with CPython's message.
    /// </summary>
    private Expr ToTarget(Expr expression, ExprContext context)
    {
        EnsureStack();
        switch (expression)
        {
            case Name or Ast.Attribute or Subscript:
                break;
            case Starred starred when context != ExprContext.Del:
                ToTarget(starred.Value, context);
                break;
            case Ast.Tuple tuple:
                ToTargets(tuple.Elts, context);
                break;
            case Ast.List list:
                ToTargets(list.Elts, context);
                break;
            default:
                string what = Describe(expression);
                throw Error(context == ExprContext.Del ? SyntaxErrors.CannotDelete(what) : SyntaxErrors.CannotAssign(what), expression);
        }
        ((ExprWithContext)expression).Ctx = context;
        return expression;
    }

    private void ToTargets(IReadOnlyList<Expr> elements, ExprContext context)
    {
        for (int i = 0; i < elements.Count; i++)
        {
            ToTarget(elements[i], context);
        }
    }

    /// <summary><c>single_target</c> of an annotated assignment.</summary>
    private Expr ToAnnotationTarget(Expr expression) => expression switch
    {
        Name or Ast.Attribute or Subscript => ToTarget(expression, ExprContext.Store),
        Ast.Tuple => throw Error("only single target (not tuple) can be annotated", expression),
        Ast.List => throw Error("only single target (not list) can be annotated", expression),
        _ => throw Error("illegal target for annotation", expression),
    };

    /// <summary><c>single_target</c> of an augmented assignment.</summary>
    private Expr ToAugmentedTarget(Expr expression) => expression switch
    {
        Name or Ast.Attribute or Subscript => ToTarget(expression, ExprContext.Store),
        _ => throw Error($"'{Describe(expression)}' is an illegal expression for augmented assignment", expression),
    };
}
