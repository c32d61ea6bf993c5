using Pyarch.Text;

namespace Pyarch.Python.Ast;

public sealed record FunctionDef(
    TextRange Range, string Name, Arguments Args, IReadOnlyList<Stmt> Body, IReadOnlyList<Expr> DecoratorList,
    Expr? Returns, IReadOnlyList<TypeParam> TypeParams) : Stmt(Range);

public sealed record AsyncFunctionDef(
    TextRange Range, string Name, Arguments Args, IReadOnlyList<Stmt> Body, IReadOnlyList<Expr> DecoratorList,
    Expr? Returns, IReadOnlyList<TypeParam> TypeParams) : Stmt(Range);

public sealed record ClassDef(
    TextRange Range, string Name, IReadOnlyList<Expr> Bases, IReadOnlyList<Keyword> Keywords, IReadOnlyList<Stmt> Body,
    IReadOnlyList<Expr> DecoratorList, IReadOnlyList<TypeParam> TypeParams) : Stmt(Range);

public sealed record Return(TextRange Range, Expr? Value) : Stmt(Range);

public sealed record Delete(TextRange Range, IReadOnlyList<Expr> Targets) : Stmt(Range);

public sealed record Assign(TextRange Range, IReadOnlyList<Expr> Targets, Expr Value) : Stmt(Range);

public sealed record TypeAlias(TextRange Range, Expr Name, IReadOnlyList<TypeParam> TypeParams, Expr Value) : Stmt(Range);

public sealed record AugAssign(TextRange Range, Expr Target, Operator Op, Expr Value) : Stmt(Range);

/// <summary><c>Simple</c> is true for a plain name target not in parentheses, as CPython's <c>simple</c> flag.</summary>
public sealed record AnnAssign(TextRange Range, Expr Target, Expr Annotation, Expr? Value, bool Simple) : Stmt(Range);

public sealed record For(TextRange Range, Expr Target, Expr Iter, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> Orelse) : Stmt(Range);

public sealed record AsyncFor(TextRange Range, Expr Target, Expr Iter, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> Orelse) : Stmt(Range);

public sealed record While(TextRange Range, Expr Test, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> Orelse) : Stmt(Range);

public sealed record If(TextRange Range, Expr Test, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> Orelse) : Stmt(Range);

public sealed record With(TextRange Range, IReadOnlyList<WithItem> Items, IReadOnlyList<Stmt> Body) : Stmt(Range);

public sealed record AsyncWith(TextRange Range, IReadOnlyList<WithItem> Items, IReadOnlyList<Stmt> Body) : Stmt(Range);

public sealed record Match(TextRange Range, Expr Subject, IReadOnlyList<MatchCase> Cases) : Stmt(Range);

public sealed record Raise(TextRange Range, Expr? Exc, Expr? Cause) : Stmt(Range);

public sealed record Try(
    TextRange Range, IReadOnlyList<Stmt> Body, IReadOnlyList<ExceptHandler> Handlers, IReadOnlyList<Stmt> Orelse,
    IReadOnlyList<Stmt> Finalbody) : Stmt(Range);

public sealed record TryStar(
    TextRange Range, IReadOnlyList<Stmt> Body, IReadOnlyList<ExceptHandler> Handlers, IReadOnlyList<Stmt> Orelse,
    IReadOnlyList<Stmt> Finalbody) : Stmt(Range);

public sealed record Assert(TextRange Range, Expr Test, Expr? Msg) : Stmt(Range);

public sealed record Import(TextRange Range, IReadOnlyList<Alias> Names) : Stmt(Range);

/// <summary><c>Module</c> is null for <c>from . import x</c>; <c>Level</c> counts the leading dots.</summary>
public sealed record ImportFrom(TextRange Range, string? Module, IReadOnlyList<Alias> Names, int Level) : Stmt(Range);

public sealed record Global(TextRange Range, IReadOnlyList<string> Names) : Stmt(Range);

public sealed record Nonlocal(TextRange Range, IReadOnlyList<string> Names) : Stmt(Range);

/// <summary>An expression statement (CPython's <c>Expr</c> statement class).</summary>
public sealed record ExprStmt(TextRange Range, Expr Value) : Stmt(Range);

public sealed record Pass(TextRange Range) : Stmt(Range);

public sealed record Break(TextRange Range) : Stmt(Range);

public sealed record Continue(TextRange Range) : Stmt(Range);
