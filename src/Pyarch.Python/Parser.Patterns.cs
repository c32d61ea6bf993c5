using Pyarch.Python.Ast;
using Pyarch.Text;

namespace Pyarch.Python;

internal sealed partial class Parser
{
    /// <summary>
    /// <c>match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT</c>, at the soft keyword.
    /// Until <c>match subject:</c> and its NEWLINE have been read, <c>match</c> may still be a plain name
    /// (<c>match(x)</c>, <c>match = 1</c>); then this returns null and the caller reads a simple statement.
    /// </summary>
    private Stmt? TryParseMatchStatement()
    {
        if (!StartsExpression(PeekKind()) || PeekKind() == TokenKind.Yield)
        {
            return null;
        }
        int saved = _index;
        int start = Start;
        int lineEnd = -1;
        Expr subject;
        try
        {
            _index++;
            subject = ParseMatchSubject();
            lineEnd = Kind == TokenKind.Newline ? _index : -1;
            ExpectHeaderColon();
            if (Kind != TokenKind.Newline)
            {
                Rewind(saved);
                return null;
            }
        }
        catch (ParseException)
        {
            // "match x" alone on its line: CPython's invalid_match_stmt asks for the colon, unless the line reads
            // as a statement of its own, such as the call match(x).
            Rewind(saved);
            if (lineEnd >= 0 && !ReadsAhead(() =>
            {
                var statements = _lists.Stmts.Rent();
                ParseSimpleStatements(statements);
                _lists.Stmts.Release(statements);
                return true;
            }))
            {
                Rewind(lineEnd);
                throw Unexpected(TokenKind.Colon);
            }
            return null;
        }
        _index++;
        if (Kind != TokenKind.Indent)
        {
            throw Error(SyntaxErrors.ExpectedIndentedBlock("'match' statement", LineOf(start)), Start, SyntaxErrorKind.IndentationError);
        }
        _index++;
        var cases = new List<MatchCase>();
        while (Kind != TokenKind.Dedent && Kind != TokenKind.EndOfFile)
        {
            if (!AtSoftKeyword(NameTable.CaseId))
            {
                throw Unexpected();
            }
            cases.Add(ParseCaseBlock());
        }
        Expect(TokenKind.Dedent);
        return new Match(new TextRange(start, SignificantEnd), subject, cases);
    }

    /// <summary><c>subject_expr: star_named_expression ',' star_named_expressions? | named_expression</c></summary>
    private Expr ParseMatchSubject()
    {
        int start = Start;
        Expr first = ParseStarNamedExpression();
        if (Kind != TokenKind.Comma)
        {
            if (first is Starred)
            {
                throw Error(SyntaxErrors.CannotUseStarred, first);
            }
            return first;
        }
        var elements = new List<Expr> { first };
        while (Eat(TokenKind.Comma) && Kind != TokenKind.Colon)
        {
            elements.Add(ParseStarNamedExpression());
        }
        return new Ast.Tuple(From(start), elements, ExprContext.Load);
    }

    /// <summary><c>case_block: "case" patterns guard? ':' block</c>, at <c>case</c>.</summary>
    private MatchCase ParseCaseBlock()
    {
        int start = Start;
        _index++;
        Pattern pattern = ParsePatterns();
        Expr? guard = Eat(TokenKind.If) ? ParseNamedExpression() : null;
        ExpectHeaderColon();
        Stmt[] body = ParseBlock("'case' statement", start);
        return new MatchCase(new TextRange(start, SignificantEnd), pattern, guard, body);
    }

    /// <summary><c>patterns: open_sequence_pattern | pattern</c></summary>
    private Pattern ParsePatterns()
    {
        int start = Start;
        Pattern first = ParseMaybeStarPattern();
        if (Kind != TokenKind.Comma)
        {
            // A star pattern stands only in a sequence: case *_: is invalid syntax, case *_,: is a sequence.
            return first is MatchStar ? throw Unexpected() : first;
        }
        var patterns = new List<Pattern> { first };
        while (Eat(TokenKind.Comma) && Kind is not (TokenKind.Colon or TokenKind.If))
        {
            patterns.Add(ParseMaybeStarPattern());
        }
        return new MatchSequence(From(start), patterns);
    }

    /// <summary><c>maybe_star_pattern: star_pattern | pattern</c></summary>
    private Pattern ParseMaybeStarPattern()
    {
        if (Kind != TokenKind.Star)
        {
            return ParsePattern();
        }
        int start = Start;
        _index++;
        Token name = ExpectName();
        string text = NameText(name);
        return new MatchStar(From(start), text == "_" ? null : text);
    }

    /// <summary><c>pattern: as_pattern | or_pattern</c>; <c>as_pattern: or_pattern 'as' pattern_capture_target</c></summary>
    private Pattern ParsePattern()
    {
        using DepthScope depth = Nest();
        int start = Start;
        Pattern pattern = ParseOrPattern();
        if (!Eat(TokenKind.As))
        {
            return pattern;
        }
        Expr? target = null;
        if (Kind != TokenKind.Name && StartsExpression(Kind) && ReadsAhead(() =>
        {
            target = ParseExpression();
            return true;
        }))
        {
            // case 42 as 1 + 2: CPython's invalid_as_pattern, at the expression.
            throw Error("invalid pattern target", target!);
        }
        Token name = ExpectName();
        string text = NameText(name);
        if (text == "_")
        {
            throw Error("cannot use '_' as a target", name.Range.Start);
        }
        return new MatchAs(From(start), pattern, text);
    }

    /// <summary><c>or_pattern: '|'.closed_pattern+</c></summary>
    private Pattern ParseOrPattern()
    {
        int start = Start;
        Pattern first = ParseClosedPattern();
        if (Kind != TokenKind.VerticalBar)
        {
            return first;
        }
        var patterns = new List<Pattern> { first };
        while (Eat(TokenKind.VerticalBar))
        {
            patterns.Add(ParseClosedPattern());
        }
        return new MatchOr(From(start), patterns);
    }

    /// <summary>
    /// <c>closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern | group_pattern
    /// | sequence_pattern | mapping_pattern | class_pattern</c>
    /// </summary>
    private Pattern ParseClosedPattern()
    {
        int start = Start;
        switch (Kind)
        {
            case TokenKind.None:
                _index++;
                return new MatchSingleton(From(start), ConstantValue.None.Instance);
            case TokenKind.True or TokenKind.False:
                bool value = Advance().Kind == TokenKind.True;
                return new MatchSingleton(From(start), ConstantValue.Bool.Of(value));
            case TokenKind.Number or TokenKind.Minus:
                Expr number = ParseSignedNumberPattern();
                return new MatchValue(number.Range, number);
            case TokenKind.String or TokenKind.FStringStart:
                Expr text = ParseStrings();
                return new MatchValue(text.Range, text);
            case TokenKind.LeftParen:
                return ParseGroupOrSequencePattern();
            case TokenKind.LeftBracket:
                return ParseBracketSequencePattern();
            case TokenKind.LeftBrace:
                return ParseMappingPattern();
            case TokenKind.Name:
                return ParseNamePattern();
            default:
                throw Unexpected();
        }
    }

    /// <summary><c>signed_number ['+' | '-' NUMBER]</c>: a real or complex literal, at a number or <c>-</c>.</summary>
    private Expr ParseSignedNumberPattern()
    {
        int start = Start;
        Expr number = ParseSignedNumber();
        if (Kind is TokenKind.Plus or TokenKind.Minus)
        {
            Operator op = Advance().Kind == TokenKind.Plus ? Operator.Add : Operator.Sub;
            Token imaginary = Expect(TokenKind.Number);
            Expr right = new Constant(imaginary.Range, LiteralDecoder.Number(_chars.AsSpan(imaginary.Range.Start, imaginary.Range.Length)), null);
            return new BinOp(From(start), number, op, right);
        }
        return number;
    }

    private Expr ParseSignedNumber()
    {
        int start = Start;
        bool negative = Eat(TokenKind.Minus);
        Token token = Expect(TokenKind.Number);
        Expr number = new Constant(token.Range, LiteralDecoder.Number(_chars.AsSpan(token.Range.Start, token.Range.Length)), null);
        return negative ? new UnaryOp(From(start), UnaryOperator.USub, number) : number;
    }

    /// <summary><c>group_pattern: '(' pattern ')'</c> or <c>'(' [open_sequence_pattern] ')'</c>, at <c>(</c>.</summary>
    private Pattern ParseGroupOrSequencePattern()
    {
        int start = Start;
        _index++;
        if (Eat(TokenKind.RightParen))
        {
            return new MatchSequence(From(start), []);
        }
        Pattern first = ParseMaybeStarPattern();
        if (Kind != TokenKind.Comma)
        {
            // (*_) is neither a group, which holds one pattern, nor a sequence, which needs its comma.
            if (first is MatchStar)
            {
                throw Unexpected();
            }
            Expect(TokenKind.RightParen);
            return first;
        }
        var patterns = new List<Pattern> { first };
        while (Eat(TokenKind.Comma) && Kind != TokenKind.RightParen)
        {
            patterns.Add(ParseMaybeStarPattern());
        }
        Expect(TokenKind.RightParen);
        return new MatchSequence(From(start), patterns);
    }

    /// <summary><c>'[' maybe_sequence_pattern? ']'</c>, at <c>[</c>.</summary>
    private Pattern ParseBracketSequencePattern()
    {
        int start = Start;
        _index++;
        var patterns = new List<Pattern>();
        while (Kind != TokenKind.RightBracket)
        {
            patterns.Add(ParseMaybeStarPattern());
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }
        Expect(TokenKind.RightBracket);
        return new MatchSequence(From(start), patterns);
    }

    /// <summary><c>mapping_pattern: '{' [items_pattern] [double_star_pattern] [','] '}'</c>, at <c>{</c>.</summary>
    private Pattern ParseMappingPattern()
    {
        int start = Start;
        _index++;
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (Kind != TokenKind.RightBrace)
        {
            if (Eat(TokenKind.DoubleStar))
            {
                rest = NameText(ExpectName());
                if (rest == "_")
                {
                    throw Error(SyntaxErrors.InvalidSyntax, _tokens[_index - 1].Range.Start);
                }
                Eat(TokenKind.Comma);
                break;
            }
            keys.Add(ParseMappingKey());
            Expect(TokenKind.Colon);
            patterns.Add(ParsePattern());
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }
        Expect(TokenKind.RightBrace);
        return new MatchMapping(From(start), keys, patterns, rest);
    }

    /// <summary>A mapping key: a literal (number, string, None, True, False) or a dotted value name.</summary>
    private Expr ParseMappingKey()
    {
        Token token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number or TokenKind.Minus:
                return ParseSignedNumberPattern();
            case TokenKind.String or TokenKind.FStringStart:
                return ParseStrings();
            case TokenKind.None or TokenKind.True or TokenKind.False:
                return ParseAtom();
            case TokenKind.Name:
                Expr value = ParseDottedValue();
                if (value is Name)
                {
                    throw Unexpected();
                }
                return value;
            default:
                throw Unexpected();
        }
    }

    /// <summary><c>name_or_attr: attr | NAME</c></summary>
    private Expr ParseDottedValue()
    {
        int start = Start;
        Token first = ExpectName();
        Expr value = new Name(first.Range, NameText(first), ExprContext.Load);
        while (Eat(TokenKind.Dot))
        {
            Token attr = ExpectName();
            value = new Ast.Attribute(From(start), value, NameText(attr), ExprContext.Load);
        }
        return value;
    }

    /// <summary><c>capture_pattern | wildcard_pattern | value_pattern | class_pattern</c>, at a name.</summary>
    private Pattern ParseNamePattern()
    {
        int start = Start;
        Expr value = ParseDottedValue();
        if (Kind == TokenKind.LeftParen)
        {
            return ParseClassPattern(start, value);
        }
        if (value is Name name)
        {
            return new MatchAs(From(start), null, name.Id == "_" ? null : name.Id);
        }
        return new MatchValue(From(start), value);
    }

    /// <summary><c>class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] [','] ')'</c>, at <c>(</c>.</summary>
    private Pattern ParseClassPattern(int start, Expr cls)
    {
        _index++;
        var patterns = new List<Pattern>();
        var attrs = new List<string>();
        var keywordPatterns = new List<Pattern>();
        while (Kind != TokenKind.RightParen)
        {
            if (Kind == TokenKind.Name && PeekKind() == TokenKind.Equal)
            {
                attrs.Add(NameText(Advance()));
                _index++;
                keywordPatterns.Add(ParsePattern());
            }
            else
            {
                if (attrs.Count > 0)
                {
                    throw Error("positional patterns follow keyword patterns", Start);
                }
                patterns.Add(ParsePattern());
            }
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }
        Expect(TokenKind.RightParen);
        return new MatchClass(From(start), cls, patterns, attrs, keywordPatterns);
    }
}
