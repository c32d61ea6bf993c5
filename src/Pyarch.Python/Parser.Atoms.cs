using System.Runtime.CompilerServices;
using Pyarch.Python.Ast;
using Pyarch.Text;

namespace Pyarch.Python;

internal sealed partial class Parser
{
    /// <summary>
    /// <c>atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp) | (list | listcomp)
    /// | (dict | set | dictcomp | setcomp) | '...'</c>
    /// </summary>
    private Expr ParseAtom()
    {
        Token token = Current;
        switch (token.Kind)
        {
            case TokenKind.Name:
                _index++;
                return new Name(token.Range, NameText(token), ExprContext.Load);
            case TokenKind.Number:
                return ParseNumber(token);
            case TokenKind.String or TokenKind.FStringStart:
                return ParseStrings();
            case TokenKind.True:
                _index++;
                return new Constant(token.Range, ConstantValue.Bool.True, null);
            case TokenKind.False:
                _index++;
                return new Constant(token.Range, ConstantValue.Bool.False, null);
            case TokenKind.None:
                _index++;
                return new Constant(token.Range, ConstantValue.None.Instance, null);
            case TokenKind.Ellipsis:
                _index++;
                return new Constant(token.Range, ConstantValue.Ellipsis.Instance, null);
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.LeftBracket:
                return ParseListDisplay();
            case TokenKind.LeftBrace:
                return ParseBraceDisplay();
            default:
                throw Unexpected();
        }
    }

    /// <summary>
    /// A number atom. A method of its own: the interpolated message made every call of <see cref="ParseAtom"/> zero
    /// its handler's stack slots first, names included.
    /// </summary>
    private Constant ParseNumber(Token token)
    {
        ReadOnlySpan<char> digits = _chars.AsSpan(token.Range.Start, token.Range.Length);
        if (LiteralDecoder.DecimalDigitCount(digits) > LiteralDecoder.MaxDecimalDigits)
        {
            throw Error(
                $"Exceeds the limit ({LiteralDecoder.MaxDecimalDigits} digits) for integer string conversion: value has {LiteralDecoder.DecimalDigitCount(digits)} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                token.Range.Start);
        }
        _index++;
        return new Constant(token.Range, LiteralDecoder.Number(digits), null);
    }

    /// <summary><c>tuple | group | genexp</c>, at <c>(</c>. A group returns its inner node with the inner range, as CPython does.</summary>
    private Expr ParseParenthesized()
    {
        using DepthScope depth = Nest();
        int start = Start;
        Expect(TokenKind.LeftParen);
        if (Eat(TokenKind.RightParen))
        {
            return new Ast.Tuple(From(start), [], ExprContext.Load);
        }
        if (Kind == TokenKind.Yield)
        {
            Expr yield = ParseYieldExpression();
            Expect(TokenKind.RightParen);
            return yield;
        }
        Expr first = ParseStarNamedExpression();
        if (AtComprehension(first))
        {
            List<Comprehension> generators = ParseComprehensionClauses();
            Expect(TokenKind.RightParen);
            return new GeneratorExp(From(start), first, generators);
        }
        if (Kind == TokenKind.Comma)
        {
            var elements = _lists.Exprs.Rent(first);
            while (Eat(TokenKind.Comma) && Kind != TokenKind.RightParen)
            {
                elements.Add(ParseStarNamedExpression());
            }
            CheckMissingComma(elements[^1]);
            Expect(TokenKind.RightParen);
            return new Ast.Tuple(From(start), _lists.Exprs.Finish(elements), ExprContext.Load);
        }
        if (first is Starred)
        {
            throw Error(SyntaxErrors.CannotUseStarred, first);
        }
        CheckMissingComma(first);
        Expect(TokenKind.RightParen);
        return first;
    }

    /// <summary>At <c>for</c> or <c>async for</c>; an unpacked element before it is refused as CPython does.</summary>
    private bool AtComprehension(Expr? element = null)
    {
        if (!AtForClause)
        {
            return false;
        }
        if (element is Starred)
        {
            throw Error("iterable unpacking cannot be used in comprehension", element);
        }
        return true;
    }

    /// <summary><c>list: '[' [star_named_expressions] ']' | listcomp</c>, at <c>[</c>.</summary>
    private Expr ParseListDisplay()
    {
        using DepthScope depth = Nest();
        int start = Start;
        Expect(TokenKind.LeftBracket);
        if (Eat(TokenKind.RightBracket))
        {
            return new Ast.List(From(start), [], ExprContext.Load);
        }
        Expr first = ParseStarNamedExpression();
        if (AtComprehension(first))
        {
            List<Comprehension> generators = ParseComprehensionClauses();
            Expect(TokenKind.RightBracket);
            return new ListComp(From(start), first, generators);
        }
        var elements = ParseDisplayElements(first, TokenKind.RightBracket);
        return new Ast.List(From(start), _lists.Exprs.Finish(elements), ExprContext.Load);
    }

    /// <summary><c>dict | set | dictcomp | setcomp</c>, at <c>{</c>.</summary>
    private Expr ParseBraceDisplay()
    {
        using DepthScope depth = Nest();
        int start = Start;
        Expect(TokenKind.LeftBrace);
        if (Eat(TokenKind.RightBrace))
        {
            return new Dict(From(start), [], []);
        }
        if (Kind == TokenKind.DoubleStar)
        {
            return ParseDictItems(start, null);
        }
        Expr first = ParseStarNamedExpression();
        if (Kind == TokenKind.Colon && first is not Starred)
        {
            _index++;
            Expr value = ParseDictValue();
            if (AtForClause)
            {
                List<Comprehension> generators = ParseComprehensionClauses();
                Expect(TokenKind.RightBrace);
                return new DictComp(From(start), first, value, generators);
            }
            return ParseDictItems(start, (first, value));
        }
        if (AtComprehension(first))
        {
            List<Comprehension> generators = ParseComprehensionClauses();
            Expect(TokenKind.RightBrace);
            return new SetComp(From(start), first, generators);
        }
        var elements = ParseDisplayElements(first, TokenKind.RightBrace);
        return new Ast.Set(From(start), _lists.Exprs.Finish(elements));
    }

    /// <summary>
    /// The elements of a list or set display after <paramref name="first"/>, and its closing bracket. Elements
    /// before a comprehension's <c>for</c> (<c>[x, y for x, y in pairs]</c>) are CPython's "did you forget
    /// parentheses around the comprehension target?", at the first element.
    /// </summary>
    private ScratchList<Expr> ParseDisplayElements(Expr first, TokenKind close)
    {
        var elements = _lists.Exprs.Rent(first);
        while (Eat(TokenKind.Comma) && Kind != close && !AtForClause)
        {
            elements.Add(ParseStarNamedExpression());
        }
        if (ComprehensionFollows())
        {
            throw Error("did you forget parentheses around the comprehension target?", first);
        }
        CheckMissingComma(elements[^1]);
        Expect(close);
        return elements;
    }

    /// <summary>At <c>for</c> or <c>async for</c>.</summary>
    private bool AtForClause
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Kind == TokenKind.For || (Kind == TokenKind.Async && PeekKind() == TokenKind.For);
    }

    /// <summary>
    /// At comprehension clauses that parse (and then <paramref name="close"/>, if given): the test of CPython's rules
    /// for the errors just before them. Clauses that run into the end of a file with a bracket left open are not: the
    /// tokenizer's "was never closed" is the error then.
    /// </summary>
    /// <remarks>
    /// Asked at every keyword argument and display of several elements: the read-ahead's closure, which captures
    /// <paramref name="close"/>, is made only past the <c>for</c> test, in a method of its own (C# makes a captured
    /// parameter's closure where the method starts).
    /// </remarks>
    private bool ComprehensionFollows(TokenKind? close = null) => AtForClause && ComprehensionClausesParse(close);

    private bool ComprehensionClausesParse(TokenKind? close) => ReadsAhead(() =>
    {
        ParseComprehensionClauses();
        return (close is null || Kind == close) && !AtTokenizerError;
    });

    /// <summary>A dictionary value, after its colon, with CPython's messages for a starred or a missing one.</summary>
    private Expr ParseDictValue()
    {
        if (Kind == TokenKind.Star)
        {
            throw Error("cannot use a starred expression in a dictionary value", Start);
        }
        if (Kind is TokenKind.RightBrace or TokenKind.Comma)
        {
            throw Error("expression expected after dictionary key and ':'", _tokens[_index - 1].Range.Start);
        }
        return ParseExpression();
    }

    /// <summary><c>double_starred_kvpairs: ','.double_starred_kvpair+ [',']</c>, after the first pair if there is one.</summary>
    private Expr ParseDictItems(int start, (Expr Key, Expr Value)? first)
    {
        var keys = _lists.OptionalExprs.Rent();
        var values = _lists.Exprs.Rent();
        if (first is { } pair)
        {
            keys.Add(pair.Key);
            values.Add(pair.Value);
            CheckMissingComma(pair.Value);
            if (!Eat(TokenKind.Comma))
            {
                Expect(TokenKind.RightBrace);
                return new Dict(From(start), _lists.OptionalExprs.Finish(keys), _lists.Exprs.Finish(values));
            }
        }
        while (Kind != TokenKind.RightBrace)
        {
            int itemStart = Start;
            if (Eat(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(ParseBitwiseOr());
                if (keys.Count == 1 && ComprehensionFollows(TokenKind.RightBrace))
                {
                    throw Error("dict unpacking cannot be used in dict comprehension", itemStart);
                }
            }
            else
            {
                Expr key = ParseExpression();
                if (!Eat(TokenKind.Colon))
                {
                    // CPython's invalid_kvpair points at the key's last character.
                    throw Error("':' expected after dictionary key", key.Range.End - 1);
                }
                keys.Add(key);
                values.Add(ParseDictValue());
            }
            CheckMissingComma(values[^1]);
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }
        Expect(TokenKind.RightBrace);
        return new Dict(From(start), _lists.OptionalExprs.Finish(keys), _lists.Exprs.Finish(values));
    }

    /// <summary><c>for_if_clauses: (['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+</c></summary>
    private List<Comprehension> ParseComprehensionClauses()
    {
        var clauses = new List<Comprehension>();
        while (AtForClause)
        {
            int start = Start;
            bool isAsync = Eat(TokenKind.Async);
            Expect(TokenKind.For);
            Expr target = ParseTargetList(ExprContext.Store);
            Expect(TokenKind.In);
            Expr iter = ParseDisjunction();
            var ifs = _lists.Exprs.Rent();
            while (Eat(TokenKind.If))
            {
                ifs.Add(ParseDisjunction());
            }
            clauses.Add(new Comprehension(From(start), target, iter, _lists.Exprs.Finish(ifs), isAsync));
        }
        return clauses;
    }

    /// <summary>
    /// <c>'(' [arguments] ')'</c> of a call or class header: positional and starred arguments, keywords and
    /// <c>**</c> unpacking, or one unparenthesized generator expression.
    /// </summary>
    private (IReadOnlyList<Expr> Args, IReadOnlyList<Keyword> Keywords) ParseCallArguments(bool allowGenerator)
    {
        using DepthScope depth = Nest();
        int open = Start;
        Expect(TokenKind.LeftParen);
        var args = _lists.Exprs.Rent();
        // Rented at the first keyword: nine calls in ten have none.
        ScratchList<Keyword>? keywords = null;
        bool sawKeyword = false, sawDoubleStar = false;
        while (Kind != TokenKind.RightParen)
        {
            int start = Start;
            if (Kind == TokenKind.Star)
            {
                if (sawDoubleStar)
                {
                    throw Error(SyntaxErrors.UnpackingAfterKeywordUnpacking, start);
                }
                args.Add(ParseStarredExpression());
                CheckMissingComma(args[^1]);
            }
            else if (Eat(TokenKind.DoubleStar))
            {
                Expr value = ParseExpression();
                CheckMissingComma(value);
                (keywords ??= _lists.KeywordArgs.Rent()).Add(new Keyword(From(start), null, value));
                sawDoubleStar = true;
            }
            else if (Kind == TokenKind.Name && PeekKind() == TokenKind.Equal)
            {
                Token name = Advance();
                _index++;
                Expr value = ParseExpression();
                if (ComprehensionFollows())
                {
                    // f(a = x for x in y): CPython's invalid_kwarg takes it for a mistaken comparison.
                    throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start);
                }
                CheckMissingComma(value);
                (keywords ??= _lists.KeywordArgs.Rent()).Add(new Keyword(From(start), NameText(name), value));
                sawKeyword = true;
            }
            else
            {
                Expr value = ParseNamedExpression(argument: true);
                if (allowGenerator && AtForClause)
                {
                    List<Comprehension> generators = ParseComprehensionClauses();
                    if (args.Count > 0 || keywords is not null || Kind == TokenKind.Comma)
                    {
                        throw Error(SyntaxErrors.GeneratorMustBeParenthesized, value);
                    }
                    Expect(TokenKind.RightParen);
                    // CPython gives a sole generator argument the call's parentheses as its range.
                    return ([new GeneratorExp(From(open), value, generators)], []);
                }
                if (Kind == TokenKind.Equal)
                {
                    throw Error(
                        value is Constant && PeekKind(-1) is TokenKind.True or TokenKind.False or TokenKind.None // bare, not (True)
                            ? SyntaxErrors.CannotAssign(Describe(value))
                            : "expression cannot contain assignment, perhaps you meant \"==\"?",
                        value);
                }
                if (sawDoubleStar || sawKeyword)
                {
                    throw Error(sawDoubleStar ? SyntaxErrors.PositionalAfterKeywordUnpacking : SyntaxErrors.PositionalAfterKeyword, value);
                }
                CheckMissingComma(value);
                args.Add(value);
            }
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }
        Expect(TokenKind.RightParen);
        return (_lists.Exprs.Finish(args), keywords is null ? [] : _lists.KeywordArgs.Finish(keywords));
    }

    /// <summary>How CPython names an expression in "cannot assign to ..." messages.</summary>
    private static string Describe(Expr expression) => expression switch
    {
        Call => "function call",
        Constant { Value: ConstantValue.Bool(true) } => "True",
        Constant { Value: ConstantValue.Bool(false) } => "False",
        Constant { Value: ConstantValue.None } => "None",
        Constant { Value: ConstantValue.Ellipsis } => "ellipsis",
        Constant => "literal",
        JoinedStr => "f-string expression",
        BinOp or UnaryOp => "expression",
        BoolOp => "expression",
        Compare => "comparison",
        Lambda => "lambda",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        Await => "await expression",
        Yield or YieldFrom => "yield expression",
        GeneratorExp => "generator expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Ast.Set => "set display",
        Ast.Tuple => "tuple",
        Ast.List => "list",
        Starred => "starred",
        Name => "name",
        Ast.Attribute => "attribute",
        Subscript => "subscript",
        _ => "expression",
    };
}
