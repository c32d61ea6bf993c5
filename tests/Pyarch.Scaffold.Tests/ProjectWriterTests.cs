using Pyarch.Scaffold;

namespace Pyarch.Scaffold.Tests;

public sealed class ProjectWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pyarch-writer-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ProjectPlan Plan(string? output = null) => ProjectGenerator.Plan(
        OptionsValidator.Validate(new NewProjectOptions { Template = "flask", Name = "shop_app", Output = output }, _root),
        TemplateMatrix.Version);

    [Fact]
    public void Should_WriteEveryPlannedFile_And_LeaveNoStagingFolder()
    {
        // Given
        var plan = Plan();

        // When
        ProjectGenerator.Write(plan, force: false);

        // Then
        string target = Path.Combine(_root, "shop_app");
        foreach (var file in plan.Files)
        {
            Assert.Equal(file.Content, File.ReadAllText(Path.Combine(target, file.Path)));
        }
        Assert.Equal(["shop_app"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_RefuseAndTouchNothing_When_FolderIsNotEmpty()
    {
        // Given
        string target = Path.Combine(_root, "shop_app");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");

        // When
        var error = Assert.Throws<ScaffoldError>(() => ProjectGenerator.Write(Plan(), force: false));

        // Then
        Assert.Contains("--force", error.Message);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName));
        Assert.Single(Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void Should_ReplaceGeneratedFilesButKeepTheUsers_When_Forced()
    {
        // Given
        string target = Path.Combine(_root, "shop_app");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(target, "Procfile"), "web: python run.py");

        // When
        ProjectGenerator.Write(Plan(), force: true);

        // Then
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "notes.txt")));
        Assert.StartsWith("web: gunicorn run:app", File.ReadAllText(Path.Combine(target, "Procfile")));
    }

    [Fact]
    public void Should_WriteIntoAnEmptyExistingFolder_WithoutForce()
    {
        // Given
        string target = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(target);

        // When
        ProjectGenerator.Write(Plan(target), force: false);

        // Then
        Assert.True(File.Exists(Path.Combine(target, "run.py")));
    }

    [Fact]
    public void Should_Refuse_When_TargetIsAFile()
    {
        // Given
        string target = Path.Combine(_root, "shop_app");
        File.WriteAllText(target, "x");

        // When / Then
        Assert.Throws<ScaffoldError>(() => ProjectGenerator.Write(Plan(), force: true));
        Assert.Equal("x", File.ReadAllText(target));
    }
}
