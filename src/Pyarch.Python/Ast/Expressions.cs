using Pyarch.Text;

namespace Pyarch.Python.Ast;

public sealed record BoolOp(TextRange Range, BoolOperator Op, IReadOnlyList<Expr> Values) : Expr(Range);

public sealed record NamedExpr(TextRange Range, Expr Target, Expr Value) : Expr(Range);

public sealed record BinOp(TextRange Range, Expr Left, Operator Op, Expr Right) : Expr(Range);

public sealed record UnaryOp(TextRange Range, UnaryOperator Op, Expr Operand) : Expr(Range);

public sealed record Lambda(TextRange Range, Arguments Args, Expr Body) : Expr(Range);

public sealed record IfExp(TextRange Range, Expr Test, Expr Body, Expr Orelse) : Expr(Range);

/// <summary>A key is null for a <c>**mapping</c> entry, as in CPython.</summary>
public sealed record Dict(TextRange Range, IReadOnlyList<Expr?> Keys, IReadOnlyList<Expr> Values) : Expr(Range);

public sealed record Set(TextRange Range, IReadOnlyList<Expr> Elts) : Expr(Range);

public sealed record ListComp(TextRange Range, Expr Elt, IReadOnlyList<Comprehension> Generators) : Expr(Range);

public sealed record SetComp(TextRange Range, Expr Elt, IReadOnlyList<Comprehension> Generators) : Expr(Range);

public sealed record DictComp(TextRange Range, Expr Key, Expr Value, IReadOnlyList<Comprehension> Generators) : Expr(Range);

public sealed record GeneratorExp(TextRange Range, Expr Elt, IReadOnlyList<Comprehension> Generators) : Expr(Range);

public sealed record Await(TextRange Range, Expr Value) : Expr(Range);

public sealed record Yield(TextRange Range, Expr? Value) : Expr(Range);

public sealed record YieldFrom(TextRange Range, Expr Value) : Expr(Range);

public sealed record Compare(TextRange Range, Expr Left, IReadOnlyList<CmpOperator> Ops, IReadOnlyList<Expr> Comparators) : Expr(Range);

public sealed record Call(TextRange Range, Expr Func, IReadOnlyList<Expr> Args, IReadOnlyList<Keyword> Keywords) : Expr(Range);

/// <summary><c>Conversion</c> is -1 for none, else the code of <c>s</c>, <c>r</c> or <c>a</c>, as CPython stores it.</summary>
public sealed record FormattedValue(TextRange Range, Expr Value, int Conversion, Expr? FormatSpec) : Expr(Range);

public sealed record JoinedStr(TextRange Range, IReadOnlyList<Expr> Values) : Expr(Range);

/// <summary><c>Kind</c> is <c>"u"</c> for a string written with a <c>u</c> prefix, else null.</summary>
public sealed record Constant(TextRange Range, ConstantValue Value, string? Kind) : Expr(Range);

public sealed record Attribute(TextRange Range, Expr Value, string Attr, ExprContext Ctx) : ExprWithContext(Range, Ctx);

public sealed record Subscript(TextRange Range, Expr Value, Expr Slice, ExprContext Ctx) : ExprWithContext(Range, Ctx);

public sealed record Starred(TextRange Range, Expr Value, ExprContext Ctx) : ExprWithContext(Range, Ctx);

public sealed record Name(TextRange Range, string Id, ExprContext Ctx) : ExprWithContext(Range, Ctx);

public sealed record List(TextRange Range, IReadOnlyList<Expr> Elts, ExprContext Ctx) : ExprWithContext(Range, Ctx);

public sealed record Tuple(TextRange Range, IReadOnlyList<Expr> Elts, ExprContext Ctx) : ExprWithContext(Range, Ctx);

public sealed record Slice(TextRange Range, Expr? Lower, Expr? Upper, Expr? Step) : Expr(Range);
