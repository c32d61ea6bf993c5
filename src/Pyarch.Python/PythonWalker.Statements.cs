using Pyarch.Python.Ast;

namespace Pyarch.Python;

public abstract partial class PythonWalker
{
    private void DispatchStmt(Stmt stmt)
    {
        switch (stmt)
        {
            case FunctionDef n: VisitFunctionDef(n); break;
            case AsyncFunctionDef n: VisitAsyncFunctionDef(n); break;
            case ClassDef n: VisitClassDef(n); break;
            case Return n: VisitReturn(n); break;
            case Delete n: VisitDelete(n); break;
            case Assign n: VisitAssign(n); break;
            case TypeAlias n: VisitTypeAlias(n); break;
            case AugAssign n: VisitAugAssign(n); break;
            case AnnAssign n: VisitAnnAssign(n); break;
            case For n: VisitFor(n); break;
            case AsyncFor n: VisitAsyncFor(n); break;
            case While n: VisitWhile(n); break;
            case If n: VisitIf(n); break;
            case With n: VisitWith(n); break;
            case AsyncWith n: VisitAsyncWith(n); break;
            case Match n: VisitMatch(n); break;
            case Raise n: VisitRaise(n); break;
            case Try n: VisitTry(n); break;
            case TryStar n: VisitTryStar(n); break;
            case Assert n: VisitAssert(n); break;
            case Import n: VisitImport(n); break;
            case ImportFrom n: VisitImportFrom(n); break;
            case Global n: VisitGlobal(n); break;
            case Nonlocal n: VisitNonlocal(n); break;
            case ExprStmt n: VisitExprStmt(n); break;
            case Pass n: VisitPass(n); break;
            case Break n: VisitBreak(n); break;
            case Continue n: VisitContinue(n); break;
            default: throw Unknown(stmt);
        }
    }

    private void DispatchPart(Node node)
    {
        switch (node)
        {
            case Module n: VisitModule(n); break;
            case Arguments n: VisitArguments(n); break;
            case Arg n: VisitArg(n); break;
            case Keyword n: VisitKeyword(n); break;
            case Alias n: VisitAlias(n); break;
            case Comprehension n: VisitComprehension(n); break;
            case ExceptHandler n: VisitExceptHandler(n); break;
            case WithItem n: VisitWithItem(n); break;
            case MatchCase n: VisitMatchCase(n); break;
            case TypeVar n: VisitTypeVar(n); break;
            case ParamSpec n: VisitParamSpec(n); break;
            case TypeVarTuple n: VisitTypeVarTuple(n); break;
            default: throw Unknown(node);
        }
    }

    public virtual void VisitModule(Module node) => VisitAll(node.Body);

    public virtual void VisitFunctionDef(FunctionDef node)
    {
        VisitAll(node.DecoratorList);
        VisitAll(node.TypeParams);
        Visit(node.Args);
        Visit(node.Returns);
        VisitAll(node.Body);
    }

    public virtual void VisitAsyncFunctionDef(AsyncFunctionDef node)
    {
        VisitAll(node.DecoratorList);
        VisitAll(node.TypeParams);
        Visit(node.Args);
        Visit(node.Returns);
        VisitAll(node.Body);
    }

    public virtual void VisitClassDef(ClassDef node)
    {
        VisitAll(node.DecoratorList);
        VisitAll(node.TypeParams);
        VisitMerged(node.Bases, node.Keywords);
        VisitAll(node.Body);
    }

    public virtual void VisitReturn(Return node) => Visit(node.Value);

    public virtual void VisitDelete(Delete node) => VisitAll(node.Targets);

    public virtual void VisitAssign(Assign node)
    {
        VisitAll(node.Targets);
        Visit(node.Value);
    }

    public virtual void VisitTypeAlias(TypeAlias node)
    {
        Visit(node.Name);
        VisitAll(node.TypeParams);
        Visit(node.Value);
    }

    public virtual void VisitAugAssign(AugAssign node)
    {
        Visit(node.Target);
        Visit(node.Value);
    }

    public virtual void VisitAnnAssign(AnnAssign node)
    {
        Visit(node.Target);
        Visit(node.Annotation);
        Visit(node.Value);
    }

    public virtual void VisitFor(For node)
    {
        Visit(node.Target);
        Visit(node.Iter);
        VisitAll(node.Body);
        VisitAll(node.Orelse);
    }

    public virtual void VisitAsyncFor(AsyncFor node)
    {
        Visit(node.Target);
        Visit(node.Iter);
        VisitAll(node.Body);
        VisitAll(node.Orelse);
    }

    public virtual void VisitWhile(While node)
    {
        Visit(node.Test);
        VisitAll(node.Body);
        VisitAll(node.Orelse);
    }

    public virtual void VisitIf(If node)
    {
        Visit(node.Test);
        VisitAll(node.Body);
        VisitAll(node.Orelse);
    }

    public virtual void VisitWith(With node)
    {
        VisitAll(node.Items);
        VisitAll(node.Body);
    }

    public virtual void VisitAsyncWith(AsyncWith node)
    {
        VisitAll(node.Items);
        VisitAll(node.Body);
    }

    public virtual void VisitMatch(Match node)
    {
        Visit(node.Subject);
        VisitAll(node.Cases);
    }

    public virtual void VisitRaise(Raise node)
    {
        Visit(node.Exc);
        Visit(node.Cause);
    }

    public virtual void VisitTry(Try node)
    {
        VisitAll(node.Body);
        VisitAll(node.Handlers);
        VisitAll(node.Orelse);
        VisitAll(node.Finalbody);
    }

    public virtual void VisitTryStar(TryStar node)
    {
        VisitAll(node.Body);
        VisitAll(node.Handlers);
        VisitAll(node.Orelse);
        VisitAll(node.Finalbody);
    }

    public virtual void VisitAssert(Assert node)
    {
        Visit(node.Test);
        Visit(node.Msg);
    }

    public virtual void VisitImport(Import node) => VisitAll(node.Names);

    public virtual void VisitImportFrom(ImportFrom node) => VisitAll(node.Names);

    public virtual void VisitGlobal(Global node)
    {
    }

    public virtual void VisitNonlocal(Nonlocal node)
    {
    }

    public virtual void VisitExprStmt(ExprStmt node) => Visit(node.Value);

    public virtual void VisitPass(Pass node)
    {
    }

    public virtual void VisitBreak(Break node)
    {
    }

    public virtual void VisitContinue(Continue node)
    {
    }

    /// <summary>
    /// Parameters in source order: each positional parameter followed by its default (defaults belong to the
    /// last positional parameters, as in CPython), then <c>*args</c>, keyword-only parameters with theirs, <c>**kwargs</c>.
    /// </summary>
    public virtual void VisitArguments(Arguments node)
    {
        int positional = node.PosonlyArgs.Count + node.Args.Count;
        int firstDefault = positional - node.Defaults.Count;
        for (int i = 0; i < -firstDefault; i++)
        {
            Visit(node.Defaults[i]);
        }
        for (int i = 0; i < positional; i++)
        {
            Visit(i < node.PosonlyArgs.Count ? node.PosonlyArgs[i] : node.Args[i - node.PosonlyArgs.Count]);
            if (i >= firstDefault)
            {
                Visit(node.Defaults[i - firstDefault]);
            }
        }
        Visit(node.Vararg);
        VisitPairs(node.KwonlyArgs, node.KwDefaults);
        Visit(node.Kwarg);
    }

    public virtual void VisitArg(Arg node) => Visit(node.Annotation);

    public virtual void VisitKeyword(Keyword node) => Visit(node.Value);

    public virtual void VisitAlias(Alias node)
    {
    }

    public virtual void VisitExceptHandler(ExceptHandler node)
    {
        Visit(node.Type);
        VisitAll(node.Body);
    }

    public virtual void VisitWithItem(WithItem node)
    {
        Visit(node.ContextExpr);
        Visit(node.OptionalVars);
    }

    public virtual void VisitMatchCase(MatchCase node)
    {
        Visit(node.Pattern);
        Visit(node.Guard);
        VisitAll(node.Body);
    }

    public virtual void VisitTypeVar(TypeVar node)
    {
        Visit(node.Bound);
        Visit(node.DefaultValue);
    }

    public virtual void VisitParamSpec(ParamSpec node) => Visit(node.DefaultValue);

    public virtual void VisitTypeVarTuple(TypeVarTuple node) => Visit(node.DefaultValue);
}
