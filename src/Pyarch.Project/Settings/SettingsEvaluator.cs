using System.Numerics;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Project.Settings;

/// <summary>
/// Evaluates one Python expression of a settings or config module to a <see cref="SettingValue"/> in one
/// <see cref="EnvWorld"/>, without running anything: literals and containers, names through the caller's scope,
/// the environment reads of <c>os</c>, django-environ and python-decouple, and the conversions projects apply to
/// them (<c>== 'true'</c>, <c>.lower() in (...)</c>, <c>int()</c>, <c>strtobool</c>). Every value it returns carries
/// the origin of its expression and the environment read it derives from.
/// </summary>
public sealed partial class SettingsEvaluator
{
    private const int MaxDepth = 24;

    private static readonly HashSet<string> Builtins =
    [
        "bool", "int", "float", "str", "list", "tuple", "dict", "set", "frozenset", "len", "print", "open", "range", "sorted",
    ];

    private readonly Func<string, SettingValue?> _lookup;
    private readonly Func<Node, int> _lineOf;
    private int _depth;

    /// <param name="lookup">The value a name is bound to in the scope being evaluated, or null when it is not bound.</param>
    public SettingsEvaluator(Func<string, SettingValue?> lookup, EnvWorld world, string file, Func<Node, int> lineOf)
    {
        _lookup = lookup;
        World = world;
        File = file;
        _lineOf = lineOf;
    }

    public EnvWorld World { get; }

    public string File { get; }

    public SettingOrigin OriginOf(Node node) => new(File, _lineOf(node), node.Range);

    public SettingValue Evaluate(Expr expr)
    {
        if (_depth >= MaxDepth)
        {
            return new SettingValue.Unknown("expression nested too deeply") { Origin = OriginOf(expr) };
        }
        _depth++;
        try
        {
            var value = EvaluateCore(expr);
            return value.Origin is null ? value with { Origin = OriginOf(expr) } : value;
        }
        finally
        {
            _depth--;
        }
    }

    private SettingValue EvaluateCore(Expr expr) => expr switch
    {
        Constant c => Literal(c.Value),
        JoinedStr j => FormattedString(j),
        Python.Ast.List l => Elements(l.Elts, "list"),
        Python.Ast.Tuple t => Elements(t.Elts, "tuple"),
        Set s => Elements(s.Elts, "set"),
        Dict d => DictValue(d),
        Name n => NameValue(n.Id),
        Attribute a => AttributeValue(a),
        Subscript s => SubscriptValue(s),
        Call c => CallValue(c),
        Compare c => CompareValue(c),
        BoolOp b => BoolOpValue(b),
        UnaryOp u => UnaryValue(u),
        BinOp b => BinaryValue(b),
        IfExp i => Evaluate(i.Test).Truthy switch
        {
            true => Evaluate(i.Body),
            false => Evaluate(i.Orelse),
            null => new SettingValue.Unknown("a conditional expression on an unknown test"),
        },
        _ => new SettingValue.Unknown(expr.GetType().Name + " expression"),
    };

    private static SettingValue Literal(ConstantValue value) => value switch
    {
        ConstantValue.Bool b => new SettingValue.Bool(b.Value),
        ConstantValue.Int i => new SettingValue.Int(i.Value),
        ConstantValue.Float f => new SettingValue.Float(f.Value),
        ConstantValue.Str s => new SettingValue.Str(s.Value),
        ConstantValue.None => new SettingValue.None(),
        _ => new SettingValue.Unknown("a bytes, complex or Ellipsis literal"),
    };

    private SettingValue NameValue(string id)
    {
        if (_lookup(id) is { } bound)
        {
            return bound;
        }
        return id == "__file__" ? new SettingValue.Unknown("the module's path")
            : Builtins.Contains(id) ? new SettingValue.Symbol("builtins." + id)
            : new SettingValue.Unknown($"`{id}` is not bound statically");
    }

    private SettingValue AttributeValue(Attribute attribute) => Evaluate(attribute.Value) switch
    {
        SettingValue.Symbol s => new SettingValue.Symbol(s.QualifiedName + "." + attribute.Attr),
        _ => new SettingValue.Unknown($"attribute `{attribute.Attr}`"),
    };

    private SettingValue FormattedString(JoinedStr joined)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in joined.Values)
        {
            var value = part is FormattedValue { FormatSpec: null, Conversion: -1 } formatted ? Evaluate(formatted.Value) : Evaluate(part);
            switch (value)
            {
                case SettingValue.Str s:
                    text.Append(s.Value);
                    break;
                case SettingValue.Int i:
                    text.Append(i.Value);
                    break;
                case SettingValue.FromEnv:
                    return new SettingValue.FromEnv(EnvCast.Str) { Env = value.Env };
                default:
                    return new SettingValue.Unknown("an f-string with an unknown part");
            }
        }
        return new SettingValue.Str(text.ToString());
    }

    private SettingValue Elements(IReadOnlyList<Expr> elements, string kind)
    {
        var items = new List<SettingValue>();
        foreach (var element in elements)
        {
            if (element is Starred starred)
            {
                if (Evaluate(starred.Value).Elements is not { } spliced)
                {
                    return new SettingValue.Unknown($"a {kind} unpacking an unknown value");
                }
                items.AddRange(spliced);
                continue;
            }
            items.Add(Evaluate(element));
        }
        return new SettingValue.Sequence(items, kind);
    }

    private SettingValue DictValue(Dict dict)
    {
        var entries = new List<KeyValuePair<SettingValue, SettingValue>>();
        for (int i = 0; i < dict.Keys.Count; i++)
        {
            if (dict.Keys[i] is { } key)
            {
                entries.Add(new(Evaluate(key), Evaluate(dict.Values[i])));
            }
            else if (Evaluate(dict.Values[i]) is SettingValue.Mapping spliced)
            {
                entries.AddRange(spliced.Entries);
            }
            else
            {
                return new SettingValue.Unknown("a dict unpacking an unknown value");
            }
        }
        return new SettingValue.Mapping(entries);
    }

    private SettingValue SubscriptValue(Subscript subscript)
    {
        if (EnvReadOf(subscript) is { } read)
        {
            return ValueOf(read);
        }
        var container = Evaluate(subscript.Value);
        var key = Evaluate(subscript.Slice);
        return (container, key) switch
        {
            (SettingValue.Mapping m, _) => Lookup(m, key) ?? new SettingValue.Unknown("a key the dict may not hold"),
            (SettingValue.Sequence s, SettingValue.Int i) when i.Value >= -s.Items.Count && i.Value < s.Items.Count
                => s.Items[(int)(i.Value < 0 ? i.Value + s.Items.Count : i.Value)],
            _ => new SettingValue.Unknown("a subscript of an unknown value"),
        };
    }

    /// <summary>The value stored under a key in a dict, the last one winning as in a dict display; null when absent or unknown.</summary>
    public static SettingValue? Lookup(SettingValue.Mapping mapping, SettingValue key)
    {
        for (int i = mapping.Entries.Count - 1; i >= 0; i--)
        {
            if (mapping.Entries[i].Key.Equal(key) == true)
            {
                return mapping.Entries[i].Value;
            }
        }
        return null;
    }

    private static SettingValue Integer(BigInteger value) => new SettingValue.Int(value);
}
