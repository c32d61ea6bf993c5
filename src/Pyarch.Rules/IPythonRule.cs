using Pyarch.Python.Ast;

namespace Pyarch.Rules;

/// <summary>
/// A rule that inspects syntax. It names the node classes it wants (as Bandit's <c>checks("Call")</c> does);
/// the engine walks each module once and hands it every node of those classes, in source order.
/// </summary>
public interface IPythonRule
{
    /// <summary>The exact node classes (<c>typeof(Call)</c>, <c>typeof(Assign)</c>) this rule is given; base classes match nothing.</summary>
    IReadOnlyList<Type> NodeTypes { get; }

    void Check(Node node, ModuleContext context);
}
