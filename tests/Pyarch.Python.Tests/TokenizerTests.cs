using Pyarch.Text;

namespace Pyarch.Python.Tests;

public sealed class TokenizerTests
{
    private static List<(TokenKind Kind, string Text)> Tokens(string source)
    {
        var text = new SourceText("t.py", source);
        TokenizeResult result = Tokenizer.Tokenize(text);
        Assert.Null(result.Error);
        return result.Tokens.Select(token => (token.Kind, text[token.Range])).ToList();
    }

    [Fact]
    public void Should_split_an_fstring_into_start_middle_fields_and_end()
    {
        // Given: PEP 701 nesting with the same quotes, a conversion and a nested format spec
        var tokens = Tokens("f\"a{x!r:>{w}}b{\"q\"}\"\n");

        // Then
        Assert.Equal(
            [
                (TokenKind.FStringStart, "f\""), (TokenKind.FStringMiddle, "a"), (TokenKind.LeftBrace, "{"), (TokenKind.Name, "x"),
                (TokenKind.Exclamation, "!"), (TokenKind.Name, "r"), (TokenKind.Colon, ":"), (TokenKind.FStringMiddle, ">"),
                (TokenKind.LeftBrace, "{"), (TokenKind.Name, "w"), (TokenKind.RightBrace, "}"), (TokenKind.RightBrace, "}"),
                (TokenKind.FStringMiddle, "b"), (TokenKind.LeftBrace, "{"), (TokenKind.String, "\"q\""), (TokenKind.RightBrace, "}"),
                (TokenKind.FStringEnd, "\""), (TokenKind.Newline, "\n"), (TokenKind.EndOfFile, ""),
            ],
            tokens);
    }

    [Fact]
    public void Should_emit_indent_and_dedent_and_ignore_layout_inside_brackets()
    {
        var kinds = Tokens("if x:\n    y = (1,\n  2)\n# c\nz\n").Select(t => t.Kind).ToList();

        Assert.Equal(
            [
                TokenKind.If, TokenKind.Name, TokenKind.Colon, TokenKind.Newline, TokenKind.Indent, TokenKind.Name, TokenKind.Equal,
                TokenKind.LeftParen, TokenKind.Number, TokenKind.Comma, TokenKind.NonLogicalNewline, TokenKind.Number,
                TokenKind.RightParen, TokenKind.Newline, TokenKind.Comment, TokenKind.NonLogicalNewline, TokenKind.Dedent,
                TokenKind.Name, TokenKind.Newline, TokenKind.EndOfFile,
            ],
            kinds);
    }

    [Fact]
    public void Should_link_each_opening_bracket_to_the_token_that_closes_it()
    {
        // Given: brackets of each kind nested in a call, and an f-string's replacement field
        var text = new SourceText("t.py", "f(a[1], {b: (c)}, f\"{x}\")\n");

        // When
        TokenizeResult result = Tokenizer.Tokenize(text);

        // Then: each opening bracket names the index of its partner, which the parser jumps to
        var links = result.Tokens.Select((token, index) => (token, index))
            .Where(t => t.token.Kind is TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace)
            .Select(t => (t.index, text[t.token.Range], t.token.CloseIndex, text[result.Tokens[t.token.CloseIndex].Range]))
            .ToList();
        Assert.Equal([(1, "(", 20, ")"), (3, "[", 5, "]"), (7, "{", 13, "}"), (10, "(", 12, ")"), (16, "{", 18, "}")], links);
    }

    [Fact]
    public void Should_leave_a_bracket_that_the_tokenizer_never_saw_closed_unlinked()
    {
        var text = new SourceText("t.py", "x = f(a[1]\n");

        TokenizeResult result = Tokenizer.Tokenize(text);

        Assert.NotNull(result.Error);
        Token open = result.Tokens.Single(token => token.Kind == TokenKind.LeftParen);
        Assert.Equal(0, open.CloseIndex);
        Assert.Equal(7, result.Tokens.Single(token => token.Kind == TokenKind.LeftBracket).CloseIndex);
    }

    [Fact]
    public void Should_keep_soft_keywords_as_names_and_hard_keywords_apart()
    {
        var tokens = Tokens("match type case _ await async\n");

        Assert.Equal([TokenKind.Name, TokenKind.Name, TokenKind.Name, TokenKind.Name, TokenKind.Await, TokenKind.Async], tokens.Take(6).Select(t => t.Kind));
    }

    [Fact]
    public void Should_number_names_alike_exactly_when_they_are_spelled_alike()
    {
        // Given: names of 1 to 12 letters, each also with one letter changed at every position, all written twice
        var names = new List<string>();
        for (int length = 1; length <= 12; length++)
        {
            string name = "abcdefghijkl"[..length];
            names.Add(name);
            names.AddRange(Enumerable.Range(0, length).Select(at => name[..at] + "X" + name[(at + 1)..]));
        }
        var text = new SourceText("t.py", string.Join(" = ", names.Concat(names)) + "\n");

        // When
        TokenizeResult result = Tokenizer.Tokenize(text);

        // Then: each spelling has a number of its own, and the same number the second time
        var numbers = result.Tokens.Where(t => t.Kind == TokenKind.Name).Select(t => (Name: text[t.Range], t.NameId)).ToList();
        Assert.Equal(names.Count * 2, numbers.Count);
        Assert.Equal(names.Count, numbers.Select(n => n.NameId).Distinct().Count());
        Assert.All(numbers.GroupBy(n => n.Name), spelling => Assert.Single(spelling.Select(n => n.NameId).Distinct()));
    }

    [Theory]
    [InlineData("0x_FF", TokenKind.Number)]
    [InlineData("1_000.000_1e-1_0", TokenKind.Number)]
    [InlineData("1if", TokenKind.Number)]
    [InlineData("...", TokenKind.Ellipsis)]
    [InlineData("**=", TokenKind.DoubleStarEqual)]
    [InlineData("->", TokenKind.Arrow)]
    public void Should_read_the_longest_token(string source, TokenKind first) => Assert.Equal(first, Tokens(source + "\n")[0].Kind);

    [Theory]
    [InlineData("f(*a,**k)", "Name LeftParen Star Name Comma DoubleStar Name RightParen")]
    [InlineData("x[:-1]==y", "Name LeftBracket Colon Minus Number RightBracket EqEqual Name")]
    [InlineData("a<=b>=c!=d<<e>>f<g>h", "Name LessEqual Name GreaterEqual Name NotEqual Name LeftShift Name RightShift Name Less Name Greater Name")]
    [InlineData("a//=b**=c<<=d>>=e", "Name DoubleSlashEqual Name DoubleStarEqual Name LeftShiftEqual Name RightShiftEqual Name")]
    [InlineData("a+=b-=c*=d/=e%=f@=g&=h|=i^=j", "Name PlusEqual Name MinusEqual Name StarEqual Name SlashEqual Name PercentEqual Name AtEqual Name AmpersandEqual Name VerticalBarEqual Name CircumflexEqual Name")]
    [InlineData("a=-b=*c=<d", "Name Equal Minus Name Equal Star Name Equal Less Name")]
    [InlineData("x:=y->z", "Name ColonEqual Name Arrow Name")]
    [InlineData("a..b...c", "Name Dot Dot Name Ellipsis Name")]
    [InlineData("{a;~b}|c&d^e%f@g//h/i", "LeftBrace Name Semicolon Tilde Name RightBrace VerticalBar Name Ampersand Name Circumflex Name Percent Name At Name DoubleSlash Name Slash Name")]
    [InlineData("f(x)=(y)[z]<(w)", "Name LeftParen Name RightParen Equal LeftParen Name RightParen LeftBracket Name RightBracket Less LeftParen Name RightParen")]
    public void Should_split_adjacent_operators_by_longest_match(string source, string kinds) =>
        Assert.Equal(kinds.Split(' '), Tokens(source + "\n").SkipLast(2).Select(t => t.Kind.ToString()));

    [Theory]
    [InlineData("if x:\n        a\n\tb\n", SyntaxErrorKind.TabError, 3)]
    [InlineData("if x:\n        a\n    b\n", SyntaxErrorKind.IndentationError, 3)]
    [InlineData("x = (1,\n2]\n", SyntaxErrorKind.SyntaxError, 2)]
    [InlineData("s = '''abc\n\n", SyntaxErrorKind.SyntaxError, 1)]
    [InlineData("x = 0777\n", SyntaxErrorKind.SyntaxError, 1)]
    public void Should_stop_at_the_first_tokenizer_error(string source, SyntaxErrorKind kind, int line)
    {
        TokenizeResult result = Tokenizer.Tokenize(new SourceText("t.py", source));

        Assert.Equal(kind, result.Error!.Kind);
        Assert.Equal(line, result.Error.Line!.Value.Value);
        Assert.Equal(TokenKind.EndOfFile, result.Tokens[^1].Kind);
    }
}
