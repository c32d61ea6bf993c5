using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;
using Tuple = Pyarch.Python.Ast.Tuple;

namespace Pyarch.Python;

public abstract partial class PythonWalker
{
    private void DispatchExpr(Expr expr)
    {
        switch (expr)
        {
            case Name n: VisitName(n); break;
            case Constant n: VisitConstant(n); break;
            case Attribute n: VisitAttribute(n); break;
            case Call n: VisitCall(n); break;
            case BinOp n: VisitBinOp(n); break;
            case Subscript n: VisitSubscript(n); break;
            case Tuple n: VisitTuple(n); break;
            case BoolOp n: VisitBoolOp(n); break;
            case NamedExpr n: VisitNamedExpr(n); break;
            case UnaryOp n: VisitUnaryOp(n); break;
            case Lambda n: VisitLambda(n); break;
            case IfExp n: VisitIfExp(n); break;
            case Dict n: VisitDict(n); break;
            case Set n: VisitSet(n); break;
            case ListComp n: VisitListComp(n); break;
            case SetComp n: VisitSetComp(n); break;
            case DictComp n: VisitDictComp(n); break;
            case GeneratorExp n: VisitGeneratorExp(n); break;
            case Await n: VisitAwait(n); break;
            case Yield n: VisitYield(n); break;
            case YieldFrom n: VisitYieldFrom(n); break;
            case Compare n: VisitCompare(n); break;
            case FormattedValue n: VisitFormattedValue(n); break;
            case JoinedStr n: VisitJoinedStr(n); break;
            case Starred n: VisitStarred(n); break;
            case List n: VisitList(n); break;
            case Slice n: VisitSlice(n); break;
            default: throw Unknown(expr);
        }
    }

    private void DispatchPattern(Pattern pattern)
    {
        switch (pattern)
        {
            case MatchValue n: VisitMatchValue(n); break;
            case MatchSingleton n: VisitMatchSingleton(n); break;
            case MatchSequence n: VisitMatchSequence(n); break;
            case MatchMapping n: VisitMatchMapping(n); break;
            case MatchClass n: VisitMatchClass(n); break;
            case MatchStar n: VisitMatchStar(n); break;
            case MatchAs n: VisitMatchAs(n); break;
            case MatchOr n: VisitMatchOr(n); break;
            default: throw Unknown(pattern);
        }
    }

    public virtual void VisitBoolOp(BoolOp node) => VisitAll(node.Values);

    public virtual void VisitNamedExpr(NamedExpr node)
    {
        Visit(node.Target);
        Visit(node.Value);
    }

    public virtual void VisitBinOp(BinOp node)
    {
        Visit(node.Left);
        Visit(node.Right);
    }

    public virtual void VisitUnaryOp(UnaryOp node) => Visit(node.Operand);

    public virtual void VisitLambda(Lambda node)
    {
        Visit(node.Args);
        Visit(node.Body);
    }

    /// <summary><c>body if test else orelse</c>: the body comes first in the source.</summary>
    public virtual void VisitIfExp(IfExp node)
    {
        Visit(node.Body);
        Visit(node.Test);
        Visit(node.Orelse);
    }

    public virtual void VisitDict(Dict node) => VisitPairs(node.Keys, node.Values);

    public virtual void VisitSet(Set node) => VisitAll(node.Elts);

    public virtual void VisitListComp(ListComp node)
    {
        Visit(node.Elt);
        VisitAll(node.Generators);
    }

    public virtual void VisitSetComp(SetComp node)
    {
        Visit(node.Elt);
        VisitAll(node.Generators);
    }

    public virtual void VisitDictComp(DictComp node)
    {
        Visit(node.Key);
        Visit(node.Value);
        VisitAll(node.Generators);
    }

    public virtual void VisitGeneratorExp(GeneratorExp node)
    {
        Visit(node.Elt);
        VisitAll(node.Generators);
    }

    public virtual void VisitComprehension(Comprehension node)
    {
        Visit(node.Target);
        Visit(node.Iter);
        VisitAll(node.Ifs);
    }

    public virtual void VisitAwait(Await node) => Visit(node.Value);

    public virtual void VisitYield(Yield node) => Visit(node.Value);

    public virtual void VisitYieldFrom(YieldFrom node) => Visit(node.Value);

    public virtual void VisitCompare(Compare node)
    {
        Visit(node.Left);
        VisitAll(node.Comparators);
    }

    /// <summary>Positional and keyword arguments may interleave (<c>f(a, k=1, *rest)</c>); they are visited as written.</summary>
    public virtual void VisitCall(Call node)
    {
        Visit(node.Func);
        VisitMerged(node.Args, node.Keywords);
    }

    public virtual void VisitFormattedValue(FormattedValue node)
    {
        Visit(node.Value);
        Visit(node.FormatSpec);
    }

    public virtual void VisitJoinedStr(JoinedStr node) => VisitAll(node.Values);

    public virtual void VisitConstant(Constant node)
    {
    }

    public virtual void VisitAttribute(Attribute node) => Visit(node.Value);

    public virtual void VisitSubscript(Subscript node)
    {
        Visit(node.Value);
        Visit(node.Slice);
    }

    public virtual void VisitStarred(Starred node) => Visit(node.Value);

    public virtual void VisitName(Name node)
    {
    }

    public virtual void VisitList(List node) => VisitAll(node.Elts);

    public virtual void VisitTuple(Tuple node) => VisitAll(node.Elts);

    public virtual void VisitSlice(Slice node)
    {
        Visit(node.Lower);
        Visit(node.Upper);
        Visit(node.Step);
    }

    public virtual void VisitMatchValue(MatchValue node) => Visit(node.Value);

    public virtual void VisitMatchSingleton(MatchSingleton node)
    {
    }

    public virtual void VisitMatchSequence(MatchSequence node) => VisitAll(node.Patterns);

    public virtual void VisitMatchMapping(MatchMapping node) => VisitPairs(node.Keys, node.Patterns);

    public virtual void VisitMatchClass(MatchClass node)
    {
        Visit(node.Cls);
        VisitAll(node.Patterns);
        VisitAll(node.KwdPatterns);
    }

    public virtual void VisitMatchStar(MatchStar node)
    {
    }

    public virtual void VisitMatchAs(MatchAs node) => Visit(node.Pattern);

    public virtual void VisitMatchOr(MatchOr node) => VisitAll(node.Patterns);
}
