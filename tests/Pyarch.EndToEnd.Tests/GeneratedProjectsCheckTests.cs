namespace Pyarch.EndToEnd.Tests;

/// <summary>
/// Issue 5's promise, as cookiecutter-django runs Ruff on what it generates: every project <c>pyarch new</c> makes
/// (the same templates and options as <see cref="GeneratedProjectsRunTests"/>) has no finding under
/// <c>pyarch check</c>, run by the built CLI as a user would.
/// </summary>
public sealed class GeneratedProjectsCheckTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pyarch-e2e-check-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryData<string> Projects() => GeneratedProjectsRunTests.Projects();

    [Theory]
    [MemberData(nameof(Projects))]
    public void Should_HaveNoFindings_When_Generated(string arguments)
    {
        // Given
        var args = arguments.Split(' ');
        string name = "e2e_" + args[0].Replace('-', '_');
        var generated = PyarchCli.Run(_root, ["new", args[0], name, .. args[1..]]);
        Assert.True(generated.ExitCode == 0, generated.ToString());

        // When
        var check = PyarchCli.Run(Path.Combine(_root, name), "check");

        // Then: exit 0, and the report says so
        Assert.True(check.ExitCode == 0 && check.Output.Contains("No findings", StringComparison.Ordinal), check.ToString());
    }
}
