using Pyarch.Python.Ast;

namespace Pyarch.Rules.Semantics;

/// <summary>Reading a call's arguments as rules need them: a keyword by name, whether <c>**kwargs</c> may hide one, and literal values.</summary>
public static class CallArguments
{
    public static Keyword? Keyword(this Call call, string name) => call.Keywords.FirstOrDefault(k => k.Name == name);

    /// <summary>True when the call passes <c>**kwargs</c>, which may hold any keyword.</summary>
    public static bool HasDoubleStar(this Call call) => call.Keywords.Any(k => k.Name is null);

    /// <summary>The value passed as keyword <paramref name="name"/>, else the positional argument at <paramref name="position"/>.</summary>
    public static Expr? Argument(this Call call, int position, string name) =>
        call.Keyword(name)?.Value ?? (position >= 0 && call.Args.Count > position && call.Args.Take(position + 1).All(a => a is not Starred) ? call.Args[position] : null);

    public static bool IsBool(Expr? expr, bool value) => expr is Constant { Value: ConstantValue.Bool b } && b.Value == value;

    public static bool IsNone(Expr? expr) => expr is Constant { Value: ConstantValue.None };

    public static string? Str(Expr? expr) => expr is Constant { Value: ConstantValue.Str s } ? s.Value : null;

    /// <summary>The value of a module-level name assigned exactly once (<c>ORIGINS = ["*"]</c>), or null.</summary>
    public static Expr? ModuleValue(Module module, string name)
    {
        var values = module.Body
            .OfType<Assign>()
            .Where(a => a.Targets is [Name target] && target.Id == name)
            .Select(a => a.Value)
            .ToList();
        return values.Count == 1 ? values[0] : null;
    }

    /// <summary>A name's module-level value (see <see cref="ModuleValue"/>), or the expression itself.</summary>
    public static Expr Resolve(Expr expr, Module module) => expr is Name name && ModuleValue(module, name.Id) is { } value ? value : expr;
}
