using Pyarch.Text;

namespace Pyarch.Python.Ast;

/// <summary>One <c>for ... in ... if ...</c> clause of a comprehension.</summary>
public sealed record Comprehension(TextRange Range, Expr Target, Expr Iter, IReadOnlyList<Expr> Ifs, bool IsAsync) : Node(Range);

/// <summary>An <c>except</c> (or <c>except*</c>) clause.</summary>
public sealed record ExceptHandler(TextRange Range, Expr? Type, string? Name, IReadOnlyList<Stmt> Body) : Node(Range);

/// <summary>A parameter list. <c>KwDefaults</c> holds null for a keyword-only parameter without a default.</summary>
public sealed record Arguments(
    TextRange Range, IReadOnlyList<Arg> PosonlyArgs, IReadOnlyList<Arg> Args, Arg? Vararg, IReadOnlyList<Arg> KwonlyArgs,
    IReadOnlyList<Expr?> KwDefaults, Arg? Kwarg, IReadOnlyList<Expr> Defaults) : Node(Range);

/// <summary>One parameter (CPython's <c>arg</c>).</summary>
public sealed record Arg(TextRange Range, string Name, Expr? Annotation) : Node(Range);

/// <summary>A keyword argument in a call or class header; <c>Name</c> is null for <c>**kwargs</c>.</summary>
public sealed record Keyword(TextRange Range, string? Name, Expr Value) : Node(Range);

public sealed record Alias(TextRange Range, string Name, string? Asname) : Node(Range);

public sealed record WithItem(TextRange Range, Expr ContextExpr, Expr? OptionalVars) : Node(Range);

public sealed record MatchCase(TextRange Range, Pattern Pattern, Expr? Guard, IReadOnlyList<Stmt> Body) : Node(Range);

public sealed record TypeVar(TextRange Range, string Name, Expr? Bound, Expr? DefaultValue) : TypeParam(Range, Name);

public sealed record ParamSpec(TextRange Range, string Name, Expr? DefaultValue) : TypeParam(Range, Name);

public sealed record TypeVarTuple(TextRange Range, string Name, Expr? DefaultValue) : TypeParam(Range, Name);
