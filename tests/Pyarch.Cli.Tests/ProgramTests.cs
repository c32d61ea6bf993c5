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
    [InlineData("check", "--help")]
    [InlineData("debug", "ast", "-h")]
    [InlineData("detect", "-?")]
    public void Should_show_a_subcommands_help_with_every_alias_of_help(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains($"pyarch {string.Join(' ', args[..^1])}", run.Stdout);
        Assert.Contains("-?, -h, --help", run.Stdout);
    }

    [Fact]
    public void Should_refuse_the_version_beside_a_command()
    {
        var run = CliRun.Of("--version", "check");

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("--version option cannot be combined with other arguments.", run.Stderr);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    [InlineData("debug", "ast", "--frobnicate", "x.py")]
    [InlineData("debug", "tokens")]
    [InlineData("check", "--version")]
    [InlineData("--version", "frobnicate")]
    [InlineData("[diagram]", "check")]
    public void Should_exit_2_with_one_clear_line_on_a_usage_error(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.StartsWith("pyarch: ", run.Stderr);
        Assert.Single(run.Stderr.Split('\n'), line => line.StartsWith("pyarch: ", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void Should_exit_2_without_arguments()
    {
        Assert.Equal(ExitCode.Error, CliRun.Of().ExitCode);
    }
}
