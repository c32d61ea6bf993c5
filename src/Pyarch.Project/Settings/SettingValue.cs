using System.Globalization;
using System.Numerics;

namespace Pyarch.Project.Settings;

/// <summary>
/// A statically evaluated Python value of a setting in one <see cref="EnvWorld"/>: a literal, the value of a set
/// environment variable whose text is unknown but whose type is known (<see cref="FromEnv"/>), a read that raises
/// (<see cref="Missing"/>), or <see cref="Unknown"/> with the reason. <see cref="Origin"/> is where the value was
/// produced (the assignment for a setting, the element for a list item), null for a framework default;
/// <see cref="Env"/> is the environment read it came from, in either world. The predicates answer Python's
/// questions exactly and return null when the answer depends on what pyarch cannot know.
/// </summary>
public abstract record SettingValue
{
    public SettingOrigin? Origin { get; init; }

    public EnvRead? Env { get; init; }

    public sealed record Bool(bool Value) : SettingValue;

    public sealed record Int(BigInteger Value) : SettingValue;

    public sealed record Float(double Value) : SettingValue;

    public sealed record Str(string Value) : SettingValue;

    public sealed record None : SettingValue;

    /// <summary>A list, tuple or set.</summary>
    public sealed record Sequence(IReadOnlyList<SettingValue> Items, string Kind) : SettingValue;

    public sealed record Mapping(IReadOnlyList<KeyValuePair<SettingValue, SettingValue>> Entries) : SettingValue;

    /// <summary>The value of a set environment variable after the read's conversion: its type is known, its content not.</summary>
    public sealed record FromEnv(EnvCast Type) : SettingValue;

    /// <summary>A read of an unset variable without a default: importing the settings raises.</summary>
    public sealed record Missing : SettingValue;

    /// <summary>A module, class or function bound by an import or a definition, by its dotted name.</summary>
    public sealed record Symbol(string QualifiedName) : SettingValue;

    /// <summary>An object built by calling a known class (<c>environ.Env(DEBUG=(bool, False))</c>), with the call's keyword values.</summary>
    public sealed record Instance(string QualifiedType, IReadOnlyDictionary<string, SettingValue> Keywords) : SettingValue;

    public sealed record Unknown(string Reason) : SettingValue;

    /// <summary>Python's <c>bool(value)</c>; a set variable read as text is a non-empty string.</summary>
    public bool? Truthy => this switch
    {
        Bool b => b.Value,
        Int i => !i.Value.IsZero,
        Float f => f.Value != 0,
        Str s => s.Value.Length > 0,
        None => false,
        Sequence s => s.Items.Count > 0,
        Mapping m => m.Entries.Count > 0,
        FromEnv { Type: EnvCast.Str } => true,
        Symbol or Instance => true,
        _ => null,
    };

    /// <summary>Python's <c>value is True</c>: only the bool singleton; a string never is, nor is <c>1</c>.</summary>
    public bool? IsTrue => this switch
    {
        Bool b => b.Value,
        FromEnv { Type: EnvCast.Bool or EnvCast.Other } => null,
        Missing or Unknown => null,
        _ => false,
    };

    /// <summary>Python's <c>value is None</c>.</summary>
    public bool? IsNone => this switch
    {
        None => true,
        FromEnv { Type: EnvCast.Other } or Missing or Unknown => null,
        _ => false,
    };

    /// <summary>Python's <c>value == text</c>.</summary>
    public bool? EqualsText(string text) => Equal(new Str(text));

    /// <summary>The items of a list, tuple or set, null for anything else.</summary>
    public IReadOnlyList<SettingValue>? Elements => (this as Sequence)?.Items;

    /// <summary>Python's <c>text in value</c> for a list, tuple or set setting (MIDDLEWARE, INSTALLED_APPS).</summary>
    public bool? ContainsText(string text) => Contains(new Str(text));

    /// <summary>Python's <c>item in value</c> for a str (substring) or a list, tuple or set; null when unknown.</summary>
    public bool? Contains(SettingValue item)
    {
        if (this is Str haystack && item is Str needle)
        {
            return haystack.Value.Contains(needle.Value, StringComparison.Ordinal);
        }
        if (Elements is not { } items)
        {
            return null;
        }
        bool unknown = false;
        foreach (var candidate in items)
        {
            switch (item.Equal(candidate))
            {
                case true:
                    return true;
                case null:
                    unknown = true;
                    break;
            }
        }
        return unknown ? null : false;
    }

    /// <summary>The value as Python's <c>repr</c> would show it, for messages; env values name their variable.</summary>
    public string Describe() => this switch
    {
        Bool b => b.Value ? "True" : "False",
        Int i => i.Value.ToString(CultureInfo.InvariantCulture),
        Float f => f.Value.ToString("R", CultureInfo.InvariantCulture),
        Str s => "'" + s.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'",
        None => "None",
        Sequence s => (s.Kind == "tuple" ? "(" : "[") + string.Join(", ", s.Items.Select(i => i.Describe())) + (s.Kind == "tuple" ? (s.Items.Count == 1 ? ",)" : ")") : "]"),
        Mapping m => "{" + string.Join(", ", m.Entries.Select(e => e.Key.Describe() + ": " + e.Value.Describe())) + "}",
        FromEnv e => $"the value of `{Env?.Name}` as {e.Type.ToString().ToLowerInvariant()}",
        Missing => $"unset `{Env?.Name}` (the read raises)",
        Symbol s => s.QualifiedName,
        Instance i => i.QualifiedType + "(...)",
        Unknown u => "unknown (" + u.Reason + ")",
        _ => GetType().Name,
    };

    /// <summary>Python's <c>==</c>, or null when either side is not a known literal.</summary>
    public bool? Equal(SettingValue other) => (this, other) switch
    {
        (Str a, Str b) => a.Value == b.Value,
        (None, None) => true,
        (Sequence a, Sequence b) => a.Kind == b.Kind ? SameItems(a.Items, b.Items) : false,
        _ when Number is { } a && other.Number is { } b => a == b,
        (FromEnv or Unknown or Missing or Symbol or Instance, _) => null,
        (_, FromEnv or Unknown or Missing or Symbol or Instance) => null,
        _ => false,
    };

    private static bool? SameItems(IReadOnlyList<SettingValue> a, IReadOnlyList<SettingValue> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        bool? all = true;
        for (int i = 0; i < a.Count && all != false; i++)
        {
            all = a[i].Equal(b[i]) switch
            {
                false => false,
                null => null,
                true => all,
            };
        }
        return all;
    }

    /// <summary>A bool, int or float as a number, as Python compares them (<c>True == 1</c>).</summary>
    public double? Number => this switch
    {
        Bool b => b.Value ? 1 : 0,
        Int i => (double)i.Value,
        Float f => f.Value,
        _ => null,
    };
}
