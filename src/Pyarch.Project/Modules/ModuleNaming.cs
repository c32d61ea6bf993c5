namespace Pyarch.Project.Modules;

/// <summary>
/// Gives each Python file its dotted module name. A file's name is its path from the nearest source root:
/// the project root, a <c>src/</c> folder that is not itself a package, the folder of a <c>manage.py</c>, or
/// the folder of a nested project (<c>pyproject.toml</c>, <c>setup.py</c>). Folders without
/// <c>__init__.py</c> are namespace packages (PEP 420) and still name modules.
/// </summary>
public sealed class ModuleNaming
{
    private readonly string[] _roots;

    public ModuleNaming(IEnumerable<string> sourceRoots)
    {
        _roots = sourceRoots.Distinct().OrderByDescending(r => r.Length).ToArray();
    }

    public IReadOnlyList<string> Roots => _roots;

    public static ModuleNaming For(IReadOnlyList<string> filePaths, IReadOnlySet<string> directories)
    {
        var roots = new List<string> { "" };
        var files = filePaths.ToHashSet(StringComparer.Ordinal);
        foreach (string path in filePaths)
        {
            string name = System.IO.Path.GetFileName(path);
            string dir = path.Length > name.Length ? path[..(path.Length - name.Length - 1)] : "";
            if (name is "manage.py" or "pyproject.toml" or "setup.py")
            {
                roots.Add(dir);
            }
        }
        foreach (string root in roots.ToArray())
        {
            string src = root.Length == 0 ? "src" : root + "/src";
            if (directories.Contains(src) && !files.Contains(src + "/__init__.py"))
            {
                roots.Add(src);
            }
        }
        return new ModuleNaming(roots);
    }

    /// <summary>The source root a file belongs to.</summary>
    public string RootOf(string path) =>
        _roots.FirstOrDefault(r => r.Length == 0 || path.StartsWith(r + "/", StringComparison.Ordinal)) ?? "";

    /// <summary>The dotted name and whether the file is a package's <c>__init__.py</c>; null when the path cannot name a module.</summary>
    public (string Name, bool IsPackage)? NameOf(string path)
    {
        string root = RootOf(path);
        string relative = root.Length == 0 ? path : path[(root.Length + 1)..];
        if (!relative.EndsWith(".py", StringComparison.Ordinal))
        {
            return null;
        }
        var parts = relative[..^3].Split('/');
        bool isPackage = parts[^1] == "__init__";
        if (isPackage)
        {
            parts = parts[..^1];
        }
        if (parts.Length == 0 || parts.Any(p => !IsIdentifier(p)))
        {
            return null;
        }
        return (string.Join('.', parts), isPackage);
    }

    private static bool IsIdentifier(string part) =>
        part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_');
}
