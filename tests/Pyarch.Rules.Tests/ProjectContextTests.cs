using Pyarch.Project;

namespace Pyarch.Rules.Tests;

/// <summary><see cref="ProjectContext.ReadText"/>: what a project rule that scans text files (secrets, templates) can read.</summary>
public sealed class ProjectContextTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pyarch-context-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Should_read_text_files_and_return_null_for_binary_oversized_or_missing_ones()
    {
        // Given: a text file, a binary file, a file just over the limit and one at it.
        File.WriteAllText(Path.Combine(_root, ".env"), "API_URL=https://api.example.com\n");
        File.WriteAllBytes(Path.Combine(_root, "logo.png"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A]);
        File.WriteAllText(Path.Combine(_root, "big.json"), new string('a', ProjectContext.MaxTextBytes + 1));
        File.WriteAllText(Path.Combine(_root, "limit.json"), new string('b', ProjectContext.MaxTextBytes));
        var context = new ProjectContext(ProjectLoader.Load(_root), _ => { });

        // When / Then
        Assert.Equal("API_URL=https://api.example.com\n", context.ReadText(".env"));
        Assert.Null(context.ReadText("logo.png"));
        Assert.Null(context.ReadText("big.json"));
        Assert.Equal(ProjectContext.MaxTextBytes, context.ReadText("limit.json")!.Length);
        Assert.Null(context.ReadText("missing.txt"));
    }
}
