using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Project.Settings;

public sealed partial class SettingsEvaluator
{
    /// <summary>django-environ's <c>Env</c> methods that convert, by the type they yield.</summary>
    private static readonly Dictionary<string, EnvCast> EnvironMethods = new(StringComparer.Ordinal)
    {
        ["str"] = EnvCast.Str,
        ["bool"] = EnvCast.Bool,
        ["int"] = EnvCast.Int,
        ["float"] = EnvCast.Float,
        ["list"] = EnvCast.List,
        ["tuple"] = EnvCast.List,
        ["dict"] = EnvCast.Dict,
        ["json"] = EnvCast.Other,
        ["url"] = EnvCast.Other,
        ["db"] = EnvCast.Other,
        ["db_url"] = EnvCast.Other,
        ["cache"] = EnvCast.Other,
        ["cache_url"] = EnvCast.Other,
        ["email"] = EnvCast.Other,
        ["email_url"] = EnvCast.Other,
        ["search_url"] = EnvCast.Other,
        ["path"] = EnvCast.Other,
    };

    private static readonly HashSet<string> EnvironTypes = ["environ.Env", "environ.environ.Env"];

    private static readonly HashSet<string> DecoupleTypes = ["decouple.AutoConfig", "decouple.Config"];

    /// <summary>The values <c>strtobool</c> and python-decouple's bool cast accept, as Python's <c>distutils.util.strtobool</c> lists them.</summary>
    private static readonly Dictionary<string, bool> BooleanWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["y"] = true,
        ["yes"] = true,
        ["t"] = true,
        ["true"] = true,
        ["on"] = true,
        ["1"] = true,
        ["n"] = false,
        ["no"] = false,
        ["f"] = false,
        ["false"] = false,
        ["off"] = false,
        ["0"] = false,
    };

    /// <summary>
    /// The environment read an expression performs, or null: <c>os.environ[...]</c>, <c>os.environ.get</c>,
    /// <c>os.getenv</c>, a django-environ <c>Env</c> called or its converting methods, python-decouple's
    /// <c>config</c> (or an <c>AutoConfig</c>/<c>Config</c> instance). Names need a literal string.
    /// </summary>
    public EnvRead? EnvReadOf(Expr expr) => expr switch
    {
        Subscript { Ctx: ExprContext.Load } s when IsSymbol(s.Value, "os.environ") && Text(s.Slice) is { } name
            => Read(name, null, EnvCast.Str, "os.environ[]", s),
        Call call => CallRead(call),
        _ => null,
    };

    private EnvRead? CallRead(Call call)
    {
        if (call.Func is Attribute { Attr: var method } attribute && Evaluate(attribute.Value) is SettingValue.Instance { QualifiedType: var type } instance
            && EnvironTypes.Contains(type) && EnvironMethods.TryGetValue(method, out var cast))
        {
            return EnvironRead(call, instance, cast, "env." + method);
        }
        return Evaluate(call.Func) switch
        {
            SettingValue.Symbol { QualifiedName: "os.getenv" or "os.environ.get" } s
                => Argument(call, 0, "key") is { } key && Text(key) is { } name
                    ? Read(name, Argument(call, 1, "default") is { } d ? Evaluate(d) : new SettingValue.None(), EnvCast.Str, s.QualifiedName, call)
                    : null,
            SettingValue.Instance { QualifiedType: var environ } env when EnvironTypes.Contains(environ) => EnvironRead(call, env, null, "env"),
            SettingValue.Symbol { QualifiedName: "decouple.config" } => DecoupleRead(call),
            SettingValue.Instance { QualifiedType: var decouple } when DecoupleTypes.Contains(decouple) => DecoupleRead(call),
            _ => null,
        };
    }

    /// <summary>
    /// <c>env('X', cast=bool, default=...)</c> or <c>env.bool('X', default=...)</c>. Without a default the read raises
    /// <c>ImproperlyConfigured</c>, unless the <c>Env(X=(bool, False))</c> scheme gives one; django-environ returns a
    /// default as written, without converting it.
    /// </summary>
    private EnvRead? EnvironRead(Call call, SettingValue.Instance env, EnvCast? method, string form)
    {
        if (Argument(call, 0, "var") is not { } key || Text(key) is not { } name)
        {
            return null;
        }
        var scheme = env.Keywords.GetValueOrDefault(name);
        var schemeItems = scheme?.Elements ?? (scheme is null ? null : [scheme]);
        EnvCast cast = method ?? (Argument(call, 1, "cast") is { } c ? CastOf(Evaluate(c)) : schemeItems is [var t, ..] ? CastOf(t) : EnvCast.Str);
        var defaultExpr = Argument(call, method is null ? 2 : 1, "default");
        SettingValue? fallback = defaultExpr is not null ? Evaluate(defaultExpr) : schemeItems is [_, var d] ? d : null;
        return Read(name, fallback, cast, form, call);
    }

    /// <summary>python-decouple's <c>config('X', default=..., cast=...)</c>: it converts the default too.</summary>
    private EnvRead? DecoupleRead(Call call)
    {
        if (Argument(call, 0, "option") is not { } key || Text(key) is not { } name)
        {
            return null;
        }
        var castValue = Argument(call, 2, "cast") is { } c ? Evaluate(c) : null;
        EnvCast cast = castValue is null ? EnvCast.Str : CastOf(castValue);
        var fallback = Argument(call, 1, "default") is { } d ? Convert(Evaluate(d), cast) : null;
        return Read(name, fallback, cast, "decouple.config", call);
    }

    private static EnvCast CastOf(SettingValue cast) => cast switch
    {
        SettingValue.Symbol { QualifiedName: "builtins.bool" } => EnvCast.Bool,
        SettingValue.Symbol { QualifiedName: "builtins.int" } => EnvCast.Int,
        SettingValue.Symbol { QualifiedName: "builtins.float" } => EnvCast.Float,
        SettingValue.Symbol { QualifiedName: "builtins.str" } => EnvCast.Str,
        SettingValue.Symbol { QualifiedName: "builtins.list" or "builtins.tuple" } => EnvCast.List,
        SettingValue.Instance { QualifiedType: "decouple.Csv" } => EnvCast.List,
        SettingValue.Symbol { QualifiedName: "builtins.dict" } => EnvCast.Dict,
        _ => EnvCast.Other,
    };

    /// <summary>A default converted as a decouple cast converts it; a value of another type stays unknown.</summary>
    private static SettingValue Convert(SettingValue value, EnvCast cast) => (cast, value) switch
    {
        (EnvCast.Str, _) or (_, SettingValue.Missing or SettingValue.Unknown) => value,
        (EnvCast.Bool, SettingValue.Str s) => BooleanWords.TryGetValue(s.Value, out bool b) ? new SettingValue.Bool(b)
            : s.Value.Length == 0 ? new SettingValue.Bool(false) : new SettingValue.Unknown($"'{s.Value}' is not a boolean word"),
        (EnvCast.Bool, _) => value.Truthy is { } truthy ? new SettingValue.Bool(truthy) : value,
        (EnvCast.Int, SettingValue.Str s) => System.Numerics.BigInteger.TryParse(s.Value.Trim(), out var i) ? Integer(i) : new SettingValue.Unknown($"'{s.Value}' is not an int"),
        (EnvCast.Int, SettingValue.Bool b) => Integer(b.Value ? 1 : 0),
        (EnvCast.Int, SettingValue.Int) => value,
        (EnvCast.List, SettingValue.Str s) => SplitCsv(s.Value),
        (EnvCast.List, SettingValue.Sequence) => value,
        _ => new SettingValue.Unknown("a default converted by " + cast.ToString().ToLowerInvariant()),
    };

    private static SettingValue SplitCsv(string text) =>
        new SettingValue.Sequence(text.Length == 0 ? [] : text.Split(',').Select(p => (SettingValue)new SettingValue.Str(p.Trim())).ToList(), "list");

    private EnvRead Read(string name, SettingValue? fallback, EnvCast cast, string form, Expr at) =>
        new(name, fallback, cast, form, File, _lineOf(at));

    /// <summary>What a read yields in this world: its default (or <see cref="SettingValue.Missing"/>) when unset, a typed unknown when set.</summary>
    public SettingValue ValueOf(EnvRead read) => World switch
    {
        EnvWorld.Unset when read.Default is { } fallback => fallback with { Env = read },
        EnvWorld.Unset => new SettingValue.Missing { Env = read },
        _ => new SettingValue.FromEnv(read.Cast) { Env = read },
    };

    /// <summary>The positional argument at <paramref name="index"/>, or else the keyword argument of that name.</summary>
    private static Expr? Argument(Call call, int index, string keyword) =>
        index < call.Args.Count && call.Args[index] is not Starred ? call.Args[index] : call.Keywords.FirstOrDefault(k => k.Name == keyword)?.Value;

    private static string? Text(Expr expr) => expr is Constant { Value: ConstantValue.Str s } ? s.Value : null;

    private bool IsSymbol(Expr expr, string qualifiedName) =>
        Evaluate(expr) is SettingValue.Symbol s && s.QualifiedName == qualifiedName;
}
