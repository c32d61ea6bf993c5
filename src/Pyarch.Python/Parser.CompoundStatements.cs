using Pyarch.Python.Ast;
using Pyarch.Text;

namespace Pyarch.Python;

internal sealed partial class Parser
{
    /// <summary>At <c>def</c>, <c>class</c>, <c>if</c>, <c>while</c>, <c>for</c>, <c>try</c>, <c>with</c>, <c>@</c> or <c>async</c>.</summary>
    private Stmt ParseCompoundStatement()
    {
        switch (Kind)
        {
            case TokenKind.At:
                return ParseDecorated();
            case TokenKind.Def:
                return ParseFunctionDef([], Start, isAsync: false);
            case TokenKind.Class:
                return ParseClassDef([], Start);
            case TokenKind.If:
                return ParseIf();
            case TokenKind.While:
                return ParseWhile();
            case TokenKind.For:
                return ParseFor(Start, isAsync: false);
            case TokenKind.Try:
                return ParseTry();
            case TokenKind.With:
                return ParseWith(Start, isAsync: false);
            default:
                int start = Start;
                Expect(TokenKind.Async);
                return Kind switch
                {
                    TokenKind.Def => ParseFunctionDef([], start, isAsync: true),
                    TokenKind.For => ParseFor(start, isAsync: true),
                    _ => ParseWith(start, isAsync: true),
                };
        }
    }

    /// <summary><c>decorators: ('@' f=named_expression NEWLINE)+</c>, then the class or function they decorate.</summary>
    private Stmt ParseDecorated()
    {
        var list = _lists.Exprs.Rent();
        while (Eat(TokenKind.At))
        {
            list.Add(ParseNamedExpression());
            Expect(TokenKind.Newline);
        }
        Expr[] decorators = _lists.Exprs.Finish(list);
        // CPython starts a decorated definition at its 'def' or 'class' keyword, not at the first '@'.
        int start = Start;
        switch (Kind)
        {
            case TokenKind.Def:
                return ParseFunctionDef(decorators, start, isAsync: false);
            case TokenKind.Class:
                return ParseClassDef(decorators, start);
            case TokenKind.Async when PeekKind() == TokenKind.Def:
                _index++;
                return ParseFunctionDef(decorators, start, isAsync: true);
            default:
                throw Unexpected();
        }
    }

    /// <summary>
    /// <c>function_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' block</c>,
    /// at <c>def</c> (the <c>async</c>, if any, already consumed from <paramref name="start"/>).
    /// </summary>
    private Stmt ParseFunctionDef(IReadOnlyList<Expr> decorators, int start, bool isAsync)
    {
        Expect(TokenKind.Def);
        string name = NameText(ExpectName());
        IReadOnlyList<TypeParam> typeParams = Kind == TokenKind.LeftBracket ? ParseTypeParams() : [];
        Expect(TokenKind.LeftParen);
        Arguments args = ParseParameters(TokenKind.RightParen, allowAnnotations: true);
        Expect(TokenKind.RightParen);
        Expr? returns = Eat(TokenKind.Arrow) ? ParseExpression() : null;
        Expect(TokenKind.Colon);
        Stmt[] body = ParseBlock("function definition", start);
        var range = new TextRange(start, SignificantEnd);
        return isAsync
            ? new AsyncFunctionDef(range, name, args, body, decorators, returns, typeParams)
            : new FunctionDef(range, name, args, body, decorators, returns, typeParams);
    }

    /// <summary><c>class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block</c>, at <c>class</c>.</summary>
    private Stmt ParseClassDef(IReadOnlyList<Expr> decorators, int start)
    {
        Expect(TokenKind.Class);
        string name = NameText(ExpectName());
        IReadOnlyList<TypeParam> typeParams = Kind == TokenKind.LeftBracket ? ParseTypeParams() : [];
        IReadOnlyList<Expr> bases = [];
        IReadOnlyList<Keyword> keywords = [];
        if (Kind == TokenKind.LeftParen)
        {
            (bases, keywords) = ParseCallArguments(allowGenerator: false);
        }
        ExpectHeaderColon();
        Stmt[] body = ParseBlock("class definition", start);
        return new ClassDef(new TextRange(start, SignificantEnd), name, bases, keywords, body, decorators, typeParams);
    }

    /// <summary><c>if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])</c>, at <c>if</c> or <c>elif</c>.</summary>
    private Stmt ParseIf()
    {
        using DepthScope depth = Nest();
        int start = Start;
        bool isElif = Advance().Kind == TokenKind.Elif;
        Expr test = ParseNamedExpression();
        ExpectHeaderColon();
        Stmt[] body = ParseBlock(isElif ? "'elif' statement" : "'if' statement", start);
        IReadOnlyList<Stmt> orelse = [];
        if (Kind == TokenKind.Elif)
        {
            orelse = [ParseIf()];
        }
        else if (Kind == TokenKind.Else)
        {
            orelse = ParseElseBlock();
        }
        return new If(new TextRange(start, SignificantEnd), test, body, orelse);
    }

    /// <summary><c>else_block: 'else' ':' block</c>, at <c>else</c>.</summary>
    private Stmt[] ParseElseBlock()
    {
        int start = Start;
        Expect(TokenKind.Else);
        Expect(TokenKind.Colon);
        return ParseBlock("'else' statement", start);
    }

    /// <summary><c>while_stmt: 'while' named_expression ':' block [else_block]</c>, at <c>while</c>.</summary>
    private Stmt ParseWhile()
    {
        int start = Start;
        Expect(TokenKind.While);
        Expr test = ParseNamedExpression();
        ExpectHeaderColon();
        Stmt[] body = ParseBlock("'while' statement", start);
        IReadOnlyList<Stmt> orelse = Kind == TokenKind.Else ? ParseElseBlock() : [];
        return new While(new TextRange(start, SignificantEnd), test, body, orelse);
    }

    /// <summary><c>for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]</c>, at <c>for</c>.</summary>
    private Stmt ParseFor(int start, bool isAsync)
    {
        Expect(TokenKind.For);
        Expr target = ParseTargetList(ExprContext.Store);
        Expect(TokenKind.In);
        Expr iter = ParseStarExpressions();
        ExpectHeaderColon();
        Stmt[] body = ParseBlock("'for' statement", start);
        IReadOnlyList<Stmt> orelse = Kind == TokenKind.Else ? ParseElseBlock() : [];
        var range = new TextRange(start, SignificantEnd);
        return isAsync ? new AsyncFor(range, target, iter, body, orelse) : new For(range, target, iter, body, orelse);
    }

    /// <summary>
    /// <c>try_stmt: 'try' ':' block finally_block | 'try' ':' block except_block+ [else_block] [finally_block]
    /// | 'try' ':' block except_star_block+ [else_block] [finally_block]</c>, at <c>try</c>.
    /// </summary>
    private Stmt ParseTry()
    {
        int start = Start;
        Expect(TokenKind.Try);
        Expect(TokenKind.Colon);
        Stmt[] body = ParseBlock("'try' statement", start);
        var handlers = new List<ExceptHandler>();
        bool? star = null;
        while (Kind == TokenKind.Except)
        {
            int handlerStart = Start;
            _index++;
            bool isStar = Eat(TokenKind.Star);
            if (star is { } seen && seen != isStar)
            {
                throw Error(SyntaxErrors.MixedExceptStar, handlerStart);
            }
            star = isStar;
            Expr? type = null;
            string? name = null;
            if (isStar && (Kind is TokenKind.Colon or TokenKind.Newline))
            {
                throw Error("expected one or more exception types", Start);
            }
            if (Kind is not (TokenKind.Colon or TokenKind.Newline))
            {
                type = ParseExpression();
                if (Kind == TokenKind.Comma)
                {
                    throw Error(SyntaxErrors.MultipleExceptionTypes, type);
                }
                name = Eat(TokenKind.As) ? NameText(ExpectName()) : null;
            }
            ExpectHeaderColon();
            Stmt[] handlerBody = ParseBlock(isStar ? "'except*' statement" : "'except' statement", handlerStart);
            handlers.Add(new ExceptHandler(new TextRange(handlerStart, SignificantEnd), type, name, handlerBody));
        }
        IReadOnlyList<Stmt> orelse = handlers.Count > 0 && Kind == TokenKind.Else ? ParseElseBlock() : [];
        IReadOnlyList<Stmt> finalbody = [];
        if (Kind == TokenKind.Finally)
        {
            int finallyStart = Start;
            _index++;
            Expect(TokenKind.Colon);
            finalbody = ParseBlock("'finally' statement", finallyStart);
        }
        if (handlers.Count == 0 && finalbody.Count == 0)
        {
            throw Error(SyntaxErrors.ExpectedExceptOrFinally, Start);
        }
        var range = new TextRange(start, SignificantEnd);
        return star == true
            ? new TryStar(range, body, handlers, orelse, finalbody)
            : new Try(range, body, handlers, orelse, finalbody);
    }

    /// <summary>
    /// <c>with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block | ['async'] 'with' ','.with_item+ ':' block</c>,
    /// at <c>with</c>. The parenthesized form is tried first, as CPython's PEG parser does.
    /// </summary>
    private Stmt ParseWith(int start, bool isAsync)
    {
        Expect(TokenKind.With);
        List<WithItem>? items = Kind == TokenKind.LeftParen ? TryParseParenthesizedWithItems() : null;
        if (items is null)
        {
            items = [];
            do
            {
                items.Add(ParseWithItem());
            }
            while (Eat(TokenKind.Comma));
        }
        ExpectHeaderColon();
        Stmt[] body = ParseBlock("'with' statement", start);
        var range = new TextRange(start, SignificantEnd);
        return isAsync ? new AsyncWith(range, items, body) : new With(range, items, body);
    }

    private List<WithItem>? TryParseParenthesizedWithItems()
    {
        int saved = _index;
        List<WithItem>? items = [];
        try
        {
            Expect(TokenKind.LeftParen);
            do
            {
                if (Kind == TokenKind.RightParen && items.Count > 0)
                {
                    break;
                }
                items.Add(ParseWithItem());
            }
            while (Eat(TokenKind.Comma));
            Expect(TokenKind.RightParen);
        }
        catch (ParseException)
        {
            items = null;
        }
        if (items is not null && Kind == TokenKind.Colon)
        {
            return items;
        }
        if (items is not null && Kind == TokenKind.Newline)
        {
            // CPython's invalid_with_stmt: parenthesized items at the line's end ask for the colon.
            throw Unexpected(TokenKind.Colon);
        }
        Rewind(saved);
        return null;
    }

    /// <summary><c>with_item: expression 'as' star_target &(',' | ')' | ':') | expression</c></summary>
    private WithItem ParseWithItem()
    {
        int start = Start;
        Expr context = ParseExpression();
        Expr? vars = null;
        if (Eat(TokenKind.As))
        {
            vars = ToTarget(ParseStarTarget(), ExprContext.Store);
            if (Kind is not (TokenKind.Comma or TokenKind.RightParen or TokenKind.Colon))
            {
                throw MissingHeaderColon();
            }
        }
        return new WithItem(From(start), context, vars);
    }
}
