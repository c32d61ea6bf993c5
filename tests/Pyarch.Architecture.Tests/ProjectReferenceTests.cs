using System.Xml.Linq;
using Pyarch.Tests;

namespace Pyarch.Architecture.Tests;

/// <summary>
/// STYLE.md §1: dependencies point one way, down the list Text ← Python ← Project ← Rules ← Reporting, with
/// Scaffold on Text alone, Deploy on Project, and the CLI on everything. Text and Python use only the BCL.
/// import-linter enforces a Python project's layers from its .importlinter the same way.
/// </summary>
public sealed class ProjectReferenceTests
{
    /// <summary>Each src project and the projects it may reference directly (closed under "goes down the list").</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Pyarch.Text"] = [],
        ["Pyarch.Python"] = ["Pyarch.Text"],
        ["Pyarch.Project"] = ["Pyarch.Python", "Pyarch.Text"],
        ["Pyarch.Rules"] = ["Pyarch.Project", "Pyarch.Python", "Pyarch.Text"],
        ["Pyarch.Reporting"] = ["Pyarch.Rules", "Pyarch.Project", "Pyarch.Python", "Pyarch.Text"],
        ["Pyarch.Scaffold"] = ["Pyarch.Text"],
        ["Pyarch.Deploy"] = ["Pyarch.Project", "Pyarch.Python", "Pyarch.Text"],
        ["Pyarch.Cli"] = ["Pyarch.Deploy", "Pyarch.Scaffold", "Pyarch.Reporting", "Pyarch.Rules", "Pyarch.Project", "Pyarch.Python", "Pyarch.Text"],
    };

    /// <summary>The projects that may use no package at all, only the base class library.</summary>
    private static readonly string[] BclOnly = ["Pyarch.Text", "Pyarch.Python"];

    public static TheoryData<string> SourceProjects => new(
        Directory.GetDirectories(Path.Combine(RepoPaths.Root, "src")).Select(Path.GetFileName).OfType<string>().Order());

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Should_reference_only_projects_further_down_the_layer_list(string project)
    {
        Assert.True(Allowed.TryGetValue(project, out var allowed),
            $"src/{project} is not in STYLE.md §1; add it there and to {nameof(ProjectReferenceTests)}.{nameof(Allowed)}");

        var forbidden = ProjectReferences(project).Except(allowed).ToList();

        Assert.True(forbidden.Count == 0, $"{project} references {string.Join(", ", forbidden)}; STYLE.md §1 allows only: {string.Join(", ", allowed)}");
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Should_keep_the_syntax_layer_free_of_packages(string project)
    {
        if (!BclOnly.Contains(project))
        {
            return;
        }

        var packages = Items(project, "PackageReference").ToList();

        Assert.True(packages.Count == 0, $"{project} must use only the BCL, but references {string.Join(", ", packages)}");
    }

    [Fact]
    public void Should_compile_the_syntax_layer_against_the_bcl_and_text_only()
    {
        // The csproj check above misses references that arrive through MSBuild imports; the compiled metadata does not.
        var python = typeof(Pyarch.Python.PythonParser).Assembly.GetReferencedAssemblies().Select(a => a.Name!);
        var text = typeof(Pyarch.Text.SourceText).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.DoesNotContain(python, name => !IsBcl(name) && name != "Pyarch.Text");
        Assert.DoesNotContain(text, name => !IsBcl(name));
    }

    [Fact]
    public void Should_never_reference_a_test_project_from_src()
    {
        foreach (var project in Allowed.Keys.Where(p => File.Exists(CsprojPath(p))))
        {
            Assert.DoesNotContain(ProjectReferences(project), reference => reference.EndsWith(".Tests", StringComparison.Ordinal));
        }
    }

    private static bool IsBcl(string assembly) => assembly is "netstandard" or "mscorlib" || assembly.StartsWith("System.", StringComparison.Ordinal) || assembly == "System";

    private static string CsprojPath(string project) => Path.Combine(RepoPaths.Root, "src", project, project + ".csproj");

    private static IEnumerable<string> ProjectReferences(string project) =>
        Items(project, "ProjectReference").Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')));

    private static IEnumerable<string> Items(string project, string itemType) =>
        XDocument.Load(CsprojPath(project)).Descendants(itemType).Select(e => (string?)e.Attribute("Include") ?? "").Where(i => i.Length > 0);
}
