using System.Buffers;
using System.Numerics;
using System.Text;
using Pyarch.Python.Ast;
using Pyarch.Text;
using Assert = Xunit.Assert;
using Attribute = Pyarch.Python.Ast.Attribute;
using Tuple = Pyarch.Python.Ast.Tuple;

namespace Pyarch.Python.Tests;

/// <summary>
/// Hand-built trees written by <see cref="AstJsonWriter"/> must equal, byte for byte, what
/// <c>shared/tools/pyast_json.py</c> printed from CPython 3.11 for the same source (the Fixtures/AstJson files).
/// </summary>
public sealed class AstJsonWriterTests
{
    private static readonly Arguments NoArguments = new(default, [], [], null, [], [], null, []);

    [Fact]
    public void Should_count_columns_in_utf8_bytes_and_escape_non_ascii()
    {
        // Given: é = "ü"
        var s = new TestSource(Fixtures.Text("AstJson/t1.py"));
        var module = new Module(s.All,
        [
            new Assign(s.All, [new Name(s.At("é"), "é", ExprContext.Store)], new Constant(s.At("\"ü\""), new ConstantValue.Str("ü"), null)),
        ]);

        // When / Then
        Assert.Equal(Expected("t1"), Write("t1.py", s, module));
    }

    [Fact]
    public void Should_write_functions_arguments_and_fstrings_without_inner_positions()
    {
        // Given: @dec / def f(a, /, b=1, *c, d, e=2, **g) -> int: / return f"x{a!r:>{b}}"
        var s = new TestSource(Fixtures.Text("AstJson/t2.py"));
        var header = "def f(";
        var inner = s.At("b}");
        var fstring = new JoinedStr(s.At("f\"x{a!r:>{b}}\""),
        [
            new Constant(inner, new ConstantValue.Str("x"), null),
            new FormattedValue(inner, new Name(inner, "a", ExprContext.Load), 'r',
                new JoinedStr(inner,
                [
                    new Constant(inner, new ConstantValue.Str(">"), null),
                    new FormattedValue(inner, new Name(inner, "b", ExprContext.Load), -1, null),
                ])),
        ]);
        var args = new Arguments(default,
            PosonlyArgs: [new Arg(s.At("a", header), "a", null)],
            Args: [new Arg(s.At("b", header), "b", null)],
            Vararg: new Arg(s.At("c", header), "c", null),
            KwonlyArgs: [new Arg(s.At("d", header), "d", null), new Arg(s.At("e", header), "e", null)],
            KwDefaults: [null, new Constant(s.At("2", header), new ConstantValue.Int(2), null)],
            Kwarg: new Arg(s.At("g", header), "g", null),
            Defaults: [new Constant(s.At("1", header), new ConstantValue.Int(1), null)]);
        var function = new FunctionDef(s.Span("def", "}}\""), "f", args,
            [new Return(s.Span("return", "}}\""), fstring)],
            [new Name(s.At("dec"), "dec", ExprContext.Load)],
            new Name(s.At("int"), "int", ExprContext.Load),
            TypeParams: []);

        // When / Then: no type_params field, since 3.11 has none
        Assert.Equal(Expected("t2"), Write("t2.py", s, new Module(s.All, [function])));
    }

    [Fact]
    public void Should_tag_every_kind_of_constant_as_the_spec_says()
    {
        // Given: (None, ..., True, 12345678901234567890123, 1e16, 1.5j, b'\x00\xff', u'\n"\\\x7f\u00e9\U0001F600\ud800')
        var s = new TestSource(Fixtures.Text("AstJson/t3.py"));
        Constant C(string text, ConstantValue value, string? kind = null) => new(s.At(text), value, kind);
        var tuple = new Tuple(s.All,
        [
            C("None", ConstantValue.None.Instance),
            C("...", ConstantValue.Ellipsis.Instance),
            C("True", new ConstantValue.Bool(true)),
            C("12345678901234567890123", new ConstantValue.Int(BigInteger.Parse("12345678901234567890123"))),
            C("1e16", new ConstantValue.Float(1e16)),
            C("1.5j", new ConstantValue.Complex(1.5)),
            C("b'\\x00\\xff'", new ConstantValue.Bytes([0x00, 0xff])),
            C("u'\\n\"\\\\\\x7f\\u00e9\\U0001F600\\ud800'", new ConstantValue.Str("\n\"\\\u007f\u00e9\U0001F600\ud800"), "u"),
        ], ExprContext.Load);

        Assert.Equal(Expected("t3"), Write("t3.py", s, new Module(s.All, [new ExprStmt(s.All, tuple)])));
    }

    [Fact]
    public void Should_write_patterns_imports_and_comprehensions_with_cpython_field_names()
    {
        var s = new TestSource(Fixtures.Text("AstJson/t4.py"));
        var classPattern = new MatchClass(s.Span("Point", ")"),
            new Name(s.At("Point"), "Point", ExprContext.Load),
            [new MatchValue(s.At("1"), new Constant(s.At("1"), new ConstantValue.Int(1), null))],
            ["y"],
            [new MatchSequence(s.At("[*rest]"), [new MatchStar(s.At("*rest"), "rest")])]);
        var mappingPattern = new MatchMapping(s.Span("{", "}"),
            [new Constant(s.At("\"k\""), new ConstantValue.Str("k"), null)],
            [new MatchSingleton(s.At("None"), ConstantValue.None.Instance)],
            "kw");
        var match = new Match(s.Span("match", "pass"), new Name(s.At("p"), "p", ExprContext.Load),
        [
            new MatchCase(default, new MatchOr(s.Span("Point", "}"), [classPattern, mappingPattern]),
                new Name(s.At("x", "if "), "x", ExprContext.Load),
                [new Pass(s.At("pass"))]),
        ]);
        var import = new ImportFrom(s.Span("from", "as n"), null, [new Alias(s.At("m as n"), "m", "n")], 2);
        var listComp = new ListComp(s.Span("[i", "g]"), new Name(s.At("i", "= ["), "i", ExprContext.Load),
        [
            new Comprehension(default, new Name(s.At("i", "for "), "i", ExprContext.Store), new Name(s.At("g", "in "), "g", ExprContext.Load), [], IsAsync: true),
        ]);
        var annAssign = new AnnAssign(s.Span("v:", "g]"), new Name(s.At("v", "as n\n"), "v", ExprContext.Store),
            new Name(s.At("int", "v: "), "int", ExprContext.Load), listComp, Simple: true);

        Assert.Equal(Expected("t4"), Write("t4.py", s, new Module(s.All, [match, import, annAssign])));
    }

    [Fact]
    public void Should_write_a_refused_file_as_an_error_record()
    {
        var error = new PythonSyntaxError(SyntaxErrorKind.IndentationError, "unexpected indent", new OneIndexed(2), 3, new TextRange(6, 7));
        var result = new ParseResult(new SourceText("bad.py", "x = 1\n  y\n"), null, error);

        Assert.Equal(
            """{"file":"bad.py","error":{"type":"IndentationError","msg":"unexpected indent","lineno":2,"offset":3}}""",
            WriteRecord("bad.py", result));
    }

    [Fact]
    public void Should_write_null_line_and_offset_when_the_bytes_could_not_be_decoded()
    {
        var error = new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "'utf-8' codec can't decode byte 0xff", null, null, null);

        Assert.Equal(
            """{"file":"b\u00e4d.py","error":{"type":"SyntaxError","msg":"'utf-8' codec can't decode byte 0xff","lineno":null,"offset":null}}""",
            WriteRecord("bäd.py", new ParseResult(null, null, error)));
    }

    [Fact]
    public void Should_write_type_params_and_type_alias_as_cpython_3_13_does()
    {
        // Given: def f[T: int = str, *Ts, **P](): pass / type A = B
        var s = new TestSource("def f[T: int = str, *Ts, **P](): pass\ntype A = B\n");
        var typeVar = new TypeVar(s.Span("T", "str"), "T", new Name(s.At("int"), "int", ExprContext.Load), new Name(s.At("str"), "str", ExprContext.Load));
        var function = new FunctionDef(s.Span("def", "pass"), "f", NoArguments, [new Pass(s.At("pass"))], [], null,
            [typeVar, new TypeVarTuple(s.At("*Ts"), "Ts", null), new ParamSpec(s.At("**P"), "P", null)]);
        var alias = new TypeAlias(s.Span("type", "B"), new Name(s.At("A"), "A", ExprContext.Store), [], new Name(s.At("B"), "B", ExprContext.Load));

        string json = Write("t.py", s, new Module(s.All, [function, alias]));

        string expected = """
            {"file":"t.py","ast":{"_type":"Module","body":[
            {"_type":"FunctionDef","name":"f","args":{"_type":"arguments","posonlyargs":[],"args":[],"vararg":null,"kwonlyargs":[],"kw_defaults":[],"kwarg":null,"defaults":[]},
            "body":[{"_type":"Pass","lineno":1,"col_offset":33,"end_lineno":1,"end_col_offset":37}],"decorator_list":[],"returns":null,"type_comment":null,
            "type_params":[{"_type":"TypeVar","name":"T","bound":{"_type":"Name","id":"int","ctx":{"_type":"Load"},"lineno":1,"col_offset":9,"end_lineno":1,"end_col_offset":12},
            "default_value":{"_type":"Name","id":"str","ctx":{"_type":"Load"},"lineno":1,"col_offset":15,"end_lineno":1,"end_col_offset":18},"lineno":1,"col_offset":6,"end_lineno":1,"end_col_offset":18},
            {"_type":"TypeVarTuple","name":"Ts","default_value":null,"lineno":1,"col_offset":20,"end_lineno":1,"end_col_offset":23},
            {"_type":"ParamSpec","name":"P","default_value":null,"lineno":1,"col_offset":25,"end_lineno":1,"end_col_offset":28}],
            "lineno":1,"col_offset":0,"end_lineno":1,"end_col_offset":37},
            {"_type":"TypeAlias","name":{"_type":"Name","id":"A","ctx":{"_type":"Store"},"lineno":2,"col_offset":5,"end_lineno":2,"end_col_offset":6},"type_params":[],
            "value":{"_type":"Name","id":"B","ctx":{"_type":"Load"},"lineno":2,"col_offset":9,"end_lineno":2,"end_col_offset":10},"lineno":2,"col_offset":0,"end_lineno":2,"end_col_offset":10}],
            "type_ignores":[]}}
            """.ReplaceLineEndings("");
        Assert.Equal(expected, json);
    }

    [Fact]
    public void Should_write_operators_and_contexts_as_fieldless_nodes()
    {
        // Given: del a.b[1:] / x += -y < z
        var s = new TestSource("del a.b[1:]\nx += -y < z\n");
        var del = new Delete(s.Span("del", "]"),
        [
            new Subscript(s.Span("a.b", "]"), new Attribute(s.At("a.b"), new Name(s.At("a"), "a", ExprContext.Load), "b", ExprContext.Load),
                new Slice(s.At("1:"), new Constant(s.At("1"), new ConstantValue.Int(1), null), null, null), ExprContext.Del),
        ]);
        var compare = new Compare(s.Span("-y", "z"), new UnaryOp(s.At("-y"), UnaryOperator.USub, new Name(s.At("y"), "y", ExprContext.Load)),
            [CmpOperator.Lt], [new Name(s.At("z"), "z", ExprContext.Load)]);
        var aug = new AugAssign(s.Span("x", "z"), new Name(s.At("x"), "x", ExprContext.Store), Operator.Add, compare);

        string json = Write("t.py", s, new Module(s.All, [del, aug]));

        Assert.Contains("""
            "ctx":{"_type":"Del"}
            """, json);
        Assert.Contains("""
            "op":{"_type":"Add"},"value":{"_type":"Compare","left":{"_type":"UnaryOp","op":{"_type":"USub"}
            """, json);
        Assert.Contains("""
            "ops":[{"_type":"Lt"}],"comparators":[
            """, json);
        Assert.Contains("""
            "_type":"Slice","lower":{"_type":"Constant","value":{"t":"int","v":"1"},"kind":null,"lineno":1,"col_offset":8,"end_lineno":1,"end_col_offset":9},"upper":null,"step":null,"lineno":1,"col_offset":8,"end_lineno":1,"end_col_offset":10}
            """, json);
    }

    private static string Expected(string name) => Fixtures.Text($"AstJson/{name}.jsonl").TrimEnd('\n');

    private static string Write(string path, TestSource s, Module module) =>
        WriteRecord(path, new ParseResult(s.Source, module, null));

    private static string WriteRecord(string path, ParseResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        AstJsonWriter.Write(buffer, path, result);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
