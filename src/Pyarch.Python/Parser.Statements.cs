using System.Runtime.CompilerServices;
using Pyarch.Python.Ast;
using Pyarch.Text;

namespace Pyarch.Python;

internal sealed partial class Parser
{
    /// <summary><c>statement: compound_stmt | simple_stmts</c>. Adds one or more statements to <paramref name="into"/>.</summary>
    private void ParseStatement(ScratchList<Stmt> into)
    {
        using DepthScope depth = Nest();
        switch (Kind)
        {
            case TokenKind.Def:
            case TokenKind.At:
            case TokenKind.Class:
            case TokenKind.If:
            case TokenKind.While:
            case TokenKind.For:
            case TokenKind.Try:
            case TokenKind.With:
            case TokenKind.Async when PeekKind() is TokenKind.Def or TokenKind.For or TokenKind.With:
                into.Add(ParseCompoundStatement());
                return;
            case TokenKind.Async:
                // Only def, for and with may follow; CPython points at what does instead.
                _index++;
                throw Unexpected();
            case TokenKind.Name when AtSoftKeyword(NameTable.MatchId):
                Stmt? match = TryParseMatchStatement();
                if (match is not null)
                {
                    into.Add(match);
                    return;
                }
                break;
            case TokenKind.Indent:
            case TokenKind.Dedent:
                throw Unexpected();
        }
        ParseSimpleStatements(into);
    }

    /// <summary><c>simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE</c></summary>
    private void ParseSimpleStatements(ScratchList<Stmt> into)
    {
        while (true)
        {
            into.Add(ParseSimpleStatement());
            if (!Eat(TokenKind.Semicolon) || Kind == TokenKind.Newline)
            {
                break;
            }
        }
        if (Kind != TokenKind.Newline)
        {
            throw LegacyStatement(into[^1]) ?? Unexpected();
        }
        _index++;
    }

    /// <summary>
    /// <c>print x</c> and <c>exec code</c>, Python 2 statements: CPython's <c>invalid_legacy_expression</c>,
    /// "Missing parentheses in call to 'print'. Did you mean print(...)?", when what follows the name is an expression.
    /// </summary>
    private ParseException? LegacyStatement(Stmt statement)
    {
        if (statement is not ExprStmt { Value: Name { Id: "print" or "exec" } name } || !StartsExpression(Kind))
        {
            return null;
        }
        bool expression = ReadsAhead(() =>
        {
            ParseStarExpressions();
            return true;
        });
        return expression ? Error($"Missing parentheses in call to '{name.Id}'. Did you mean {name.Id}(...)?", name) : null;
    }

    /// <summary>One simple statement, at its first token.</summary>
    private Stmt ParseSimpleStatement()
    {
        int start = Start;
        switch (Kind)
        {
            case TokenKind.Pass:
                _index++;
                return new Pass(From(start));
            case TokenKind.Break:
                _index++;
                return new Break(From(start));
            case TokenKind.Continue:
                _index++;
                return new Continue(From(start));
            case TokenKind.Return:
                _index++;
                Expr? value = StartsExpression(Kind) ? ParseStarExpressions() : null;
                return new Return(From(start), value);
            case TokenKind.Import:
                return ParseImport();
            case TokenKind.From:
                return ParseImportFrom();
            case TokenKind.Raise:
                return ParseRaise();
            case TokenKind.Del:
                return ParseDelete();
            case TokenKind.Assert:
                _index++;
                Expr test = ParseExpression();
                Expr? message = Eat(TokenKind.Comma) ? ParseExpression() : null;
                return new Assert(From(start), test, message);
            case TokenKind.Global or TokenKind.Nonlocal:
                return ParseGlobalOrNonlocal();
            case TokenKind.Name when AtSoftKeyword(NameTable.TypeId) && PeekKind() == TokenKind.Name && PeekKind(2) is TokenKind.Equal or TokenKind.LeftBracket:
                return ParseTypeAlias();
        }
        return ParseExpressionOrAssignment();
    }

    /// <summary>
    /// <c>assignment | star_expressions</c>: an expression statement, an annotated, chained or augmented assignment.
    /// The left side is parsed as an expression first and then checked as a target, as CPython's invalid_* rules do.
    /// </summary>
    private Stmt ParseExpressionOrAssignment()
    {
        int start = Start;
        int firstToken = _index;
        bool parenthesized = Kind == TokenKind.LeftParen;
        Expr first = Kind == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressions();

        if (Kind == TokenKind.Colon)
        {
            _index++;
            Expr target = ToAnnotationTarget(first);
            Expr annotation = ParseExpression();
            Expr? value = Eat(TokenKind.Equal) ? ParseAssignedValue() : null;
            bool simple = first is Name && !parenthesized;
            return new AnnAssign(From(start), target, annotation, value, simple);
        }
        if (Kind == TokenKind.Equal)
        {
            // In a bare tuple (a, f() = 1) the element next to the '=' is the one CPython reads as a named expression.
            (Expr left, int leftToken) = (first, firstToken);
            if (first is Ast.Tuple { Elts: [.., var last] } && last is not (Name or Ast.Attribute or Subscript or Starred)
                && !(parenthesized && _tokens[firstToken].CloseIndex == _index - 1))
            {
                (left, leftToken) = (last, TokenAt(last.Range.Start));
            }
            if (left is not (Name or Ast.Attribute or Subscript or Starred) && MistakenEquals(left, leftToken) is { } mistaken)
            {
                throw mistaken;
            }
            var items = _lists.Exprs.Rent(first);
            int bareYield = _tokens[firstToken].Kind == TokenKind.Yield ? 0 : -1;
            while (Eat(TokenKind.Equal))
            {
                if (Kind == TokenKind.Yield && bareYield < 0)
                {
                    bareYield = items.Count;
                }
                items.Add(ParseAssignedValue());
            }
            var targets = new Expr[items.Count - 1];
            for (int i = 0; i < targets.Length; i++)
            {
                // (yield) = 1 is a yield expression like any other; a bare yield on the left has this message.
                targets[i] = i == bareYield
                    ? throw Error("assignment to yield expression not possible", items[i])
                    : ToTarget(items[i], ExprContext.Store);
            }
            Expr value = items[^1];
            _lists.Exprs.Release(items);
            return new Assign(From(start), targets, value);
        }
        if (AugmentedOperator(Kind) is { } op)
        {
            Expr target = ToAugmentedTarget(first);
            _index++;
            Expr value = ParseAssignedValue();
            return new AugAssign(From(start), target, op, value);
        }
        return new ExprStmt(From(start), first);
    }

    /// <summary>The right side of an assignment: <c>yield_expr | star_expressions</c>.</summary>
    private Expr ParseAssignedValue() => Kind == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressions();

    private static Operator? AugmentedOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusEqual => Operator.Add,
        TokenKind.MinusEqual => Operator.Sub,
        TokenKind.StarEqual => Operator.Mult,
        TokenKind.AtEqual => Operator.MatMult,
        TokenKind.SlashEqual => Operator.Div,
        TokenKind.PercentEqual => Operator.Mod,
        TokenKind.AmpersandEqual => Operator.BitAnd,
        TokenKind.VerticalBarEqual => Operator.BitOr,
        TokenKind.CircumflexEqual => Operator.BitXor,
        TokenKind.LeftShiftEqual => Operator.LShift,
        TokenKind.RightShiftEqual => Operator.RShift,
        TokenKind.DoubleStarEqual => Operator.Pow,
        TokenKind.DoubleSlashEqual => Operator.FloorDiv,
        _ => null,
    };

    /// <summary><c>import_name: 'import' dotted_as_names</c></summary>
    private Stmt ParseImport()
    {
        int start = Start;
        Expect(TokenKind.Import);
        var names = _lists.Aliases.Rent();
        do
        {
            int aliasStart = Start;
            string name = ParseDottedName();
            string? asname = Eat(TokenKind.As) ? NameText(ExpectName()) : null;
            names.Add(new Alias(From(aliasStart), name, asname));
        }
        while (Eat(TokenKind.Comma));
        return new Import(From(start), _lists.Aliases.Finish(names));
    }

    /// <summary><c>dotted_name: dotted_name '.' NAME | NAME</c></summary>
    private string ParseDottedName()
    {
        Token first = ExpectName();
        if (Kind != TokenKind.Dot)
        {
            return NameText(first);
        }
        var builder = new System.Text.StringBuilder(NameText(first));
        while (Eat(TokenKind.Dot))
        {
            builder.Append('.').Append(NameText(ExpectName()));
        }
        return builder.ToString();
    }

    /// <summary><c>import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | 'from' ('.' | '...')+ 'import' import_from_targets</c></summary>
    private Stmt ParseImportFrom()
    {
        int start = Start;
        Expect(TokenKind.From);
        int level = 0;
        while (Kind is TokenKind.Dot or TokenKind.Ellipsis)
        {
            level += Kind == TokenKind.Dot ? 1 : 3;
            _index++;
        }
        string? module = level == 0 || Kind == TokenKind.Name ? ParseDottedName() : null;
        Expect(TokenKind.Import);
        var names = _lists.Aliases.Rent();
        if (Kind == TokenKind.Star)
        {
            int starStart = Start;
            _index++;
            names.Add(new Alias(From(starStart), "*", null));
            return new ImportFrom(From(start), module, _lists.Aliases.Finish(names), level);
        }
        bool parenthesized = Eat(TokenKind.LeftParen);
        while (true)
        {
            int aliasStart = Start;
            string name = NameText(ExpectName());
            string? asname = Eat(TokenKind.As) ? NameText(ExpectName()) : null;
            names.Add(new Alias(From(aliasStart), name, asname));
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
            if (parenthesized && Kind == TokenKind.RightParen)
            {
                break;
            }
            if (!parenthesized && Kind == TokenKind.Newline)
            {
                throw Error(SyntaxErrors.TrailingCommaInImport, _tokens[_index - 1].Range.Start);
            }
        }
        if (parenthesized)
        {
            Expect(TokenKind.RightParen);
        }
        return new ImportFrom(From(start), module, _lists.Aliases.Finish(names), level);
    }

    /// <summary><c>raise_stmt: 'raise' expression ['from' expression] | 'raise'</c></summary>
    private Stmt ParseRaise()
    {
        int start = Start;
        Expect(TokenKind.Raise);
        if (!StartsExpression(Kind))
        {
            return new Raise(From(start), null, null);
        }
        Expr exc = ParseExpression();
        Expr? cause = Eat(TokenKind.From) ? ParseExpression() : null;
        return new Raise(From(start), exc, cause);
    }

    /// <summary><c>del_stmt: 'del' del_targets &(';' | NEWLINE)</c></summary>
    private Stmt ParseDelete()
    {
        int start = Start;
        Expect(TokenKind.Del);
        var targets = new List<Expr>();
        do
        {
            if (!StartsExpression(Kind))
            {
                break;
            }
            targets.Add(ToTarget(ParseStarTarget(), ExprContext.Del)); // del *a: "cannot delete starred"
        }
        while (Eat(TokenKind.Comma));
        if (targets.Count == 0)
        {
            throw Unexpected();
        }
        return new Delete(From(start), targets);
    }

    /// <summary><c>global_stmt: 'global' ','.NAME+</c> and <c>nonlocal_stmt: 'nonlocal' ','.NAME+</c></summary>
    private Stmt ParseGlobalOrNonlocal()
    {
        int start = Start;
        bool global = Advance().Kind == TokenKind.Global;
        var names = new List<string>();
        do
        {
            names.Add(NameText(ExpectName()));
        }
        while (Eat(TokenKind.Comma));
        return global ? new Global(From(start), names) : new Nonlocal(From(start), names);
    }

    /// <summary><c>type_alias: "type" NAME [type_params] '=' expression</c> (PEP 695), at the soft keyword.</summary>
    private Stmt ParseTypeAlias()
    {
        int start = Start;
        _index++;
        Token nameToken = ExpectName();
        var name = new Name(nameToken.Range, NameText(nameToken), ExprContext.Store);
        IReadOnlyList<TypeParam> typeParams = Kind == TokenKind.LeftBracket ? ParseTypeParams() : [];
        Expect(TokenKind.Equal);
        Expr value = ParseExpression();
        return new TypeAlias(From(start), name, typeParams, value);
    }

    /// <summary>
    /// <c>block: NEWLINE INDENT statements DEDENT | simple_stmts</c>. <paramref name="after"/> and
    /// <paramref name="headerStart"/> name the header in CPython's "expected an indented block after ..." message.
    /// </summary>
    private Stmt[] ParseBlock(string after, int headerStart)
    {
        var body = _lists.Stmts.Rent();
        if (Kind != TokenKind.Newline)
        {
            ParseSimpleStatements(body);
            return _lists.Stmts.Finish(body);
        }
        _index++;
        if (Kind != TokenKind.Indent)
        {
            throw Error(SyntaxErrors.ExpectedIndentedBlock(after, LineOf(headerStart)), Start, SyntaxErrorKind.IndentationError);
        }
        _index++;
        while (Kind != TokenKind.Dedent && Kind != TokenKind.EndOfFile)
        {
            ParseStatement(body);
        }
        if (AtTokenizerError)
        {
            throw new ParseException(_tokenizerError);
        }
        Expect(TokenKind.Dedent);
        return _lists.Stmts.Finish(body);
    }

    /// <summary>Whether a token can begin an expression (used where an expression is optional).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsExpression(TokenKind kind) => kind switch
    {
        TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.FStringStart or TokenKind.LeftParen
            or TokenKind.LeftBracket or TokenKind.LeftBrace or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde
            or TokenKind.Star or TokenKind.Ellipsis or TokenKind.None or TokenKind.True or TokenKind.False
            or TokenKind.Not or TokenKind.Await or TokenKind.Lambda or TokenKind.Yield => true,
        _ => false,
    };
}
