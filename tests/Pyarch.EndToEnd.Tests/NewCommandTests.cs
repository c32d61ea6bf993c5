namespace Pyarch.EndToEnd.Tests;

/// <summary>What a user sees from `pyarch new` itself: refusals, dry runs and non-interactive behaviour.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pyarch-new-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Should_ListFilesAndWriteNothing_When_DryRun()
    {
        // Given / When
        var result = PyarchCli.Run(_root, "new", "fastapi", "shop_api", "--dry-run");

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("app/main.py", result.Output);
        Assert.Contains("Procfile", result.Output);
        Assert.Contains("(dry run) would write", result.Output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void Should_FailWithUsage_When_NoArgumentsAndNoTerminal()
    {
        // Given: standard input is not a terminal (redirected by the runner).
        // When
        var result = PyarchCli.Run(_root, "new");

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no terminal to ask on", result.Output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void Should_GenerateTheDefaultProject_When_YesWithoutArguments()
    {
        // Given / When
        var result = PyarchCli.Run(_root, "new", "--yes");

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_root, "my_project", "app", "main.py")), result.ToString());
    }

    [Theory]
    [InlineData("new flask logging", "standard-library module 'logging'")]
    [InlineData("new flask shop --with websockets", "needs an ASGI server")]
    [InlineData("new fastapi shop --with celery,rq", "choose one")]
    [InlineData("new rails shop", "unknown template 'rails'")]
    public void Should_RefuseWithExitCode2AndOneLine_When_RequestCannotWork(string arguments, string message)
    {
        // Given / When
        var result = PyarchCli.Run(_root, arguments.Split(' '));

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Output);
        Assert.DoesNotContain("   at ", result.Output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void Should_RefuseToOverwrite_Unless_Forced()
    {
        // Given
        Assert.Equal(0, PyarchCli.Run(_root, "new", "flask", "shop").ExitCode);
        string run = Path.Combine(_root, "shop", "run.py");
        File.WriteAllText(run, "edited");

        // When
        var refused = PyarchCli.Run(_root, "new", "flask", "shop");
        var forced = PyarchCli.Run(_root, "new", "flask", "shop", "--force");

        // Then
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Output);
        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual("edited", File.ReadAllText(run));
    }
}
