using Pyarch.Text;

namespace Pyarch.Python.Ast;

/// <summary>
/// The base of every syntax node. Each node mirrors one class of CPython's <c>ast</c> module, with CPython's
/// class name and its fields in PascalCase, and holds exactly one range into the decoded text.
/// Nodes that CPython gives no positions (<c>arguments</c>, <c>comprehension</c>, <c>withitem</c>,
/// <c>match_case</c>, operators) still carry a range here; the JSON writer leaves it out for them.
/// </summary>
public abstract record Node(TextRange Range);

public abstract record Mod(TextRange Range) : Node(Range);

public abstract record Stmt(TextRange Range) : Node(Range);

public abstract record Expr(TextRange Range) : Node(Range);

/// <summary>The expressions that CPython gives an <c>expr_context</c>: those that can be assigned to or deleted.</summary>
public abstract record ExprWithContext(TextRange Range, ExprContext Ctx) : Expr(Range)
{
    /// <summary>
    /// Load, or Store or Del for a target. The parser reads a target as an expression first, as CPython's grammar
    /// does, and then sets its context here rather than copying the node; nothing else changes it.
    /// </summary>
    public ExprContext Ctx { get; internal set; } = Ctx;
}

public abstract record Pattern(TextRange Range) : Node(Range);

public abstract record TypeParam(TextRange Range, string Name) : Node(Range);

public sealed record Module(TextRange Range, IReadOnlyList<Stmt> Body) : Mod(Range);
