using System.IO.Enumeration;

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
        List<Entry> entries;
        try
        {
            entries = ReadEntries(fullPath);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            _problems.Add(new Problem(relative.Length == 0 ? "." : relative, 0, "cannot read folder: " + e.Message));
            return;
        }
        var scoped = entries.Exists(e => e is { Name: ".gitignore", IsDirectory: false }) ? ReadGitIgnore(fullPath, relative, ignores) : ignores;
        foreach (var entry in entries)
        {
            string childRelative = WorkspaceTree.Join(relative, entry.Name);
            if (IsIgnored(scoped, childRelative, entry.IsDirectory))
            {
                Skip(entry, Path.Combine(fullPath, entry.Name), childRelative);
                continue;
            }
            if (entry.IsDirectory)
            {
                VisitDirectory(entry, Path.Combine(fullPath, entry.Name), childRelative, realPath, scoped);
            }
            else if (entry.Length >= 0)
            {
                _files.Add(new WorkspaceFile(childRelative, entry.Length));
            }
        }
    }

    /// <summary>A folder entry: its name, whether it is (or links to) a folder, whether it is a link, and a file's size (-1 for a dangling link).</summary>
    private readonly record struct Entry(string Name, bool IsDirectory, bool IsLink, long Length);

    /// <summary>
    /// A folder's entries in ordinal order. Read from the directory listing itself: a file costs one stat for its size,
    /// and only folders are asked whether they are links, so a large tree is walked with few system calls.
    /// </summary>
    private static List<Entry> ReadEntries(string fullPath)
    {
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false };
        var entries = new FileSystemEnumerable<Entry>(fullPath, (ref FileSystemEntry entry) => entry.IsDirectory
            ? new Entry(entry.FileName.ToString(), true, (entry.Attributes & FileAttributes.ReparsePoint) != 0, 0)
            : new Entry(entry.FileName.ToString(), false, false, FileLength(ref entry)), options).ToList();
        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries;
    }

    private static long FileLength(ref FileSystemEntry entry)
    {
        try
        {
            return entry.Length;
        }
        catch (IOException)
        {
            return -1; // A dangling symlink: nothing to read.
        }
    }

    private void VisitDirectory(Entry directory, string fullPath, string relative, string parentRealPath, List<GitIgnore> ignores)
    {
        if (SkippedFolders.Contains(directory.Name) || directory.Name.EndsWith(".egg-info", StringComparison.Ordinal)
            || IsVirtualEnvironment(directory.Name, fullPath))
        {
            Skip(directory, fullPath, relative);
            return;
        }
        string realPath = parentRealPath + "/" + directory.Name;
        if (directory.IsLink)
        {
            var info = new DirectoryInfo(fullPath);
            string? target;
            try
            {
                target = info.ResolveLinkTarget(true)?.FullName.TrimEnd('/');
            }
            catch (IOException)
            {
                target = null; // ELOOP: the link chain itself cycles.
            }
            if (target is null || (parentRealPath + "/").StartsWith(target + "/", StringComparison.Ordinal))
            {
                _problems.Add(new Problem(relative, 0, $"symlink loop: '{info.LinkTarget}' leads back to a folder that contains it; not followed"));
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
        WalkDirectory(fullPath, relative, realPath, ignores);
    }

    private static bool IsVirtualEnvironment(string name, string fullPath) =>
        name == ".venv" || File.Exists(Path.Combine(fullPath, "pyvenv.cfg"));

    private void Skip(Entry entry, string fullPath, string relative)
    {
        if (!entry.IsDirectory)
        {
            _unwalked.Add(relative);
            return;
        }
        _unwalked.Add(relative + "/");
        if (IsVirtualEnvironment(entry.Name, fullPath))
        {
            _virtualEnvironments.Add(relative);
        }
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
