namespace Pyarch.Cli.Tests;

public sealed class ProgramTests
{
    [Fact]
    public void Should_print_the_version()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Equal("0.1.0", run.Stdout.Trim());
    }

    [Fact]
    public void Should_list_the_debug_verb_in_help()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("debug", run.Stdout);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    [InlineData("debug", "ast", "--frobnicate", "x.py")]
    [InlineData("debug", "tokens")]
    public void Should_exit_2_with_one_clear_line_on_a_usage_error(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.StartsWith("pyarch: ", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void Should_exit_2_without_arguments()
    {
        Assert.Equal(ExitCode.Error, CliRun.Of().ExitCode);
    }
}
