namespace Pyarch.Project.Detect;

/// <summary>
/// Finds separate Python projects inside one folder: outermost folders below the root holding their own
/// <c>pyproject.toml</c>, <c>setup.py</c> or <c>manage.py</c>, outside tests, docs and examples. Two or more make a monorepo.
/// </summary>
public static class MonorepoFinder
{
    private static readonly HashSet<string> ProjectMarkers = ["pyproject.toml", "setup.py", "manage.py"];

    private static readonly HashSet<string> NotProjects = ["tests", "test", "docs", "doc", "examples", "example", "fixtures", "samples", "testdata"];

    public static IReadOnlyList<string> SubProjects(ProjectModel model)
    {
        var roots = model.Tree.Files
            .Where(f => ProjectMarkers.Contains(f.Name) && f.Directory.Length > 0 && !f.Directory.Split('/').Any(NotProjects.Contains))
            .Select(f => f.Directory)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var outermost = roots.Where(r => !roots.Any(o => o != r && r.StartsWith(o + "/", StringComparison.Ordinal))).ToList();
        return outermost.Count >= 2 ? outermost : [];
    }
}
