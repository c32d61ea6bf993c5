using System.Numerics;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Project.Settings;

public sealed partial class SettingsEvaluator
{
    private static readonly HashSet<string> ConstructedTypes = [.. EnvironTypes, .. DecoupleTypes, "decouple.Csv"];

    private static readonly HashSet<string> StrToBool = ["distutils.util.strtobool", "setuptools._distutils.util.strtobool", "str2bool.str2bool"];

    /// <summary>Longest string <c>"x" * n</c> pyarch builds; longer ones stay unknown.</summary>
    private const int MaxRepeated = 1 << 16;

    private SettingValue CallValue(Call call)
    {
        if (EnvReadOf(call) is { } read)
        {
            return ValueOf(read);
        }
        if (call.Func is Attribute method && MethodValue(Evaluate(method.Value), method.Attr, call) is { } result)
        {
            return result;
        }
        var func = Evaluate(call.Func);
        if (func is not SettingValue.Symbol { QualifiedName: var name })
        {
            return new SettingValue.Unknown("a call of an unknown function");
        }
        if (ConstructedTypes.Contains(name))
        {
            var keywords = call.Keywords.Where(k => k.Name is not null).ToDictionary(k => k.Name!, k => Evaluate(k.Value), StringComparer.Ordinal);
            return new SettingValue.Instance(name, keywords);
        }
        if (call.Args is not [var only] || call.Keywords.Count > 0)
        {
            return new SettingValue.Unknown($"a call of `{name}`");
        }
        var argument = Evaluate(only);
        return name switch
        {
            "builtins.bool" => argument.Truthy is { } truthy ? Carry(new SettingValue.Bool(truthy), argument) : Derived(EnvCast.Bool, argument),
            "builtins.int" => argument switch
            {
                SettingValue.Float f => Carry(Integer(new BigInteger(Math.Truncate(f.Value))), argument),
                SettingValue.Str or SettingValue.Bool or SettingValue.Int => Carry(Convert(argument, EnvCast.Int), argument),
                _ => Derived(EnvCast.Int, argument),
            },
            "builtins.str" => argument is SettingValue.Str ? argument : Derived(EnvCast.Str, argument),
            "builtins.list" or "builtins.tuple" when argument is SettingValue.Sequence s => s with { Kind = name[9..] },
            _ when StrToBool.Contains(name) => argument is SettingValue.Str s && BooleanWords.TryGetValue(s.Value, out bool b)
                ? Carry(Integer(b ? 1 : 0), argument) : Derived(EnvCast.Int, argument),
            _ => new SettingValue.Unknown($"a call of `{name}`"),
        };
    }

    /// <summary>The str and dict methods settings apply to env values (<c>.lower()</c>, <c>.split(',')</c>, <c>.get</c>), or null for others.</summary>
    private SettingValue? MethodValue(SettingValue receiver, string method, Call call)
    {
        bool caseOrSpace = method is "lower" or "upper" or "strip" or "casefold" or "title" or "capitalize";
        switch (receiver)
        {
            case SettingValue.Str s when caseOrSpace && call.Args.Count == 0:
                string text = method switch
                {
                    "lower" or "casefold" => s.Value.ToLowerInvariant(),
                    "upper" => s.Value.ToUpperInvariant(),
                    "strip" => s.Value.Trim(),
                    _ => s.Value.Length == 0 ? s.Value : char.ToUpperInvariant(s.Value[0]) + s.Value[1..].ToLowerInvariant(),
                };
                return Carry(new SettingValue.Str(text), receiver);
            case SettingValue.Str s when method == "split" && call.Args is [var separator] && Evaluate(separator) is SettingValue.Str sep && sep.Value.Length > 0:
                return Carry(new SettingValue.Sequence(s.Value.Split(sep.Value).Select(p => (SettingValue)new SettingValue.Str(p)).ToList(), "list"), receiver);
            case SettingValue.FromEnv { Type: EnvCast.Str } when caseOrSpace:
                return receiver;
            case SettingValue.FromEnv { Type: EnvCast.Str } when method == "split":
                return Derived(EnvCast.List, receiver);
            case SettingValue.Mapping m when method == "get" && call.Args.Count is 1 or 2:
                return Lookup(m, Evaluate(call.Args[0])) ?? (call.Args.Count == 2 ? Evaluate(call.Args[1]) : new SettingValue.None());
            default:
                return null;
        }
    }

    private SettingValue CompareValue(Compare compare)
    {
        if (compare.Ops.Count != 1)
        {
            return new SettingValue.Unknown("a chained comparison");
        }
        var left = Evaluate(compare.Left);
        var right = Evaluate(compare.Comparators[0]);
        bool? result = compare.Ops[0] switch
        {
            CmpOperator.Eq => left.Equal(right),
            CmpOperator.NotEq => !left.Equal(right),
            CmpOperator.In => right.Contains(left),
            CmpOperator.NotIn => !right.Contains(left),
            CmpOperator.Is => Identity(left, right),
            CmpOperator.IsNot => !Identity(left, right),
            var order => (left.Number, right.Number) is (double a, double b) ? Order(order, a, b) : null,
        };
        return result is { } known ? Carry(new SettingValue.Bool(known), left, right) : Derived(EnvCast.Bool, left, right);
    }

    private static bool Order(CmpOperator op, double a, double b) => op switch
    {
        CmpOperator.Lt => a < b,
        CmpOperator.LtE => a <= b,
        CmpOperator.Gt => a > b,
        _ => a >= b,
    };

    /// <summary>Identity where Python guarantees it: the None, True and False singletons.</summary>
    private static bool? Identity(SettingValue left, SettingValue right) => right switch
    {
        SettingValue.None => left.IsNone,
        SettingValue.Bool { Value: true } => left.IsTrue,
        SettingValue.Bool { Value: false } => left is SettingValue.Bool b ? !b.Value : left.IsTrue is null ? null : false,
        _ => null,
    };

    private SettingValue BoolOpValue(BoolOp boolOp)
    {
        SettingValue current = new SettingValue.Unknown("an empty boolean operation");
        foreach (var operand in boolOp.Values)
        {
            current = Evaluate(operand);
            switch (current.Truthy)
            {
                case null:
                    return Derived(EnvCast.Other, current);
                case true when boolOp.Op == BoolOperator.Or:
                case false when boolOp.Op == BoolOperator.And:
                    return current;
            }
        }
        return current;
    }

    private SettingValue UnaryValue(UnaryOp unary)
    {
        var operand = Evaluate(unary.Operand);
        return (unary.Op, operand) switch
        {
            (UnaryOperator.Not, _) => operand.Truthy is { } truthy ? Carry(new SettingValue.Bool(!truthy), operand) : Derived(EnvCast.Bool, operand),
            (UnaryOperator.USub, SettingValue.Int i) => Integer(-i.Value),
            (UnaryOperator.USub, SettingValue.Float f) => new SettingValue.Float(-f.Value),
            (UnaryOperator.UAdd, SettingValue.Int or SettingValue.Float) => operand,
            _ => Derived(EnvCast.Other, operand),
        };
    }

    private SettingValue BinaryValue(BinOp binary)
    {
        var left = Evaluate(binary.Left);
        var right = Evaluate(binary.Right);
        return Binary(binary.Op, left, right);
    }

    /// <summary>Python's <c>left op right</c> for the operators settings use on literals: concatenation and integer arithmetic.</summary>
    public static SettingValue Binary(Operator op, SettingValue left, SettingValue right) => (op, left, right) switch
    {
        (Operator.Add, SettingValue.Sequence a, SettingValue.Sequence b) when a.Kind == b.Kind && a.Kind != "set"
            => new SettingValue.Sequence([.. a.Items, .. b.Items], a.Kind),
        (Operator.Add, SettingValue.Str a, SettingValue.Str b) => Carry(new SettingValue.Str(a.Value + b.Value), a, b),
        (Operator.BitOr, SettingValue.Sequence { Kind: "set" } a, SettingValue.Sequence { Kind: "set" } b) => new SettingValue.Sequence([.. a.Items, .. b.Items], "set"),
        (Operator.Add, SettingValue.Int a, SettingValue.Int b) => Integer(a.Value + b.Value),
        (Operator.Sub, SettingValue.Int a, SettingValue.Int b) => Integer(a.Value - b.Value),
        (Operator.Mult, SettingValue.Int a, SettingValue.Int b) => Integer(a.Value * b.Value),
        (Operator.Mult, SettingValue.Str a, SettingValue.Int n) when n.Value * a.Value.Length <= MaxRepeated
            => new SettingValue.Str(string.Concat(Enumerable.Repeat(a.Value, (int)BigInteger.Max(n.Value, 0)))),
        (Operator.Mult, SettingValue.Int, SettingValue.Str) => Binary(op, right, left),
        (Operator.Add, SettingValue.FromEnv { Type: EnvCast.Str }, SettingValue.Str) or (Operator.Add, SettingValue.Str, SettingValue.FromEnv { Type: EnvCast.Str })
            => Derived(EnvCast.Str, left, right),
        _ => Derived(EnvCast.Other, left, right),
    };

    /// <summary>A result computed from operands that came from the environment keeps the first one's read.</summary>
    private static SettingValue Carry(SettingValue result, params SettingValue[] operands) =>
        result.Env is null && operands.FirstOrDefault(o => o.Env is not null)?.Env is { } read ? result with { Env = read } : result;

    /// <summary>A result that depends on a set variable's unknown text has the given type; otherwise it is unknown.</summary>
    private static SettingValue Derived(EnvCast type, params SettingValue[] operands)
    {
        var fromEnv = operands.FirstOrDefault(o => o is SettingValue.FromEnv);
        if (fromEnv is not null && operands.All(o => o is not (SettingValue.Unknown or SettingValue.Missing)))
        {
            return new SettingValue.FromEnv(type) { Env = fromEnv.Env };
        }
        var missing = operands.FirstOrDefault(o => o is SettingValue.Missing);
        return missing ?? operands.FirstOrDefault(o => o is SettingValue.Unknown) ?? new SettingValue.Unknown("an operation pyarch does not evaluate");
    }
}
