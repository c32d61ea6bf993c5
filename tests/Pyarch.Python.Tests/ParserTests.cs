using Pyarch.Python.Ast;
using Pyarch.Text;
using PyAssert = Pyarch.Python.Ast.Assert;

namespace Pyarch.Python.Tests;

public sealed class ParserTests
{
    private static Module Parse(string source)
    {
        ParseResult result = PythonParser.Parse(new SourceText("t.py", source));
        Xunit.Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Module!;
    }

    private static PythonSyntaxError Refuse(string source)
    {
        ParseResult result = PythonParser.Parse(new SourceText("t.py", source));
        Xunit.Assert.False(result.Succeeded);
        return result.Error!;
    }

    [Fact]
    public void Should_read_match_as_a_name_or_a_statement_by_what_follows()
    {
        Module module = Parse("match = re.match(p, s)\nmatch(x)\nmatch x:\n    case [1, *rest]:\n        pass\n");

        Xunit.Assert.IsType<Assign>(module.Body[0]);
        Xunit.Assert.IsType<ExprStmt>(module.Body[1]);
        var match = Xunit.Assert.IsType<Match>(module.Body[2]);
        Xunit.Assert.IsType<MatchSequence>(match.Cases[0].Pattern);
    }

    [Fact]
    public void Should_parse_pep_695_and_696_type_parameters()
    {
        Module module = Parse("type Pair[K = str, *Ts, **P] = dict[K, tuple[*Ts]]\ndef f[T: int](x: T) -> T: ...\n");

        var alias = Xunit.Assert.IsType<TypeAlias>(module.Body[0]);
        Xunit.Assert.Collection(alias.TypeParams,
            p => Xunit.Assert.NotNull(Xunit.Assert.IsType<TypeVar>(p).DefaultValue),
            p => Xunit.Assert.IsType<TypeVarTuple>(p),
            p => Xunit.Assert.IsType<ParamSpec>(p));
        var function = Xunit.Assert.IsType<FunctionDef>(module.Body[1]);
        Xunit.Assert.NotNull(Xunit.Assert.IsType<TypeVar>(Xunit.Assert.Single(function.TypeParams)).Bound);
    }

    [Fact]
    public void Should_give_fstring_debug_text_and_default_repr_conversion()
    {
        var joined = Xunit.Assert.IsType<JoinedStr>(Xunit.Assert.IsType<ExprStmt>(Parse("f'{ x = }'\n").Body[0]).Value);

        Xunit.Assert.Equal(new ConstantValue.Str(" x = "), Xunit.Assert.IsType<Constant>(joined.Values[0]).Value);
        Xunit.Assert.Equal('r', Xunit.Assert.IsType<FormattedValue>(joined.Values[1]).Conversion);
    }

    [Theory]
    [InlineData("'\\x41'", false, "A")]
    [InlineData("u'\\x41'", false, "A")]
    [InlineData("r'\\x41'", false, "\\x41")]
    [InlineData("R'\\x41'", false, "\\x41")]
    [InlineData("b'\\x41'", true, "A")]
    [InlineData("B'\\x41'", true, "A")]
    [InlineData("rb'\\x41'", true, "\\x41")]
    [InlineData("Rb'\\x41'", true, "\\x41")]
    [InlineData("bR'\\x41'", true, "\\x41")]
    [InlineData("BR'\\x41'", true, "\\x41")]
    [InlineData("'''\\x41'''", false, "A")]
    [InlineData("Br'''\\x41'''", true, "\\x41")]
    public void Should_read_a_string_prefix_in_either_case(string literal, bool bytes, string value)
    {
        var constant = Xunit.Assert.IsType<Constant>(Xunit.Assert.IsType<ExprStmt>(Parse(literal + "\n").Body[0]).Value);

        ConstantValue expected = bytes ? new ConstantValue.Bytes(System.Text.Encoding.ASCII.GetBytes(value)) : new ConstantValue.Str(value);
        Xunit.Assert.Equal(expected, constant.Value);
    }

    [Fact]
    public void Should_decode_escapes_including_unicode_names()
    {
        var constant = Xunit.Assert.IsType<Constant>(Xunit.Assert.IsType<ExprStmt>(Parse("'\\N{bullet}\\x41\\101\\u00e9\\U0001F600\\q'\n").Body[0]).Value);

        Xunit.Assert.Equal(new ConstantValue.Str("\u2022AA\u00e9\U0001F600\\q"), constant.Value);
    }

    [Fact]
    public void Should_decode_the_name_aliases_unicode_names_leave_out()
    {
        // Unicode's aliases (NameAliases.txt) are not character names, yet CPython's \N{...} takes them
        var constant = Xunit.Assert.IsType<Constant>(Xunit.Assert.IsType<ExprStmt>(Parse("'\\N{BYTE ORDER MARK}\\N{lf}\\N{LINE FEED}'\n").Body[0]).Value);

        Xunit.Assert.Equal(new ConstantValue.Str("\uFEFF\n\n"), constant.Value);
    }

    [Theory]
    [InlineData("x = (1,\n  2\n  3)\n", 2, "Perhaps you forgot a comma?")]
    [InlineData("def f():\nreturn 1\n", 2, "expected an indented block after function definition on line 1")]
    [InlineData("f() = 1\n", 1, "cannot assign to function call")]
    [InlineData("for x in y:\n", 1, "expected an indented block after 'for' statement on line 1")]
    [InlineData("class A(x for x in y): pass\n", 1, "invalid syntax")]
    // Unicode names ignore the case of ASCII letters only: the long s is not an S to CPython.
    [InlineData("x = '\\N{\u017fpace}'\n", 1, "can't decode bytes in position 0-17: unknown Unicode character name")]
    // Escape errors count positions in CPython's codec buffer, where a non-ASCII character takes ten bytes
    // (a surrogate pair too) and a backslash before one takes six.
    [InlineData("x = '\u00e9\\x4'\n", 1, "can't decode bytes in position 10-12: truncated \\xXX escape")]
    [InlineData("x = '\U0001F600 \\N{nope}'\n", 1, "can't decode bytes in position 11-18: unknown Unicode character name")]
    [InlineData("x = '\\\u00e9\\N{x}'\n", 1, "can't decode bytes in position 16-20: unknown Unicode character name")]
    [InlineData("x = '\\\\\u00e9\\N{x}'\n", 1, "can't decode bytes in position 12-16: unknown Unicode character name")]
    // A malformed \N escape ends where the codec gave up: after the N, at the end of the text, or on the empty name's brace.
    [InlineData("x = '\\Nx'\n", 1, "can't decode bytes in position 0-1: malformed \\N character escape")]
    [InlineData("x = 'ab\\N'\n", 1, "can't decode bytes in position 2-3: malformed \\N character escape")]
    [InlineData("x = 'ab\\N{x'\n", 1, "can't decode bytes in position 2-5: malformed \\N character escape")]
    [InlineData("x = '\\N{LATIN SMALL LETTER A'\n", 1, "can't decode bytes in position 0-22: malformed \\N character escape")]
    [InlineData("x = '\\N{}'\n", 1, "can't decode bytes in position 0-2: malformed \\N character escape")]
    [InlineData("x = '\u00e9\\N{x'\n", 1, "can't decode bytes in position 10-13: malformed \\N character escape")]
    [InlineData("x = '\U0001F600\\N'\n", 1, "can't decode bytes in position 10-11: malformed \\N character escape")]
    [InlineData("x = 'a\\\u00e9\\Nq'\n", 1, "can't decode bytes in position 17-18: malformed \\N character escape")]
    public void Should_report_errors_where_and_as_cpython_does(string source, int line, string message)
    {
        PythonSyntaxError error = Refuse(source);

        Xunit.Assert.Equal(line, error.Line!.Value.Value);
        Xunit.Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_parse_names_built_to_collide_under_a_fixed_string_hash_without_slowing_down()
    {
        // Given: 131,072 distinct names made of 17 blocks of "Aa" or "BB", which all share Java's string hash (h * 31 + c)
        var source = new System.Text.StringBuilder();
        for (int n = 0; n < 1 << 17; n++)
        {
            for (int block = 0; block < 17; block++)
            {
                source.Append((n >> block & 1) == 0 ? "Aa" : "BB");
            }
            source.Append(" = 1\n");
        }

        // When
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Module module = Parse(source.ToString());
        watch.Stop();

        // Then: parsed in the time bound the mutation tests give any input (a shared hash made this quadratic)
        Xunit.Assert.Equal(1 << 17, module.Body.Count);
        Xunit.Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Should_refuse_nesting_deeper_than_cpython_allows_without_overflowing()
    {
        PythonSyntaxError unary = Refuse(new string('-', 100_000) + "x\n");
        PythonSyntaxError chain = Refuse("a" + string.Concat(Enumerable.Repeat(".b", 100_000)) + "\n");

        Xunit.Assert.Contains("too many nested expressions", unary.Message, StringComparison.Ordinal);
        Xunit.Assert.Contains("too many nested expressions", chain.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_parse_an_assert_with_its_message()
    {
        var statement = Xunit.Assert.IsType<PyAssert>(Parse("assert x, 'why'\n").Body[0]);

        Xunit.Assert.NotNull(statement.Msg);
    }
}
