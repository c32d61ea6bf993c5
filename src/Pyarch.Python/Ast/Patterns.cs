using Pyarch.Text;

namespace Pyarch.Python.Ast;

public sealed record MatchValue(TextRange Range, Expr Value) : Pattern(Range);

public sealed record MatchSingleton(TextRange Range, ConstantValue Value) : Pattern(Range);

public sealed record MatchSequence(TextRange Range, IReadOnlyList<Pattern> Patterns) : Pattern(Range);

public sealed record MatchMapping(TextRange Range, IReadOnlyList<Expr> Keys, IReadOnlyList<Pattern> Patterns, string? Rest) : Pattern(Range);

public sealed record MatchClass(
    TextRange Range, Expr Cls, IReadOnlyList<Pattern> Patterns, IReadOnlyList<string> KwdAttrs,
    IReadOnlyList<Pattern> KwdPatterns) : Pattern(Range);

public sealed record MatchStar(TextRange Range, string? Name) : Pattern(Range);

public sealed record MatchAs(TextRange Range, Pattern? Pattern, string? Name) : Pattern(Range);

public sealed record MatchOr(TextRange Range, IReadOnlyList<Pattern> Patterns) : Pattern(Range);
