using System.Text;

namespace Pyarch.Python.Tests;

public sealed class SourceDecoderTests
{
    [Fact]
    public void Should_decode_a_latin1_file_named_by_its_coding_line()
    {
        // Given: a PEP 263 coding line and a latin-1 byte
        byte[] bytes = [.. "# -*- coding: latin-1 -*-\nname = '"u8, 0xE9, .. "'\n"u8];

        // When
        DecodeResult result = SourceDecoder.Decode("latin.py", bytes);

        // Then
        Assert.Null(result.Error);
        Assert.Contains("name = '\u00e9'", result.Source!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_decode_cp1252_and_honour_a_coding_line_on_line_two()
    {
        byte[] bytes = [.. "#!/usr/bin/env python\n# coding: cp1252\nquote = '"u8, 0x93, .. "'\n"u8];

        DecodeResult result = SourceDecoder.Decode("cp.py", bytes);

        Assert.Null(result.Error);
        Assert.Contains("quote = '\u201c'", result.Source!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_decode_single_byte_code_pages_by_cpythons_own_tables()
    {
        // Given: a byte cp1252 leaves undefined (.NET mapped it to U+0081), mac_roman's 0xBD (omega in CPython, the Ohm
        // sign in .NET), a code page .NET lacks, and the charmap codec named itself
        byte[] undefined = [.. "# coding: windows-1252\r\nx = 1\r\ny = '"u8, 0x81, .. "'\n"u8];
        byte[] macRoman = [.. "# coding: macintosh\nomega = '"u8, 0xBD, .. "'\n"u8];
        byte[] kazakh = [.. "# coding: rk1048\nname = '"u8, 0x8D, .. "'\n"u8];
        byte[] charmap = [.. "# coding: charmap\nname = '"u8, 0xE9, .. "'\n"u8];

        // When
        var refused = SourceDecoder.Decode("u.py", undefined);
        var mac = SourceDecoder.Decode("m.py", macRoman);
        var rk1048 = SourceDecoder.Decode("k.py", kazakh);
        var tableless = SourceDecoder.Decode("c.py", charmap);

        // Then: CPython's message, its position counting each CRLF as one byte, on line 0
        Assert.Equal("'charmap' codec can't decode byte 0x81 in position 34: character maps to <undefined>", refused.Error!.Message);
        Assert.Equal(0, refused.Error.Line!.Value.Value);
        Assert.Contains("omega = '\u03a9'", mac.Source!.Text, StringComparison.Ordinal);
        Assert.Contains("name = '\u049a'", rk1048.Source!.Text, StringComparison.Ordinal);
        Assert.Contains("name = '\u00e9'", tableless.Source!.Text, StringComparison.Ordinal); // the charmap codec itself: latin-1
    }

    [Fact]
    public void Should_skip_a_bom_and_translate_every_newline_to_lf()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "a = 1\r\nb = 2\rc = 3\n"u8];

        DecodeResult result = SourceDecoder.Decode("bom.py", bytes);

        Assert.Equal("a = 1\nb = 2\nc = 3\n", result.Source!.Text);
    }

    [Fact]
    public void Should_translate_every_newline_to_lf_in_a_file_of_another_encoding()
    {
        byte[] bytes = [.. "# coding: latin-1\r\nname = 'caf"u8, 0xE9, .. "'\rx = 1\r\n"u8];

        DecodeResult result = SourceDecoder.Decode("latin.py", bytes);

        Assert.Equal("# coding: latin-1\nname = 'caf\u00e9'\nx = 1\n", result.Source!.Text);
    }

    [Fact]
    public void Should_refuse_an_unknown_encoding_and_a_bom_that_contradicts_the_coding_line()
    {
        var unknown = SourceDecoder.Decode("u.py", "# coding: klingon\n"u8);
        var contradiction = SourceDecoder.Decode("b.py", [0xEF, 0xBB, 0xBF, .. "# coding: latin-1\n"u8]);

        Assert.Equal("unknown encoding: klingon", unknown.Error!.Message);
        Assert.Equal("encoding problem: iso-8859-1 with BOM", contradiction.Error!.Message);
    }

    [Fact]
    public void Should_refuse_bytes_that_are_not_utf8_where_cpython_decodes_them_and_not_in_a_comment()
    {
        // Given: such a byte in a string, in a comment, and in a string after a syntax error
        byte[] inString = [.. "x = 1\ny = 2\nz = '"u8, 0xFF, .. "'\n"u8];
        byte[] inComment = [.. "# Auteur: Fr"u8, 0xE9, .. "d"u8, 0xE9, .. "ric\nx = 1\n"u8];
        byte[] afterError = [.. "print 'x'\ny = '"u8, 0xE9, .. "'\n"u8];

        // When
        var stringResult = PythonParser.Parse("s.py", inString);
        var commentResult = PythonParser.Parse("c.py", inComment);
        var afterErrorResult = PythonParser.Parse("a.py", afterError);

        // Then: CPython's message, on the string's line at the token after it; the comment is not decoded; the syntax
        // error comes first
        Assert.Equal("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", stringResult.Error!.Message);
        Assert.Equal((3, 8), (stringResult.Error.Line!.Value.Value, stringResult.Error.Offset!.Value));
        Assert.True(commentResult.Succeeded);
        Assert.StartsWith("Missing parentheses in call to 'print'", afterErrorResult.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x = 1\0\n")]
    [InlineData("x = 1\r\ny = 2\0\r\n")]
    [InlineData("x = 1\0\r\n")]
    public void Should_refuse_null_bytes_as_cpython_does(string text)
    {
        var result = SourceDecoder.Decode("nul.py", Encoding.ASCII.GetBytes(text));

        Assert.Equal("source code string cannot contain null bytes", result.Error!.Message);
    }

    [Theory]
    [InlineData("a = 1\nb = 'é'\n", 12, 2, 7)]
    [InlineData("a = 1\r\nb = 'é'\r\nc", 13, 2, 7)]
    [InlineData("a = 1\r\nb = 'é'\r\nc", 16, 3, 0)]
    [InlineData("a\rbb\r\n\ncc", 7, 4, 0)]
    [InlineData("x = 'é'  # é\ny", 12, 1, 14)]
    [InlineData("x = 'é'  # é\ny", 13, 2, 0)]
    public void Should_place_offsets_on_lines_ending_in_any_newline_with_utf8_columns(string text, int offset, int line, int utf8Column)
    {
        var lines = Pyarch.Text.LineIndex.Build(text);

        var location = lines.LocationOf(offset);

        Assert.Equal((line, utf8Column), (location.Line.Value, location.Utf8Column));
    }

    [Theory]
    [InlineData("a = 1\nb = 2\n\nc")]
    [InlineData("a\r\nb\r\n\r\nc\r\n")]
    [InlineData("a\rbb\r\n\ncc\r")]
    [InlineData("\n\r\r\n\n\rx")]
    public void Should_count_the_lines_of_offsets_as_the_line_index_places_them(string text)
    {
        var index = Pyarch.Text.LineIndex.Build(text);
        var counter = new Pyarch.Text.LineCounter(text);
        // Forwards one step at a time, forwards in jumps, then backwards: every answer agrees with the index.
        int[] offsets = [.. Enumerable.Range(0, text.Length + 1), .. Enumerable.Range(0, text.Length + 1).Where(o => o % 3 == 0), .. Enumerable.Range(0, text.Length + 1).Reverse()];
        foreach (int offset in offsets)
        {
            Assert.Equal(index.LineOf(offset), counter.LineOf(offset));
        }
    }

    [Fact]
    public void Should_read_nothing_past_a_shorter_file_decoded_into_the_array_a_longer_one_used()
    {
        // Given: a longer file parsed first, whose characters stay in the pooled array the next file of about its
        // size decodes into (both need more than 4,096 characters and fewer than 8,192: the same pool bucket)
        byte[] longer = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("value = other + 1  # \u00e9\n", 300)));
        Assert.InRange(longer.Length, 6000, 8000);
        Assert.True(PythonParser.Parse("long.py", longer).Succeeded);

        // When: a shorter file ends, without a newline, where the longer one's text goes on
        byte[] shorter = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("pass\n", 900)) + "x = 1");
        Assert.InRange(shorter.Length, 4200, 5000);
        ParseResult result = PythonParser.Parse("short.py", shorter);

        // Then: its tree ends at its own last character
        var module = Assert.IsType<Ast.Module>(result.Module);
        Assert.Equal(901, module.Body.Count);
        Assert.Equal(shorter.Length, module.Range.End);
    }

    [Fact]
    public void Should_keep_a_released_text_only_when_asked_and_refuse_to_read_one_given_back()
    {
        // Given: two sources decoded into rented arrays
        var kept = SourceDecoder.Decode("kept.py", "a = 1\n"u8).Source!;
        var dropped = SourceDecoder.Decode("dropped.py", "b = 2\n"u8).Source!;

        // When: both give their arrays back, one keeping its text
        kept.Release(keepText: true);
        dropped.Release();

        // Then: the kept text reads as before; the other is an error, never another file's characters
        Assert.Equal("a = 1\n", kept.Text);
        var error = Assert.Throws<InvalidOperationException>(() => dropped.Text);
        Assert.Contains("dropped.py", error.Message, StringComparison.Ordinal);
    }
}
