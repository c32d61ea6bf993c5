using System.Text;
using Pyarch.Python.Ast;
using Pyarch.Text;

namespace Pyarch.Python;

internal sealed partial class Parser
{
    /// <summary>
    /// <c>strings: (fstring | string)+</c>: adjacent literals joined into one <c>Constant</c>, or into one
    /// <c>JoinedStr</c> when any is an f-string, with neighbouring literal parts merged and empty ones dropped.
    /// </summary>
    private Expr ParseStrings()
    {
        int start = Start;
        // Most literals stand alone and hold no escape: their value is a slice of the source.
        if (Kind == TokenKind.String && PeekKind() is not (TokenKind.String or TokenKind.FStringStart)
            && LiteralDecoder.PlainString(Text, Current.Range) is { } plain)
        {
            Token token = Advance();
            string? prefix = LiteralDecoder.HasUnicodePrefix(_chars.AsSpan(token.Range.Start, token.Range.Length)) ? "u" : null;
            return new Constant(token.Range, new ConstantValue.Str(plain), prefix);
        }
        bool? bytes = null;
        bool anyFString = false;
        string? kind = null;
        bool first = true;
        StringBuilder text = _literalText?.Clear() ?? new StringBuilder();
        _literalText = null;
        List<byte>? data = null;
        List<Expr>? parts = null;

        while (Kind is TokenKind.String or TokenKind.FStringStart)
        {
            Token token = Current;
            bool isBytes = Kind == TokenKind.String && LiteralDecoder.IsBytesLiteral(_chars.AsSpan(token.Range.Start, token.Range.Length));
            if (bytes is { } seen && seen != isBytes)
            {
                throw Error(SyntaxErrors.MixedBytes, start);
            }
            bytes = isBytes;
            if (first)
            {
                kind = LiteralDecoder.HasUnicodePrefix(_chars.AsSpan(token.Range.Start, token.Range.Length)) ? "u" : null;
                first = false;
            }
            if (Kind == TokenKind.FStringStart)
            {
                anyFString = true;
                parts ??= [];
                ParseFString(parts, text, kind);
                continue;
            }
            _index++;
            string? error = isBytes
                ? LiteralDecoder.DecodeBytes(Text, token.Range, data ??= [])
                : LiteralDecoder.DecodeString(Text, token.Range, text);
            if (error is not null)
            {
                throw Error(error, token.Range.Start);
            }
        }

        TextRange range = From(start);
        _literalText = text;
        if (bytes == true)
        {
            return new Constant(range, new ConstantValue.Bytes(data?.ToArray() ?? []), null);
        }
        if (!anyFString)
        {
            return new Constant(range, new ConstantValue.Str(text.ToString()), kind);
        }
        FlushLiteral(parts!, text, kind);
        return new JoinedStr(range, parts!);
    }

    /// <summary>
    /// A builder for literal text, kept between <see cref="ParseStrings"/> calls and between the files a thread
    /// parses (taken while in use, so an f-string nested in another gets its own).
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? _literalText;

    /// <summary>Moves pending literal text into <paramref name="parts"/> as one constant (none when empty).</summary>
    private static void FlushLiteral(List<Expr> parts, StringBuilder text, string? kind)
    {
        if (text.Length > 0)
        {
            parts.Add(new Constant(default, new ConstantValue.Str(text.ToString()), kind));
            text.Clear();
        }
    }

    /// <summary><c>fstring: FSTRING_START fstring_middle* FSTRING_END</c>, at FSTRING_START (PEP 701).</summary>
    private void ParseFString(List<Expr> parts, StringBuilder text, string? kind)
    {
        Token open = Advance();
        bool raw = LiteralDecoder.IsRawLiteral(_chars.AsSpan(open.Range.Start, open.Range.Length));
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.FStringMiddle:
                    AppendFStringText(Advance(), raw, text);
                    break;
                case TokenKind.LeftBrace:
                    ParseReplacementField(raw, parts, text, kind);
                    break;
                case TokenKind.FStringEnd:
                    _index++;
                    return;
                default:
                    throw Unexpected();
            }
        }
    }

    private void AppendFStringText(Token token, bool raw, StringBuilder text)
    {
        string? error = LiteralDecoder.DecodeFStringText(Text, token.Range, raw, text);
        if (error is not null)
        {
            throw Error(error, token.Range.Start);
        }
    }

    /// <summary>
    /// <c>fstring_replacement_field: '{' (yield_expr | star_expressions) '='? [fstring_conversion]
    /// [fstring_full_format_spec] '}'</c>, at <c>{</c>. Adds the field to <paramref name="parts"/>; the text of an
    /// <c>=</c> specifier joins the literal text before it, as in CPython.
    /// </summary>
    private void ParseReplacementField(bool raw, List<Expr> parts, StringBuilder text, string? kind)
    {
        using DepthScope depth = Nest();
        Token open = Expect(TokenKind.LeftBrace);
        if (Kind == TokenKind.RightBrace)
        {
            throw Error("f-string: valid expression required before '}'", Start);
        }
        Expr value = Kind == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressions();
        bool debug = false;
        if (Kind == TokenKind.Equal)
        {
            _index++;
            debug = true;
            // The '=' specifier repeats the source text from after '{' up to the next token, spaces included.
            text.Append(_chars, open.Range.End, Current.Range.Start - open.Range.End);
        }
        int conversion = -1;
        if (Eat(TokenKind.Exclamation))
        {
            Token name = Current;
            string letter = name.Kind == TokenKind.Name ? TokenText(name) : "";
            if (letter is not ("s" or "r" or "a") || name.Range.Start != _tokens[_index - 1].Range.End)
            {
                throw Error("f-string: invalid conversion character: expected 's', 'r', or 'a'", name.Range.Start);
            }
            _index++;
            conversion = letter[0];
        }
        Expr? spec = null;
        if (Eat(TokenKind.Colon))
        {
            var specParts = new List<Expr>();
            var specText = new StringBuilder();
            int specStart = Start;
            while (Kind != TokenKind.RightBrace)
            {
                if (Kind == TokenKind.FStringMiddle)
                {
                    AppendFStringText(Advance(), raw, specText);
                }
                else if (Kind == TokenKind.LeftBrace)
                {
                    ParseReplacementField(raw, specParts, specText, null);
                }
                else
                {
                    throw Unexpected();
                }
            }
            FlushLiteral(specParts, specText, null);
            spec = new JoinedStr(new TextRange(specStart, Current.Range.Start), specParts);
        }
        if (Kind != TokenKind.RightBrace)
        {
            throw Error("f-string: expecting '}'", Start);
        }
        _index++;
        if (debug && conversion == -1 && spec is null)
        {
            conversion = 'r';
        }
        FlushLiteral(parts, text, kind);
        parts.Add(new FormattedValue(From(open.Range.Start), value, conversion, spec));
    }
}
