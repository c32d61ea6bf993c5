using Pyarch.Python.Ast;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// A read of one environment variable: <c>os.environ.get("X", default)</c>, <c>os.getenv("X", default)</c> or
/// <c>os.environ["X"]</c>. <see cref="Default"/> is what the read gives while the variable is unset (null: none, so
/// <c>None</c> or a <c>KeyError</c>).
/// </summary>
public sealed record EnvRead(string Variable, Expr? Default)
{
    public static EnvRead? Of(Expr expr, ModuleContext context) => expr switch
    {
        Call { Args: [Constant { Value: ConstantValue.Str name }, ..] } call
            when context.Imports.Is(call.Func, "os.environ.get", "os.getenv") =>
            new EnvRead(name.Value, call.Args.Count > 1 ? call.Args[1] : call.Keywords.FirstOrDefault(k => k.Name == "default")?.Value),
        Subscript { Slice: Constant { Value: ConstantValue.Str name } } subscript
            when context.Imports.Is(subscript.Value, "os.environ") => new EnvRead(name.Value, null),
        _ => null,
    };
}
