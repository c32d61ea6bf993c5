namespace Pyarch.Project.Workspace;

/// <summary>
/// Walks a project folder the way a reviewer would look at it: honouring every <c>.gitignore</c> on the way
/// down, skipping version-control folders, virtual environments (any folder holding <c>pyvenv.cfg</c>), caches,
/// <c>node_modules</c> and build output, following symlinks once and reporting loops and unreadable folders.
/// Only <see cref="ProjectLoader"/> calls it: it is the part of loading that lists the disk.
/// </summary>
internal sealed class WorkspaceWalk
{
    private static readonly HashSet<string> SkippedFolders =
    [
        ".git", ".hg", ".svn", "node_modules", "__pycache__", "build", "dist", ".tox", ".nox", ".mypy_cache",
        ".pytest_cache", ".ruff_cache", ".eggs", ".venv", ".idea", ".vscode", "htmlcov", ".ipynb_checkpoints",
    ];

    private readonly string _root;
    private readonly List<Problem> _problems;
    private readonly List<WorkspaceFile> _files = [];
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);
    private readonly List<string> _unwalked = [];
    private readonly HashSet<string> _virtualEnvironments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visitedRealPaths = new(StringComparer.Ordinal);

    private WorkspaceWalk(string root, List<Problem> problems)
    {
        _root = root;
        _problems = problems;
    }

    public static WorkspaceTree Walk(string root, List<Problem> problems)
    {
        var walk = new WorkspaceWalk(Path.GetFullPath(root), problems);
        string real = RealPath(walk._root);
        walk._visitedRealPaths.Add(real);
        walk.WalkDirectory(walk._root, "", real, []);
        walk._files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        walk._unwalked.Sort(StringComparer.Ordinal);
        return new WorkspaceTree(walk._files, walk._directories, walk._unwalked, walk._virtualEnvironments);
    }

    private static string RealPath(string path)
    {
        var info = new DirectoryInfo(path);
        return info.LinkTarget is null ? info.FullName.TrimEnd('/') : (info.ResolveLinkTarget(true)?.FullName ?? info.FullName).TrimEnd('/');
    }

    private void WalkDirectory(string fullPath, string relative, string realPath, List<GitIgnore> ignores)
    {
        _directories.Add(relative);
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(fullPath).GetFileSystemInfos();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            _problems.Add(new Problem(relative.Length == 0 ? "." : relative, 0, "cannot read folder: " + e.Message));
            return;
        }
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        var scoped = ReadGitIgnore(fullPath, relative, ignores);
        foreach (var entry in entries)
        {
            string childRelative = WorkspaceTree.Join(relative, entry.Name);
            bool isDirectory = entry is DirectoryInfo;
            if (IsIgnored(scoped, childRelative, isDirectory))
            {
                Skip(entry, childRelative);
                continue;
            }
            if (entry is DirectoryInfo directory)
            {
                VisitDirectory(directory, childRelative, realPath, scoped);
            }
            else if (entry is FileInfo file)
            {
                AddFile(file, childRelative);
            }
        }
    }

    private void VisitDirectory(DirectoryInfo directory, string relative, string parentRealPath, List<GitIgnore> ignores)
    {
        if (SkippedFolders.Contains(directory.Name) || directory.Name.EndsWith(".egg-info", StringComparison.Ordinal)
            || IsVirtualEnvironment(directory))
        {
            Skip(directory, relative);
            return;
        }
        string realPath = parentRealPath + "/" + directory.Name;
        if (directory.LinkTarget is not null)
        {
            string? target;
            try
            {
                target = directory.ResolveLinkTarget(true)?.FullName.TrimEnd('/');
            }
            catch (IOException)
            {
                target = null; // ELOOP: the link chain itself cycles.
            }
            if (target is null || (parentRealPath + "/").StartsWith(target + "/", StringComparison.Ordinal))
            {
                _problems.Add(new Problem(relative, 0, $"symlink loop: '{directory.LinkTarget}' leads back to a folder that contains it; not followed"));
                return;
            }
            if (!Directory.Exists(target))
            {
                return;
            }
            realPath = target;
        }
        if (!_visitedRealPaths.Add(realPath))
        {
            return; // Another link already brought this folder in.
        }
        WalkDirectory(directory.FullName, relative, realPath, ignores);
    }

    private static bool IsVirtualEnvironment(DirectoryInfo directory) =>
        directory.Name == ".venv" || File.Exists(Path.Combine(directory.FullName, "pyvenv.cfg"));

    private void Skip(FileSystemInfo entry, string relative)
    {
        if (entry is not DirectoryInfo directory)
        {
            _unwalked.Add(relative);
            return;
        }
        _unwalked.Add(relative + "/");
        if (IsVirtualEnvironment(directory))
        {
            _virtualEnvironments.Add(relative);
        }
    }

    private void AddFile(FileInfo file, string relative)
    {
        long size;
        try
        {
            size = file.Length;
        }
        catch (IOException)
        {
            return; // A dangling symlink: nothing to read.
        }
        _files.Add(new WorkspaceFile(relative, size));
    }

    private List<GitIgnore> ReadGitIgnore(string fullPath, string relative, List<GitIgnore> inherited)
    {
        string path = Path.Combine(fullPath, ".gitignore");
        if (!File.Exists(path))
        {
            return inherited;
        }
        try
        {
            return [.. inherited, GitIgnore.Parse(relative, File.ReadAllText(path))];
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            _problems.Add(new Problem(WorkspaceTree.Join(relative, ".gitignore"), 0, "cannot read: " + e.Message));
            return inherited;
        }
    }

    /// <summary>Deeper <c>.gitignore</c> files override shallower ones, as in git.</summary>
    private static bool IsIgnored(List<GitIgnore> ignores, string relative, bool isDirectory)
    {
        for (int i = ignores.Count - 1; i >= 0; i--)
        {
            var ignore = ignores[i];
            string local = ignore.BaseDirectory.Length == 0 ? relative : relative[(ignore.BaseDirectory.Length + 1)..];
            if (ignore.Match(local, isDirectory) is bool result)
            {
                return result;
            }
        }
        return false;
    }
}
