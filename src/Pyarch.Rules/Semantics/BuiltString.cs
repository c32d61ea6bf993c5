using System.Text;
using System.Text.RegularExpressions;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;
using Match = System.Text.RegularExpressions.Match;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// A string built at run time from literal text and values: an f-string, <c>%</c> formatting, <c>.format()</c>,
/// concatenation or <c>.replace()</c>. <see cref="Parts"/> is the literal text in order with a hole wherever a value
/// that is not itself a constant goes in, so a rule can ask what surrounds each value (an SQL keyword, an HTML tag).
/// </summary>
public sealed partial record BuiltString(Expr Expression, string How, IReadOnlyList<BuiltString.Part> Parts)
{
    /// <summary>Literal text, then the value that follows it (null for the text after the last value).</summary>
    public sealed record Part(string Text, Expr? Hole);

    /// <summary>The literal text with the holes left out.</summary>
    public string Literal => string.Concat(Parts.Select(p => p.Text));

    /// <summary>Each hole with all the literal text before it.</summary>
    public IEnumerable<(string Before, Expr Hole)> Holes
    {
        get
        {
            var before = new StringBuilder();
            foreach (var part in Parts)
            {
                before.Append(part.Text);
                if (part.Hole is not null)
                {
                    yield return (before.ToString(), part.Hole);
                }
            }
        }
    }

    /// <summary>The string an expression builds, or null when it is not built from at least one non-constant value.</summary>
    public static BuiltString? Of(Expr expr)
    {
        var built = expr switch
        {
            JoinedStr f => new BuiltString(f, "an f-string", FString(f)),
            BinOp { Op: Operator.Mod, Left: Constant { Value: ConstantValue.Str format } } b =>
                new BuiltString(b, "`%` formatting", Printf(format.Value, b.Right)),
            Call { Func: Attribute { Attr: "format", Value: Constant { Value: ConstantValue.Str format } } } c =>
                new BuiltString(c, "`.format()`", Format(format.Value, c)),
            BinOp { Op: Operator.Add } b when Concatenation(b) is { } parts => new BuiltString(b, "concatenation", parts),
            Call { Func: Attribute { Attr: "replace", Value: var receiver }, Args: [_, var value] } c =>
                new BuiltString(c, "`.replace()`", [.. Of(receiver)?.Parts ?? Text(receiver), new Part("", value)]),
            _ => null,
        };
        return built is not null && built.Parts.Any(p => p.Hole is not null and not Constant) ? built : null;
    }

    private static List<Part> Text(Expr expr) => expr is Constant { Value: ConstantValue.Str s } ? [new Part(s.Value, null)] : [new Part("", expr)];

    private static List<Part> FString(JoinedStr f) =>
        f.Values.Select(v => v is FormattedValue value ? new Part("", value.Value) : new Part(Str(v) ?? "", null)).ToList();

    private static List<Part> Printf(string format, Expr values)
    {
        var holes = values is Python.Ast.Tuple t ? t.Elts : [values];
        var parts = new List<Part>();
        int last = 0, index = 0;
        foreach (Match spec in PrintfSpec().Matches(format))
        {
            string text = format[last..spec.Index];
            last = spec.Index + spec.Length;
            if (spec.Value == "%%")
            {
                parts.Add(new Part(text + "%", null));
                continue;
            }
            // A mapping key (%(name)s) takes its value from a dict: the whole right operand stands for it.
            var hole = spec.Groups["key"].Success || index >= holes.Count ? values : holes[index];
            index++;
            parts.Add(new Part(text, hole));
        }
        parts.Add(new Part(format[last..], null));
        return parts;
    }

    private static List<Part> Format(string format, Call call)
    {
        var parts = new List<Part>();
        int last = 0, auto = 0;
        foreach (Match field in FormatField().Matches(format))
        {
            string text = format[last..field.Index];
            last = field.Index + field.Length;
            if (field.Value is "{{" or "}}")
            {
                parts.Add(new Part(text + field.Value[0], null));
                continue;
            }
            string key = field.Groups["name"].Value.Split('.', '[')[0];
            Expr hole = key.Length == 0 && auto < call.Args.Count ? call.Args[auto++]
                : int.TryParse(key, out int i) && i < call.Args.Count ? call.Args[i]
                : call.Keywords.FirstOrDefault(k => k.Name == key)?.Value ?? call;
            parts.Add(new Part(text, hole));
        }
        parts.Add(new Part(format[last..], null));
        return parts;
    }

    /// <summary>The parts of <c>a + b + ...</c> when at least one operand is a string literal or an f-string.</summary>
    private static List<Part>? Concatenation(BinOp binOp)
    {
        var operands = new List<Expr>();
        Flatten(binOp, operands);
        if (!operands.Any(o => o is JoinedStr || Str(o) is not null))
        {
            return null;
        }
        return operands.SelectMany(o => o is JoinedStr f ? FString(f) : Text(o)).ToList();
    }

    private static void Flatten(Expr expr, List<Expr> operands)
    {
        if (expr is BinOp { Op: Operator.Add } b)
        {
            Flatten(b.Left, operands);
            Flatten(b.Right, operands);
            return;
        }
        operands.Add(expr);
    }

    private static string? Str(Expr expr) => expr is Constant { Value: ConstantValue.Str s } ? s.Value : null;

    [GeneratedRegex(@"%%|%(?<key>\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?[diouxXeEfFgGcrsab]")]
    private static partial Regex PrintfSpec();

    [GeneratedRegex(@"\{\{|\}\}|\{(?<name>[^{}!:]*)(?:![rsa])?(?::[^{}]*)?\}")]
    private static partial Regex FormatField();
}
