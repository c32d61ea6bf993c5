using Pyarch.Rules.Rules.Deployment;

namespace Pyarch.Rules.Tests;

/// <summary>What fixtures cannot hold: a <c>.git</c> folder in the build context (git will not commit one).</summary>
public sealed class DockerBuildContextTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pyarch-context-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(null, true)]
    [InlineData("__pycache__\n", true)]
    [InlineData(".git\n", false)]
    public void Should_report_a_git_folder_copied_into_the_image_unless_dockerignore_excludes_it(string? dockerignore, bool reported)
    {
        // Given a repository whose Dockerfile copies the whole context
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        File.WriteAllText(Path.Combine(_root, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(_root, "Dockerfile"), "FROM python:3.12-slim\nCOPY . /app\n");
        if (dockerignore is not null)
        {
            File.WriteAllText(Path.Combine(_root, ".dockerignore"), dockerignore);
        }

        // When PA409 runs
        var findings = new RuleEngine([new SecretsBakedIntoImage()]).Check(_root).Findings;

        // Then the .git folder is named, at warning level, only when nothing excludes it
        Assert.Equal(reported, findings.Any(f => f.Message.Contains("`.git/`", StringComparison.Ordinal) && f.Severity == Severity.Warning && f.Line == 2));
        Assert.Equal(reported ? 1 : 0, findings.Count);
    }
}
