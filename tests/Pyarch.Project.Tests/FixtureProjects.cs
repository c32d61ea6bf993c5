using Pyarch.Project.Detect;
using Pyarch.Tests;

namespace Pyarch.Project.Tests;

/// <summary>The fixture projects under <c>Fixtures/</c>, each with the <c>expected.json</c> a careful reviewer agreed to.</summary>
internal static class FixtureProjects
{
    public static string Folder => System.IO.Path.Combine(RepoPaths.Root, "tests", "Pyarch.Project.Tests", "Fixtures");

    public static IEnumerable<string> Names() =>
        Directory.GetDirectories(Folder).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static string PathOf(string name) => System.IO.Path.Combine(Folder, name);

    public static string Expected(string name) => File.ReadAllText(System.IO.Path.Combine(PathOf(name), "expected.json"));

    /// <summary>Detects a folder and renders the contract JSON, as <c>pyarch detect --format json</c> prints it.</summary>
    public static string DetectJson(string folder) => DetectJsonReporter.Render(ProjectDetector.Detect(folder));

    /// <summary>
    /// The broken-inputs fixture gets a symlink loop that git cannot be trusted to keep, so it is copied to a
    /// temporary folder and the loop is created there.
    /// </summary>
    public static string CopyWithSymlinkLoop(string name)
    {
        string target = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pyarch-" + name + "-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (string file in Directory.GetFiles(PathOf(name), "*", SearchOption.AllDirectories))
        {
            string relative = System.IO.Path.GetRelativePath(PathOf(name), file);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.Combine(target, relative))!);
            File.Copy(file, System.IO.Path.Combine(target, relative));
        }
        Directory.CreateSymbolicLink(System.IO.Path.Combine(target, "pkg", "loop"), "..");
        return target;
    }
}
