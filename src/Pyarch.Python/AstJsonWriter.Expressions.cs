using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;
using Tuple = Pyarch.Python.Ast.Tuple;

namespace Pyarch.Python;

public sealed partial class AstJsonWriter
{
    private void WriteExpr(Expr expr)
    {
        switch (expr)
        {
            case BoolOp n:
                Begin("BoolOp"u8);
                Field("op"u8); Singleton(n.Op == BoolOperator.And ? "And"u8 : "Or"u8);
                Field("values"u8); Children(n.Values);
                break;
            case NamedExpr n:
                Begin("NamedExpr"u8);
                Field("target"u8); Child(n.Target);
                Field("value"u8); Child(n.Value);
                break;
            case BinOp n:
                Begin("BinOp"u8);
                Field("left"u8); Child(n.Left);
                Field("op"u8); Singleton(OperatorName(n.Op));
                Field("right"u8); Child(n.Right);
                break;
            case UnaryOp n:
                Begin("UnaryOp"u8);
                Field("op"u8); Singleton(UnaryOperatorName(n.Op));
                Field("operand"u8); Child(n.Operand);
                break;
            case Lambda n:
                Begin("Lambda"u8);
                Field("args"u8); Child(n.Args);
                Field("body"u8); Child(n.Body);
                break;
            case IfExp n:
                Begin("IfExp"u8);
                Field("test"u8); Child(n.Test);
                Field("body"u8); Child(n.Body);
                Field("orelse"u8); Child(n.Orelse);
                break;
            case Dict n:
                Begin("Dict"u8);
                Field("keys"u8); Children(n.Keys);
                Field("values"u8); Children(n.Values);
                break;
            case Set n:
                Begin("Set"u8);
                Field("elts"u8); Children(n.Elts);
                break;
            case ListComp n:
                WriteComprehension("ListComp"u8, n.Elt, n.Generators);
                break;
            case SetComp n:
                WriteComprehension("SetComp"u8, n.Elt, n.Generators);
                break;
            case GeneratorExp n:
                WriteComprehension("GeneratorExp"u8, n.Elt, n.Generators);
                break;
            case DictComp n:
                Begin("DictComp"u8);
                Field("key"u8); Child(n.Key);
                Field("value"u8); Child(n.Value);
                Field("generators"u8); Children(n.Generators);
                break;
            case Await n:
                Begin("Await"u8);
                Field("value"u8); Child(n.Value);
                break;
            case Yield n:
                Begin("Yield"u8);
                Field("value"u8); Child(n.Value);
                break;
            case YieldFrom n:
                Begin("YieldFrom"u8);
                Field("value"u8); Child(n.Value);
                break;
            case Compare n:
                Begin("Compare"u8);
                Field("left"u8); Child(n.Left);
                Field("ops"u8); CompareOperators(n.Ops);
                Field("comparators"u8); Children(n.Comparators);
                break;
            case Call n:
                Begin("Call"u8);
                Field("func"u8); Child(n.Func);
                Field("args"u8); Children(n.Args);
                Field("keywords"u8); Children(n.Keywords);
                break;
            case FormattedValue n:
                Begin("FormattedValue"u8);
                Field("value"u8); Child(n.Value);
                Field("conversion"u8); _json.Int(n.Conversion);
                Field("format_spec"u8); Child(n.FormatSpec);
                break;
            case JoinedStr n:
                Begin("JoinedStr"u8);
                // Positions inside f-strings changed between CPython versions; the encoding leaves them out.
                _fstringDepth++;
                Field("values"u8); Children(n.Values);
                _fstringDepth--;
                break;
            case Constant n:
                Begin("Constant"u8);
                Field("value"u8); WriteConstantValue(n.Value);
                Field("kind"u8); _json.String(n.Kind);
                break;
            case Attribute n:
                Begin("Attribute"u8);
                Field("value"u8); Child(n.Value);
                Field("attr"u8); _json.String(n.Attr);
                Field("ctx"u8); Singleton(ContextName(n.Ctx));
                break;
            case Subscript n:
                Begin("Subscript"u8);
                Field("value"u8); Child(n.Value);
                Field("slice"u8); Child(n.Slice);
                Field("ctx"u8); Singleton(ContextName(n.Ctx));
                break;
            case Starred n:
                Begin("Starred"u8);
                Field("value"u8); Child(n.Value);
                Field("ctx"u8); Singleton(ContextName(n.Ctx));
                break;
            case Name n:
                Begin("Name"u8);
                Field("id"u8); _json.String(n.Id);
                Field("ctx"u8); Singleton(ContextName(n.Ctx));
                break;
            case List n:
                Begin("List"u8);
                Field("elts"u8); Children(n.Elts);
                Field("ctx"u8); Singleton(ContextName(n.Ctx));
                break;
            case Tuple n:
                Begin("Tuple"u8);
                Field("elts"u8); Children(n.Elts);
                Field("ctx"u8); Singleton(ContextName(n.Ctx));
                break;
            case Slice n:
                Begin("Slice"u8);
                Field("lower"u8); Child(n.Lower);
                Field("upper"u8); Child(n.Upper);
                Field("step"u8); Child(n.Step);
                break;
            default:
                throw new ArgumentException($"AstJsonWriter has no encoding for {expr.GetType().Name}", nameof(expr));
        }
        End(expr);
    }

    private void WriteComprehension(ReadOnlySpan<byte> type, Expr elt, IReadOnlyList<Comprehension> generators)
    {
        Begin(type);
        Field("elt"u8); Child(elt);
        Field("generators"u8); Children(generators);
    }

    private void WritePattern(Pattern pattern)
    {
        switch (pattern)
        {
            case MatchValue n:
                Begin("MatchValue"u8);
                Field("value"u8); Child(n.Value);
                break;
            case MatchSingleton n:
                Begin("MatchSingleton"u8);
                // pyast_json.py tags only Constant.value; this None/True/False stays a plain JSON literal.
                Field("value"u8);
                if (n.Value is ConstantValue.Bool b)
                {
                    _json.Bool(b.Value);
                }
                else
                {
                    _json.Null();
                }
                break;
            case MatchSequence n:
                Begin("MatchSequence"u8);
                Field("patterns"u8); Children(n.Patterns);
                break;
            case MatchMapping n:
                Begin("MatchMapping"u8);
                Field("keys"u8); Children(n.Keys);
                Field("patterns"u8); Children(n.Patterns);
                Field("rest"u8); _json.String(n.Rest);
                break;
            case MatchClass n:
                Begin("MatchClass"u8);
                Field("cls"u8); Child(n.Cls);
                Field("patterns"u8); Children(n.Patterns);
                Field("kwd_attrs"u8); Identifiers(n.KwdAttrs);
                Field("kwd_patterns"u8); Children(n.KwdPatterns);
                break;
            case MatchStar n:
                Begin("MatchStar"u8);
                Field("name"u8); _json.String(n.Name);
                break;
            case MatchAs n:
                Begin("MatchAs"u8);
                Field("pattern"u8); Child(n.Pattern);
                Field("name"u8); _json.String(n.Name);
                break;
            case MatchOr n:
                Begin("MatchOr"u8);
                Field("patterns"u8); Children(n.Patterns);
                break;
            default:
                throw new ArgumentException($"AstJsonWriter has no encoding for {pattern.GetType().Name}", nameof(pattern));
        }
        End(pattern);
    }

    private void WriteConstantValue(ConstantValue value)
    {
        switch (value)
        {
            case ConstantValue.None:
                _json.Raw("{\"t\":\"None\"}"u8);
                break;
            case ConstantValue.Ellipsis:
                _json.Raw("{\"t\":\"Ellipsis\"}"u8);
                break;
            case ConstantValue.Bool b:
                _json.Raw(b.Value ? "{\"t\":\"bool\",\"v\":true}"u8 : "{\"t\":\"bool\",\"v\":false}"u8);
                break;
            case ConstantValue.Int i:
                _json.Raw("{\"t\":\"int\",\"v\":"u8);
                _json.BigIntegerString(i.Value);
                _json.Byte((byte)'}');
                break;
            case ConstantValue.Float f:
                _json.Raw("{\"t\":\"float\",\"v\":\""u8);
                _json.Ascii(PythonFloatFormat.Repr(f.Value));
                _json.Raw("\"}"u8);
                break;
            case ConstantValue.Complex c:
                _json.Raw("{\"t\":\"complex\",\"imag\":\""u8);
                _json.Ascii(PythonFloatFormat.Repr(c.Imag));
                _json.Raw("\"}"u8);
                break;
            case ConstantValue.Str s:
                _json.Raw("{\"t\":\"str\",\"v\":"u8);
                _json.String(s.Value);
                _json.Byte((byte)'}');
                break;
            case ConstantValue.Bytes b:
                _json.Raw("{\"t\":\"bytes\",\"hex\":"u8);
                _json.HexString(b.Value);
                _json.Byte((byte)'}');
                break;
            default:
                throw new ArgumentException($"AstJsonWriter has no encoding for {value.GetType().Name}", nameof(value));
        }
    }

    private void CompareOperators(IReadOnlyList<CmpOperator> ops)
    {
        _json.Byte((byte)'[');
        for (int i = 0; i < ops.Count; i++)
        {
            if (i > 0)
            {
                _json.Byte((byte)',');
            }
            Singleton(CompareOperatorName(ops[i]));
        }
        _json.Byte((byte)']');
    }

    private static ReadOnlySpan<byte> OperatorName(Operator op) => op switch
    {
        Operator.Add => "Add"u8,
        Operator.Sub => "Sub"u8,
        Operator.Mult => "Mult"u8,
        Operator.MatMult => "MatMult"u8,
        Operator.Div => "Div"u8,
        Operator.Mod => "Mod"u8,
        Operator.Pow => "Pow"u8,
        Operator.LShift => "LShift"u8,
        Operator.RShift => "RShift"u8,
        Operator.BitOr => "BitOr"u8,
        Operator.BitXor => "BitXor"u8,
        Operator.BitAnd => "BitAnd"u8,
        Operator.FloorDiv => "FloorDiv"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    private static ReadOnlySpan<byte> UnaryOperatorName(UnaryOperator op) => op switch
    {
        UnaryOperator.Invert => "Invert"u8,
        UnaryOperator.Not => "Not"u8,
        UnaryOperator.UAdd => "UAdd"u8,
        UnaryOperator.USub => "USub"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    private static ReadOnlySpan<byte> CompareOperatorName(CmpOperator op) => op switch
    {
        CmpOperator.Eq => "Eq"u8,
        CmpOperator.NotEq => "NotEq"u8,
        CmpOperator.Lt => "Lt"u8,
        CmpOperator.LtE => "LtE"u8,
        CmpOperator.Gt => "Gt"u8,
        CmpOperator.GtE => "GtE"u8,
        CmpOperator.Is => "Is"u8,
        CmpOperator.IsNot => "IsNot"u8,
        CmpOperator.In => "In"u8,
        CmpOperator.NotIn => "NotIn"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    private static ReadOnlySpan<byte> ContextName(ExprContext ctx) => ctx switch
    {
        ExprContext.Load => "Load"u8,
        ExprContext.Store => "Store"u8,
        ExprContext.Del => "Del"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(ctx), ctx, null),
    };
}
