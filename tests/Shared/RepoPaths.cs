namespace Pyarch.Tests;

/// <summary>
/// Where the repository and the shared tools are. CI clones the repository with <c>shared/</c> copied beside it,
/// so the CPython reference tools are always at <c>../shared/tools</c> from the repository root.
/// </summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string SharedTools => Path.GetFullPath(Path.Combine(Root, "..", "shared", "tools"));

    public static string PyastJson => Path.Combine(SharedTools, "pyast_json.py");

    public static string AstDiff => Path.Combine(SharedTools, "ast_diff.py");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pyarch.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Pyarch.slnx above {AppContext.BaseDirectory}");
    }
}
