using Pyarch.Python.Ast;

namespace Pyarch.Python;

public sealed partial class AstJsonWriter
{
    private void WriteStmt(Stmt stmt)
    {
        switch (stmt)
        {
            case FunctionDef n:
                WriteFunction("FunctionDef"u8, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, n.TypeParams);
                break;
            case AsyncFunctionDef n:
                WriteFunction("AsyncFunctionDef"u8, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, n.TypeParams);
                break;
            case ClassDef n:
                Begin("ClassDef"u8);
                Field("name"u8); _json.String(n.Name);
                Field("bases"u8); Children(n.Bases);
                Field("keywords"u8); Children(n.Keywords);
                Field("body"u8); Children(n.Body);
                Field("decorator_list"u8); Children(n.DecoratorList);
                TypeParamsIfAny(n.TypeParams);
                break;
            case Return n:
                Begin("Return"u8);
                Field("value"u8); Child(n.Value);
                break;
            case Delete n:
                Begin("Delete"u8);
                Field("targets"u8); Children(n.Targets);
                break;
            case Assign n:
                Begin("Assign"u8);
                Field("targets"u8); Children(n.Targets);
                Field("value"u8); Child(n.Value);
                NoTypeComment();
                break;
            case TypeAlias n:
                Begin("TypeAlias"u8);
                Field("name"u8); Child(n.Name);
                Field("type_params"u8); Children(n.TypeParams);
                Field("value"u8); Child(n.Value);
                break;
            case AugAssign n:
                Begin("AugAssign"u8);
                Field("target"u8); Child(n.Target);
                Field("op"u8); Singleton(OperatorName(n.Op));
                Field("value"u8); Child(n.Value);
                break;
            case AnnAssign n:
                Begin("AnnAssign"u8);
                Field("target"u8); Child(n.Target);
                Field("annotation"u8); Child(n.Annotation);
                Field("value"u8); Child(n.Value);
                Field("simple"u8); Flag(n.Simple);
                break;
            case For n:
                WriteFor("For"u8, n.Target, n.Iter, n.Body, n.Orelse);
                break;
            case AsyncFor n:
                WriteFor("AsyncFor"u8, n.Target, n.Iter, n.Body, n.Orelse);
                break;
            case While n:
                Begin("While"u8);
                Field("test"u8); Child(n.Test);
                Field("body"u8); Children(n.Body);
                Field("orelse"u8); Children(n.Orelse);
                break;
            case If n:
                Begin("If"u8);
                Field("test"u8); Child(n.Test);
                Field("body"u8); Children(n.Body);
                Field("orelse"u8); Children(n.Orelse);
                break;
            case With n:
                Begin("With"u8);
                Field("items"u8); Children(n.Items);
                Field("body"u8); Children(n.Body);
                NoTypeComment();
                break;
            case AsyncWith n:
                Begin("AsyncWith"u8);
                Field("items"u8); Children(n.Items);
                Field("body"u8); Children(n.Body);
                NoTypeComment();
                break;
            case Match n:
                Begin("Match"u8);
                Field("subject"u8); Child(n.Subject);
                Field("cases"u8); Children(n.Cases);
                break;
            case Raise n:
                Begin("Raise"u8);
                Field("exc"u8); Child(n.Exc);
                Field("cause"u8); Child(n.Cause);
                break;
            case Try n:
                WriteTry("Try"u8, n.Body, n.Handlers, n.Orelse, n.Finalbody);
                break;
            case TryStar n:
                WriteTry("TryStar"u8, n.Body, n.Handlers, n.Orelse, n.Finalbody);
                break;
            case Assert n:
                Begin("Assert"u8);
                Field("test"u8); Child(n.Test);
                Field("msg"u8); Child(n.Msg);
                break;
            case Import n:
                Begin("Import"u8);
                Field("names"u8); Children(n.Names);
                break;
            case ImportFrom n:
                Begin("ImportFrom"u8);
                Field("module"u8); _json.String(n.Module);
                Field("names"u8); Children(n.Names);
                Field("level"u8); _json.Int(n.Level);
                break;
            case Global n:
                Begin("Global"u8);
                Field("names"u8); Identifiers(n.Names);
                break;
            case Nonlocal n:
                Begin("Nonlocal"u8);
                Field("names"u8); Identifiers(n.Names);
                break;
            case ExprStmt n:
                Begin("Expr"u8);
                Field("value"u8); Child(n.Value);
                break;
            case Pass:
                Begin("Pass"u8);
                break;
            case Break:
                Begin("Break"u8);
                break;
            case Continue:
                Begin("Continue"u8);
                break;
            default:
                throw new ArgumentException($"AstJsonWriter has no encoding for {stmt.GetType().Name}", nameof(stmt));
        }
        End(stmt);
    }

    private void WriteFunction(
        ReadOnlySpan<byte> type, string name, Arguments args, IReadOnlyList<Stmt> body, IReadOnlyList<Expr> decorators,
        Expr? returns, IReadOnlyList<TypeParam> typeParams)
    {
        Begin(type);
        Field("name"u8); _json.String(name);
        Field("args"u8); Child(args);
        Field("body"u8); Children(body);
        Field("decorator_list"u8); Children(decorators);
        Field("returns"u8); Child(returns);
        NoTypeComment();
        TypeParamsIfAny(typeParams);
    }

    private void WriteFor(ReadOnlySpan<byte> type, Expr target, Expr iter, IReadOnlyList<Stmt> body, IReadOnlyList<Stmt> orelse)
    {
        Begin(type);
        Field("target"u8); Child(target);
        Field("iter"u8); Child(iter);
        Field("body"u8); Children(body);
        Field("orelse"u8); Children(orelse);
        NoTypeComment();
    }

    private void WriteTry(
        ReadOnlySpan<byte> type, IReadOnlyList<Stmt> body, IReadOnlyList<ExceptHandler> handlers, IReadOnlyList<Stmt> orelse,
        IReadOnlyList<Stmt> finalbody)
    {
        Begin(type);
        Field("body"u8); Children(body);
        Field("handlers"u8); Children(handlers);
        Field("orelse"u8); Children(orelse);
        Field("finalbody"u8); Children(finalbody);
    }

    /// <summary>Type comments are off (<c>ast.parse(..., type_comments=False)</c>), so CPython always has None here.</summary>
    private void NoTypeComment()
    {
        Field("type_comment"u8);
        _json.Null();
    }

    /// <summary>
    /// CPython 3.12 added <c>type_params</c> to FunctionDef, AsyncFunctionDef and ClassDef; the 3.11 oracle has no
    /// such field, so it is written only when there are type parameters, and 3.11 code encodes as 3.11 does.
    /// </summary>
    private void TypeParamsIfAny(IReadOnlyList<TypeParam> typeParams)
    {
        if (typeParams.Count > 0)
        {
            Field("type_params"u8);
            Children(typeParams);
        }
    }

    /// <summary>The nodes that are neither statements, expressions nor patterns.</summary>
    private void WritePart(Node node)
    {
        switch (node)
        {
            case Module n:
                Begin("Module"u8);
                Field("body"u8); Children(n.Body);
                Field("type_ignores"u8); _json.Raw("[]"u8);
                EndWithoutPositions();
                break;
            case Arguments n:
                Begin("arguments"u8);
                Field("posonlyargs"u8); Children(n.PosonlyArgs);
                Field("args"u8); Children(n.Args);
                Field("vararg"u8); Child(n.Vararg);
                Field("kwonlyargs"u8); Children(n.KwonlyArgs);
                Field("kw_defaults"u8); Children(n.KwDefaults);
                Field("kwarg"u8); Child(n.Kwarg);
                Field("defaults"u8); Children(n.Defaults);
                EndWithoutPositions();
                break;
            case Arg n:
                Begin("arg"u8);
                Field("arg"u8); _json.String(n.Name);
                Field("annotation"u8); Child(n.Annotation);
                NoTypeComment();
                End(n);
                break;
            case Keyword n:
                Begin("keyword"u8);
                Field("arg"u8); _json.String(n.Name);
                Field("value"u8); Child(n.Value);
                End(n);
                break;
            case Alias n:
                Begin("alias"u8);
                Field("name"u8); _json.String(n.Name);
                Field("asname"u8); _json.String(n.Asname);
                End(n);
                break;
            case Comprehension n:
                Begin("comprehension"u8);
                Field("target"u8); Child(n.Target);
                Field("iter"u8); Child(n.Iter);
                Field("ifs"u8); Children(n.Ifs);
                Field("is_async"u8); Flag(n.IsAsync);
                EndWithoutPositions();
                break;
            case ExceptHandler n:
                Begin("ExceptHandler"u8);
                Field("type"u8); Child(n.Type);
                Field("name"u8); _json.String(n.Name);
                Field("body"u8); Children(n.Body);
                End(n);
                break;
            case WithItem n:
                Begin("withitem"u8);
                Field("context_expr"u8); Child(n.ContextExpr);
                Field("optional_vars"u8); Child(n.OptionalVars);
                EndWithoutPositions();
                break;
            case MatchCase n:
                Begin("match_case"u8);
                Field("pattern"u8); Child(n.Pattern);
                Field("guard"u8); Child(n.Guard);
                Field("body"u8); Children(n.Body);
                EndWithoutPositions();
                break;
            case TypeVar n:
                Begin("TypeVar"u8);
                Field("name"u8); _json.String(n.Name);
                Field("bound"u8); Child(n.Bound);
                Field("default_value"u8); Child(n.DefaultValue);
                End(n);
                break;
            case ParamSpec n:
                Begin("ParamSpec"u8);
                Field("name"u8); _json.String(n.Name);
                Field("default_value"u8); Child(n.DefaultValue);
                End(n);
                break;
            case TypeVarTuple n:
                Begin("TypeVarTuple"u8);
                Field("name"u8); _json.String(n.Name);
                Field("default_value"u8); Child(n.DefaultValue);
                End(n);
                break;
            default:
                throw new ArgumentException($"AstJsonWriter has no encoding for {node.GetType().Name}", nameof(node));
        }
    }
}
