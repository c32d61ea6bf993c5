using System.Text.RegularExpressions;

namespace Pyarch.Cli.Tests;

public sealed class DebugTokensCommandTests
{
    [Fact]
    public void Should_print_one_token_a_line_with_range_kind_and_text()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("t.py", "if x:\n    y = 'a'\n");

        var run = CliRun.Of("debug", "tokens", file);

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        // The columns are padded for reading; collapse the padding, not the token text.
        var lines = run.StdoutLines.Select(l => Regex.Replace(l, @"^(\S+)\s+(\S+)\s+", "$1 $2 ")).ToList();
        Assert.Equal("1:0-1:2 If 'if'", lines[0]);
        Assert.Equal("1:3-1:4 Name 'x'", lines[1]);
        Assert.Contains("2:0-2:4 Indent '    '", lines);
        Assert.Contains("2:8-2:11 String \"'a'\"", lines);
        Assert.Equal("EndOfFile", lines[^1].Split(' ')[1]);
    }

    [Fact]
    public void Should_exit_2_for_a_missing_file()
    {
        var run = CliRun.Of("debug", "tokens", "/nonexistent/t.py");

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Contains("no such file", run.Stderr);
    }
}
