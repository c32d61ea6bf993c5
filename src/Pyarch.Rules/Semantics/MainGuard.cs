using Pyarch.Python.Ast;

namespace Pyarch.Rules.Semantics;

/// <summary>Recognizes <c>if __name__ == "__main__":</c>, the block that runs only when a module is started as a script.</summary>
public static class MainGuard
{
    public static bool Is(Stmt stmt) =>
        stmt is If { Test: Compare { Left: Name { Id: "__name__" }, Ops: [CmpOperator.Eq], Comparators: [Constant { Value: ConstantValue.Str { Value: "__main__" } }] } };

    /// <summary>The statements of every top-level main guard of a module.</summary>
    public static IEnumerable<Stmt> Bodies(Module module) => module.Body.Where(Is).SelectMany(s => ((If)s).Body);
}
