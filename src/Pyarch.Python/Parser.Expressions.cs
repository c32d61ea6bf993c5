using System.Diagnostics;
using System.Runtime.CompilerServices;
using Pyarch.Python.Ast;
using Pyarch.Text;

namespace Pyarch.Python;

internal sealed partial class Parser
{
    /// <summary><c>star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression</c></summary>
    private Expr ParseStarExpressions()
    {
        int start = Start;
        Expr first = ParseStarExpression();
        if (Kind != TokenKind.Comma)
        {
            return first;
        }
        var elements = _lists.Exprs.Rent(first);
        while (Eat(TokenKind.Comma) && StartsExpression(Kind) && Kind != TokenKind.Yield)
        {
            elements.Add(ParseStarExpression());
        }
        return new Ast.Tuple(From(start), _lists.Exprs.Finish(elements), ExprContext.Load);
    }

    /// <summary><c>star_expression: '*' bitwise_or | expression</c></summary>
    private Expr ParseStarExpression()
    {
        if (Kind != TokenKind.Star)
        {
            return ParseExpression();
        }
        int start = Start;
        _index++;
        Expr value = ParseBitwiseOr();
        return new Starred(From(start), value, ExprContext.Load);
    }

    /// <summary><c>starred_expression: '*' expression</c>, as call arguments and subscripts take it.</summary>
    private Expr ParseStarredExpression()
    {
        int start = Start;
        Expect(TokenKind.Star);
        Expr value = ParseExpression();
        return new Starred(From(start), value, ExprContext.Load);
    }

    /// <summary><c>star_named_expression: '*' bitwise_or | named_expression</c></summary>
    private Expr ParseStarNamedExpression() => Kind == TokenKind.Star ? ParseStarExpression() : ParseNamedExpression();

    /// <summary>
    /// <c>named_expression: assignment_expression | expression !':='</c>. Where a named expression is expected (a
    /// condition, an element), <c>x = 1</c> is CPython's "Maybe you meant '=='"; call arguments
    /// (<paramref name="argument"/>) have messages of their own for that.
    /// </summary>
    private Expr ParseNamedExpression(bool argument = false)
    {
        int first = _index;
        if (Kind == TokenKind.Name && PeekKind() == TokenKind.ColonEqual)
        {
            int start = Start;
            Token name = Advance();
            _index++;
            Expr value = ParseExpression();
            return new NamedExpr(From(start), new Name(name.Range, NameText(name), ExprContext.Store), value);
        }
        Expr expression = ParseExpression();
        if (Kind == TokenKind.ColonEqual)
        {
            throw Error($"cannot use assignment expressions with {Describe(expression)}", expression);
        }
        if (Kind == TokenKind.Equal && !argument && MistakenEquals(expression, first) is { } mistaken)
        {
            throw mistaken;
        }
        return expression;
    }

    /// <summary>
    /// At <c>=</c> after <paramref name="left"/> (read from token <paramref name="first"/>), where an assignment cannot
    /// be: CPython's <c>invalid_named_expression</c>. <c>x = 1</c> is "invalid syntax. Maybe you meant '==' or ':='
    /// instead of '='?", <c>f() = 1</c> "cannot assign to function call here. Maybe you meant '==' instead of '='?",
    /// when the left side is a single operand (not a comparison, not a display) and the right side one operand not
    /// followed by another <c>=</c>. Null when CPython would report something else.
    /// </summary>
    private ParseException? MistakenEquals(Expr left, int first)
    {
        bool grouped = _tokens[first].Kind == TokenKind.LeftParen && left.Range.Start > _tokens[first].Range.Start;
        bool operand = grouped || left is not (Compare or BoolOp or UnaryOp { Op: UnaryOperator.Not } or IfExp or Lambda
            or NamedExpr or Starred or Yield or YieldFrom or Ast.Tuple);
        if (!operand || _tokens[first].Kind is TokenKind.True or TokenKind.False or TokenKind.None
            || LeftmostOperand(left) is Ast.List or Ast.Tuple or GeneratorExp
            || !ReadsAhead(() =>
            {
                _index++;
                ParseBitwiseOr();
                return Kind is not (TokenKind.Equal or TokenKind.ColonEqual);
            }))
        {
            return null;
        }
        return left is Name && !grouped
            ? Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", left)
            : Error(SyntaxErrors.CannotAssign(Describe(left)) + " here. Maybe you meant '==' instead of '='?", left);
    }

    /// <summary>The operand an expression starts with: <c>[a]</c> in <c>[a][0].b + 1</c>.</summary>
    private static Expr LeftmostOperand(Expr expression)
    {
        while (true)
        {
            switch (expression)
            {
                case Call call:
                    expression = call.Func;
                    break;
                case Ast.Attribute attribute:
                    expression = attribute.Value;
                    break;
                case Subscript subscript:
                    expression = subscript.Value;
                    break;
                case BinOp binary:
                    expression = binary.Left;
                    break;
                default:
                    return expression;
            }
        }
    }

    /// <summary><c>expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef</c></summary>
    private Expr ParseExpression()
    {
        using DepthScope depth = Nest();
        if (Kind == TokenKind.Lambda)
        {
            return ParseLambda();
        }
        if ((IsOneTokenAtom(Kind) || Kind == TokenKind.String) && EndsExpression(PeekKind()) && _depth < MaxDepth)
        {
            // A lone name or literal, as most arguments, subscripts and right-hand sides are: the eleven rules from
            // disjunction down to atom would each look at the token after it and pass it on. (A string is one token
            // here too, as the next token ends the expression before another string could join it.) The depth test
            // keeps "too many nested expressions" where the full descent, one level deeper, would say it.
            return ParseAtom();
        }
        if (PrimaryEnd() is int end && end > _index && EndsExpression(_tokens[end].Kind))
        {
            // A lone primary (self.x, f(a, b), x[i].y), as most other arguments and right-hand sides are: past the
            // same eleven rules, which would each pass it on. The full descent nests one level, in ParseBinary; this
            // nests as deep, so "too many nested expressions" comes where it would.
            using DepthScope operand = Nest();
            return ParsePrimary();
        }
        int start = Start;
        Expr body = ParseDisjunction();
        if (Kind != TokenKind.If)
        {
            return body;
        }
        _index++;
        Expr test = ParseDisjunction();
        if (Kind != TokenKind.Else)
        {
            // CPython's invalid_expression points at the expression before 'if'; before a ':' (a statement's 'if'
            // run into, as after an unclosed bracket) it says no more than "invalid syntax", unless the ':' starts an
            // f-string's format spec.
            bool formatSpec = PeekKind() is TokenKind.FStringMiddle or TokenKind.LeftBrace or TokenKind.RightBrace;
            throw Kind == TokenKind.Colon && !formatSpec ? Unexpected() : Error("expected 'else' after 'if' expression", body);
        }
        _index++;
        Expr orelse = ParseExpression();
        return new IfExp(From(start), test, body, orelse);
    }

    /// <summary>
    /// Where the primary at the current token would end, read off the tokens alone: past an atom, then past each
    /// <c>.name</c>, call and subscript, jumping over brackets by their <see cref="Token.CloseIndex"/>. The current
    /// index when no primary starts here or the tokens do not say where it ends (a bracket the tokenizer never saw
    /// closed, a dot without a name).
    /// </summary>
    private int PrimaryEnd()
    {
        int i = _index;
        TokenKind first = _tokens[i].Kind;
        if (IsOneTokenAtom(first) || first == TokenKind.String)
        {
            i++;
        }
        else if (first is not (TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace) || (i = PastBrackets(i)) < 0)
        {
            return _index;
        }
        while (true)
        {
            switch (_tokens[i].Kind)
            {
                case TokenKind.Dot when _tokens[i + 1].Kind == TokenKind.Name:
                    i += 2;
                    break;
                case TokenKind.LeftParen or TokenKind.LeftBracket:
                    if ((i = PastBrackets(i)) < 0)
                    {
                        return _index;
                    }
                    break;
                case TokenKind.Dot:
                    return _index;
                default:
                    return i;
            }
        }
    }

    /// <summary>The index after the bracket that closes the one at <paramref name="open"/>, or -1 when none does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int PastBrackets(int open)
    {
        int close = _tokens[open].CloseIndex;
        return close > open ? close + 1 : -1;
    }

    /// <summary>Atoms of exactly one token whatever follows (a string may be joined by the next one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsOneTokenAtom(TokenKind kind) => kind is TokenKind.Name or TokenKind.Number or TokenKind.True or TokenKind.False or TokenKind.None;

    /// <summary>Tokens that no rule of an expression takes after an atom: an expression ending before one ends there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsExpression(TokenKind kind) => kind is TokenKind.Newline or TokenKind.Comma or TokenKind.RightParen
        or TokenKind.RightBracket or TokenKind.RightBrace or TokenKind.Colon or TokenKind.Semicolon or TokenKind.Equal or TokenKind.EndOfFile;

    /// <summary><c>lambdef: 'lambda' [lambda_params] ':' expression</c>, at <c>lambda</c>.</summary>
    private Expr ParseLambda()
    {
        int start = Start;
        Expect(TokenKind.Lambda);
        Arguments args = ParseParameters(TokenKind.Colon, allowAnnotations: false);
        if (!Eat(TokenKind.Colon))
        {
            throw Unexpected(); // CPython asks for no colon here: "invalid syntax"
        }
        Expr body = ParseExpression();
        return new Lambda(From(start), args, body);
    }

    /// <summary><c>disjunction: conjunction ('or' conjunction)+ | conjunction</c></summary>
    private Expr ParseDisjunction() => ParseBoolOp(BoolOperator.Or);

    /// <summary><c>conjunction: inversion ('and' inversion)+ | inversion</c></summary>
    private Expr ParseConjunction() => ParseBoolOp(BoolOperator.And);

    /// <summary>One operand, or a flat <c>BoolOp</c> of operands joined by <c>or</c> (of conjunctions) or <c>and</c> (of inversions).</summary>
    private Expr ParseBoolOp(BoolOperator op)
    {
        TokenKind keyword = op == BoolOperator.Or ? TokenKind.Or : TokenKind.And;
        int start = Start;
        Expr first = op == BoolOperator.Or ? ParseConjunction() : ParseInversion();
        if (Kind != keyword)
        {
            return first;
        }
        var values = _lists.Exprs.Rent(first);
        while (Eat(keyword))
        {
            values.Add(op == BoolOperator.Or ? ParseConjunction() : ParseInversion());
        }
        return new BoolOp(From(start), op, _lists.Exprs.Finish(values));
    }

    /// <summary><c>inversion: 'not' inversion | comparison</c></summary>
    private Expr ParseInversion()
    {
        if (Kind != TokenKind.Not)
        {
            return ParseComparison();
        }
        using DepthScope depth = Nest();
        int start = Start;
        _index++;
        Expr operand = ParseInversion();
        return new UnaryOp(From(start), UnaryOperator.Not, operand);
    }

    /// <summary><c>comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or</c></summary>
    private Expr ParseComparison()
    {
        int start = Start;
        Expr left = ParseBitwiseOr();
        if (!StartsComparison(Kind))
        {
            return left; // most operands: no call, and no nullable operator read back from the stack
        }
        CmpOperator? op = ComparisonOperator();
        if (op is null)
        {
            return left;
        }
        var ops = _lists.CmpOperators.Rent();
        var comparators = _lists.Exprs.Rent();
        while (op is { } found)
        {
            ops.Add(found);
            comparators.Add(ParseBitwiseOr());
            op = ComparisonOperator();
        }
        return new Compare(From(start), left, _lists.CmpOperators.Finish(ops), _lists.Exprs.Finish(comparators));
    }

    /// <summary>The first tokens of the operators <see cref="ComparisonOperator"/> reads.</summary>
    private static bool StartsComparison(TokenKind kind) => kind is TokenKind.EqEqual or TokenKind.NotEqual or TokenKind.Less
        or TokenKind.LessEqual or TokenKind.Greater or TokenKind.GreaterEqual or TokenKind.In or TokenKind.Not or TokenKind.Is;

    /// <summary>Consumes a comparison operator (two tokens for <c>not in</c> and <c>is not</c>) or returns null.</summary>
    private CmpOperator? ComparisonOperator()
    {
        CmpOperator? op = Kind switch
        {
            TokenKind.EqEqual => CmpOperator.Eq,
            TokenKind.NotEqual => CmpOperator.NotEq,
            TokenKind.Less => CmpOperator.Lt,
            TokenKind.LessEqual => CmpOperator.LtE,
            TokenKind.Greater => CmpOperator.Gt,
            TokenKind.GreaterEqual => CmpOperator.GtE,
            TokenKind.In => CmpOperator.In,
            TokenKind.Not when PeekKind() == TokenKind.In => CmpOperator.NotIn,
            TokenKind.Is when PeekKind() == TokenKind.Not => CmpOperator.IsNot,
            TokenKind.Is => CmpOperator.Is,
            _ => null,
        };
        if (op is CmpOperator.Lt && PeekKind() is TokenKind.Greater or TokenKind.GreaterEqual or TokenKind.RightShift or TokenKind.RightShiftEqual
            && _tokens[_index + 1].Range.Start == Current.Range.End)
        {
            // Python 2's <>: CPython's tokenizer reads it as one operator, which its parser refuses where it starts.
            throw Unexpected();
        }
        if (op is not null)
        {
            _index += op is CmpOperator.NotIn or CmpOperator.IsNot ? 2 : 1;
        }
        return op;
    }

    /// <summary><c>bitwise_or</c> down to <c>term</c> by precedence climbing; all left-associative.</summary>
    private Expr ParseBitwiseOr() => ParseBinary(Precedence.BitOr);

    private Expr ParseBinary(Precedence minimum)
    {
        using DepthScope depth = Nest();
        int start = Start;
        // A one-token atom that no trailer and no ** follow is its own factor: unary, power, await and primary would
        // each look and pass it on.
        Expr left = IsOneTokenAtom(Kind) && PeekKind() is not (TokenKind.Dot or TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.DoubleStar)
            ? ParseAtom()
            : ParseUnary();
        int links = 0;
        while (true)
        {
            Precedence precedence = BinaryPrecedence(Kind);
            if (precedence == Precedence.None || precedence < minimum)
            {
                return left;
            }
            Operator op = BinaryOperator(Kind);
            CheckChainDepth(++links);
            _index++;
            Expr right = ParseBinary(precedence + 1);
            left = new BinOp(From(start), left, op, right);
        }
    }

    /// <summary>
    /// The precedence of the binary operator <paramref name="kind"/>, or <see cref="Precedence.None"/>. Asked after
    /// every operand, so it returns the precedence alone: an (operator, precedence) pair went through the stack and
    /// was read back in parts, a stalled load that took a quarter of <see cref="ParseBinary"/>.
    /// </summary>
    private static Precedence BinaryPrecedence(TokenKind kind) => kind switch
    {
        TokenKind.VerticalBar => Precedence.BitOr,
        TokenKind.Circumflex => Precedence.BitXor,
        TokenKind.Ampersand => Precedence.BitAnd,
        TokenKind.LeftShift or TokenKind.RightShift => Precedence.Shift,
        TokenKind.Plus or TokenKind.Minus => Precedence.Arith,
        TokenKind.Star or TokenKind.Slash or TokenKind.DoubleSlash or TokenKind.Percent or TokenKind.At => Precedence.Term,
        _ => Precedence.None,
    };

    /// <summary>The binary operator <paramref name="kind"/> spells, for a kind with a <see cref="BinaryPrecedence"/>.</summary>
    private static Operator BinaryOperator(TokenKind kind) => kind switch
    {
        TokenKind.VerticalBar => Operator.BitOr,
        TokenKind.Circumflex => Operator.BitXor,
        TokenKind.Ampersand => Operator.BitAnd,
        TokenKind.LeftShift => Operator.LShift,
        TokenKind.RightShift => Operator.RShift,
        TokenKind.Plus => Operator.Add,
        TokenKind.Minus => Operator.Sub,
        TokenKind.Star => Operator.Mult,
        TokenKind.Slash => Operator.Div,
        TokenKind.DoubleSlash => Operator.FloorDiv,
        TokenKind.Percent => Operator.Mod,
        TokenKind.At => Operator.MatMult,
        _ => throw new UnreachableException($"{kind} is no binary operator"),
    };

    /// <summary><c>factor: '+' factor | '-' factor | '~' factor | power</c></summary>
    private Expr ParseUnary()
    {
        UnaryOperator? op = Kind switch
        {
            TokenKind.Plus => UnaryOperator.UAdd,
            TokenKind.Minus => UnaryOperator.USub,
            TokenKind.Tilde => UnaryOperator.Invert,
            _ => null,
        };
        if (op is null)
        {
            return ParsePower();
        }
        using DepthScope depth = Nest();
        int start = Start;
        _index++;
        Expr operand = ParseUnary();
        return new UnaryOp(From(start), op.Value, operand);
    }

    /// <summary><c>power: await_primary '**' factor | await_primary</c></summary>
    private Expr ParsePower()
    {
        int start = Start;
        Expr left = ParseAwaitPrimary();
        if (!Eat(TokenKind.DoubleStar))
        {
            return left;
        }
        using DepthScope depth = Nest();
        Expr right = ParseUnary();
        return new BinOp(From(start), left, Operator.Pow, right);
    }

    /// <summary><c>await_primary: 'await' primary | primary</c></summary>
    private Expr ParseAwaitPrimary()
    {
        if (Kind != TokenKind.Await)
        {
            return ParsePrimary();
        }
        using DepthScope depth = Nest();
        int start = Start;
        _index++;
        Expr value = ParsePrimary();
        return new Await(From(start), value);
    }

    /// <summary><c>primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom</c></summary>
    private Expr ParsePrimary()
    {
        int start = Start;
        Expr expression = ParseAtom();
        int links = 0;
        while (true)
        {
            if (Kind is TokenKind.Dot or TokenKind.LeftParen or TokenKind.LeftBracket)
            {
                CheckChainDepth(++links);
            }
            switch (Kind)
            {
                case TokenKind.Dot:
                    _index++;
                    Token attr = ExpectName();
                    expression = new Ast.Attribute(From(start), expression, NameText(attr), ExprContext.Load);
                    break;
                case TokenKind.LeftParen:
                    (IReadOnlyList<Expr> args, IReadOnlyList<Keyword> keywords) = ParseCallArguments(allowGenerator: true);
                    expression = new Call(From(start), expression, args, keywords);
                    break;
                case TokenKind.LeftBracket:
                    _index++;
                    Expr slice = ParseSlices();
                    Expect(TokenKind.RightBracket);
                    expression = new Subscript(From(start), expression, slice, ExprContext.Load);
                    break;
                default:
                    return expression;
            }
        }
    }

    /// <summary><c>slices: slice !',' | ','.(slice | starred_expression)+ [',']</c></summary>
    private Expr ParseSlices()
    {
        int start = Start;
        Expr first = ParseSlice();
        CheckMissingComma(first);
        if (Kind != TokenKind.Comma)
        {
            return first is Starred ? new Ast.Tuple(From(start), [first], ExprContext.Load) : first;
        }
        var elements = _lists.Exprs.Rent(first);
        while (Eat(TokenKind.Comma) && Kind != TokenKind.RightBracket)
        {
            elements.Add(ParseSlice());
            CheckMissingComma(elements[^1]);
        }
        return new Ast.Tuple(From(start), _lists.Exprs.Finish(elements), ExprContext.Load);
    }

    /// <summary><c>slice: [expression] ':' [expression] [':' [expression]] | named_expression</c>, or a starred item.</summary>
    private Expr ParseSlice()
    {
        if (Kind == TokenKind.Star)
        {
            return ParseStarredExpression();
        }
        int start = Start;
        Expr? lower = null;
        if (Kind != TokenKind.Colon)
        {
            // An unparenthesized walrus is a whole slice, never its lower bound: lst[x:=1:2] is invalid syntax.
            bool walrus = Kind == TokenKind.Name && PeekKind() == TokenKind.ColonEqual;
            lower = ParseNamedExpression();
            if (Kind != TokenKind.Colon)
            {
                return lower;
            }
            if (walrus)
            {
                throw Unexpected();
            }
        }
        _index++;
        Expr? upper = Kind is TokenKind.Colon or TokenKind.Comma or TokenKind.RightBracket ? null : ParseExpression();
        Expr? step = null;
        if (Eat(TokenKind.Colon) && Kind is not (TokenKind.Comma or TokenKind.RightBracket))
        {
            step = ParseExpression();
        }
        return new Slice(From(start), lower, upper, step);
    }

    /// <summary><c>yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]</c>, at <c>yield</c>.</summary>
    private Expr ParseYieldExpression()
    {
        int start = Start;
        Expect(TokenKind.Yield);
        if (Eat(TokenKind.From))
        {
            Expr source = ParseExpression();
            return new YieldFrom(From(start), source);
        }
        Expr? value = StartsExpression(Kind) && Kind != TokenKind.Yield ? ParseStarExpressions() : null;
        return new Yield(From(start), value);
    }
}
