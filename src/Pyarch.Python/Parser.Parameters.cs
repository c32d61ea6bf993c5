using Pyarch.Python.Ast;
using Pyarch.Text;

namespace Pyarch.Python;

internal sealed partial class Parser
{
    /// <summary>
    /// <c>params</c> of a def (<paramref name="allowAnnotations"/>) or <c>lambda_params</c>, up to
    /// <paramref name="close"/>: positional-only before <c>/</c>, keyword-only after <c>*</c>, then <c>**kwargs</c>.
    /// </summary>
    private Arguments ParseParameters(TokenKind close, bool allowAnnotations)
    {
        int start = Start;
        Arg[] posonly = [];
        var args = _lists.Args.Rent();
        var defaults = _lists.Exprs.Rent();
        // Rented at the first keyword-only parameter: most definitions have none.
        ScratchList<Arg>? kwonly = null;
        ScratchList<Expr?>? kwDefaults = null;
        Arg? vararg = null, kwarg = null;
        bool sawStar = false, sawSlash = false;

        while (Kind != close)
        {
            if (kwarg is not null)
            {
                throw Error("arguments cannot follow var-keyword argument", Start);
            }
            if (Kind == TokenKind.Slash)
            {
                if (sawSlash || sawStar || args.Count == 0)
                {
                    throw Error(sawSlash ? "/ may appear only once" : sawStar ? "/ must be ahead of *" : "at least one argument must precede /", Start);
                }
                _index++;
                sawSlash = true;
                if (Kind == TokenKind.Star)
                {
                    throw Error("expected comma between / and *", Start);
                }
                posonly = _lists.Args.Finish(args);
                args = _lists.Args.Rent();
            }
            else if (Kind == TokenKind.Star)
            {
                if (sawStar)
                {
                    throw Error("* argument may appear only once", Start);
                }
                int star = Start;
                _index++;
                sawStar = true;
                if (Kind == TokenKind.Comma || Kind == close)
                {
                    if (Kind == close || PeekKind() == close || PeekKind() == TokenKind.DoubleStar)
                    {
                        // CPython points at a def's '*', and at the last token it read of a lambda's.
                        throw Error(SyntaxErrors.BareStar, close == TokenKind.Colon ? _tokens[Kind == close ? _index : _index + 1].Range.Start : star);
                    }
                }
                else
                {
                    vararg = ParseParameter(allowAnnotations, starredAnnotation: true);
                    RefuseDefault("var-positional argument cannot have default value");
                }
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                _index++;
                kwarg = ParseParameter(allowAnnotations, starredAnnotation: false);
                RefuseDefault("var-keyword argument cannot have default value");
            }
            else
            {
                Arg parameter = ParseParameter(allowAnnotations, starredAnnotation: false);
                Expr? value = null;
                if (Kind == TokenKind.Equal)
                {
                    if (PeekKind() is TokenKind.Comma or TokenKind.RightParen) // CPython's invalid_default: = &(')'|',')
                    {
                        throw Error("expected default value expression", Start);
                    }
                    _index++;
                    value = ParseExpression();
                }
                if (sawStar)
                {
                    (kwonly ??= _lists.Args.Rent()).Add(parameter);
                    (kwDefaults ??= _lists.OptionalExprs.Rent()).Add(value);
                }
                else
                {
                    args.Add(parameter);
                    if (value is not null)
                    {
                        defaults.Add(value);
                    }
                    else if (defaults.Count > 0)
                    {
                        throw Error(SyntaxErrors.NonDefaultAfterDefault, parameter);
                    }
                }
            }
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }
        return new Arguments(From(start), posonly, _lists.Args.Finish(args), vararg, kwonly is null ? [] : _lists.Args.Finish(kwonly),
            kwDefaults is null ? [] : _lists.OptionalExprs.Finish(kwDefaults), kwarg, _lists.Exprs.Finish(defaults));
    }

    /// <summary>At <c>=</c> after <c>*args</c> or <c>**kwargs</c>, CPython's message for a default they cannot have.</summary>
    private void RefuseDefault(string message)
    {
        if (Kind == TokenKind.Equal)
        {
            throw Error(message, Start);
        }
    }

    /// <summary><c>param: NAME annotation?</c>; after <c>*</c> the annotation may be starred (PEP 646).</summary>
    private Arg ParseParameter(bool allowAnnotations, bool starredAnnotation)
    {
        if (Kind == TokenKind.LeftParen && IsParenthesizedNames())
        {
            // Python 2's tuple parameters, def f(a, (b, c)): CPython's invalid_parameters and invalid_lambda_parameters.
            throw Error(allowAnnotations ? "Function parameters cannot be parenthesized" : "Lambda expression parameters cannot be parenthesized", Start);
        }
        Token name = ExpectName();
        Expr? annotation = null;
        if (allowAnnotations && Eat(TokenKind.Colon))
        {
            annotation = starredAnnotation && Kind == TokenKind.Star ? ParseStarExpression() : ParseExpression();
        }
        return new Arg(From(name.Range.Start), NameText(name), annotation);
    }

    /// <summary>At <c>(</c>: <c>'(' NAME (',' NAME)* [','] ')'</c> follows.</summary>
    private bool IsParenthesizedNames()
    {
        int i = 1;
        do
        {
            if (PeekKind(i) != TokenKind.Name)
            {
                return false;
            }
            i++;
        }
        while (PeekKind(i) == TokenKind.Comma && PeekKind(++i) != TokenKind.RightParen);
        return PeekKind(i) == TokenKind.RightParen;
    }

    /// <summary>
    /// <c>type_params: '[' type_param_seq ']'</c> (PEP 695, with PEP 696 defaults), at <c>[</c>:
    /// <c>NAME [':' expression] ['=' expression] | '*' NAME ['=' star_expression] | '**' NAME ['=' expression]</c>.
    /// </summary>
    private IReadOnlyList<TypeParam> ParseTypeParams()
    {
        Expect(TokenKind.LeftBracket);
        var parameters = new List<TypeParam>();
        do
        {
            if (Kind == TokenKind.RightBracket && parameters.Count > 0)
            {
                break;
            }
            int start = Start;
            if (Eat(TokenKind.Star))
            {
                string name = NameText(ExpectName());
                Expr? value = Eat(TokenKind.Equal) ? ParseStarExpression() : null;
                parameters.Add(new TypeVarTuple(From(start), name, value));
            }
            else if (Eat(TokenKind.DoubleStar))
            {
                string name = NameText(ExpectName());
                Expr? value = Eat(TokenKind.Equal) ? ParseExpression() : null;
                parameters.Add(new ParamSpec(From(start), name, value));
            }
            else
            {
                string name = NameText(ExpectName());
                Expr? bound = Eat(TokenKind.Colon) ? ParseExpression() : null;
                Expr? value = Eat(TokenKind.Equal) ? ParseExpression() : null;
                parameters.Add(new TypeVar(From(start), name, bound, value));
            }
        }
        while (Eat(TokenKind.Comma));
        Expect(TokenKind.RightBracket);
        return parameters;
    }
}
