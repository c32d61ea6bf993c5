using System.IO.Enumeration;

namespace Pyarch.Project.Workspace;

/// <summary>
/// Walks a project folder the way a reviewer would look at it: honouring every <c>.gitignore</c> on the way
/// down, skipping version-control folders, virtual environments (any folder holding <c>pyvenv.cfg</c>), caches,
/// <c>node_modules</c> and build output, following symlinks once and reporting loops and unreadable folders.
/// Folders are listed on all cores. Only <see cref="ProjectLoader"/> calls it: it is the part of loading that lists
/// the disk.
/// </summary>
internal sealed class WorkspaceWalk
{
    private static readonly HashSet<string> SkippedFolders =
    [
        ".git", ".hg", ".svn", "node_modules", "__pycache__", "build", "dist", ".tox", ".nox", ".mypy_cache",
        ".pytest_cache", ".ruff_cache", ".eggs", ".venv", ".idea", ".vscode", "htmlcov", ".ipynb_checkpoints",
    ];

    private readonly string _root;
    /// <summary>Guards every collection below: folders are listed on several threads at once.</summary>
    private readonly Lock _gate = new();
    private readonly Action<Problem> _report;
    private readonly List<WorkspaceFile> _files = [];
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);
    private readonly List<string> _unwalked = [];
    private readonly HashSet<string> _virtualEnvironments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visitedRealPaths = new(StringComparer.Ordinal);

    private WorkspaceWalk(string root, Action<Problem> report)
    {
        _root = root;
        _report = report;
    }

    /// <summary>Walks <paramref name="root"/>, handing each problem (an unreadable folder, a symlink loop) to <paramref name="report"/>.</summary>
    public static WorkspaceTree Walk(string root, Action<Problem> report)
    {
        var walk = new WorkspaceWalk(Path.GetFullPath(root), report);
        string real = RealPath(walk._root);
        walk._visitedRealPaths.Add(real);
        walk.WalkTree(new Folder(walk._root, "", real, []));
        walk._files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        walk._unwalked.Sort(StringComparer.Ordinal);
        // A set lists its items in the order they were added, here the order threads reached their folders: sorted
        // instead, so reports that list them never change from run to run.
        return new WorkspaceTree(walk._files, Sorted(walk._directories), walk._unwalked, Sorted(walk._virtualEnvironments));
    }

    private static HashSet<string> Sorted(HashSet<string> set) => new(set.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string RealPath(string path)
    {
        var info = new DirectoryInfo(path);
        return info.LinkTarget is null ? info.FullName.TrimEnd('/') : (info.ResolveLinkTarget(true)?.FullName ?? info.FullName).TrimEnd('/');
    }

    /// <summary>A folder to list: where it is on disk, its path from the root, its real path, the ignore files above it.</summary>
    private sealed record Folder(string FullPath, string Relative, string RealPath, List<GitIgnore> Ignores);

    /// <summary>A symlinked folder met while listing, with the real path of the folder holding it.</summary>
    private sealed record Link(string FullPath, string Relative, string ParentRealPath, List<GitIgnore> Ignores);

    /// <summary>
    /// Walks <paramref name="top"/> and everything below it: first every folder reached without a symlink, on all
    /// cores; then each symlinked folder, one at a time in the order of a depth-first walk, walked the same way. A
    /// folder is walked once: a real folder goes before the links to it, and the first link in that order goes
    /// before later ones, so which path a folder's files get never depends on timing.
    /// </summary>
    private void WalkTree(Folder top)
    {
        var links = new List<Link>();
        var pending = new Stack<Folder>([top]); // last in, first out: depth-first, so few folders wait at once
        int busy = 0;

        void Work()
        {
            while (true)
            {
                Folder folder;
                lock (pending)
                {
                    while (pending.Count == 0 && busy > 0)
                    {
                        Monitor.Wait(pending);
                    }
                    if (pending.Count == 0)
                    {
                        return;
                    }
                    folder = pending.Pop();
                    busy++;
                }
                List<Folder> children = [];
                try
                {
                    children = ListFolder(folder, links);
                }
                finally
                {
                    lock (pending)
                    {
                        children.ForEach(pending.Push);
                        busy--;
                        Monitor.PulseAll(pending);
                    }
                }
            }
        }

        try
        {
            Parallel.For(0, Environment.ProcessorCount, _ => Work());
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Fail as the serial walk did, with the error itself rather than a wrapper that names no cause.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        links.Sort((a, b) => string.CompareOrdinal(a.Relative.Replace('/', '\0'), b.Relative.Replace('/', '\0')));
        foreach (var link in links)
        {
            Follow(link);
        }
    }

    /// <summary>Lists one folder: keeps its files, records what it skips, and returns the folders to list next.</summary>
    private List<Folder> ListFolder(Folder folder, List<Link> links)
    {
        lock (_gate)
        {
            _directories.Add(folder.Relative);
        }
        List<Entry> entries;
        try
        {
            entries = ReadEntries(folder.FullPath);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            AddProblem(new Problem(folder.Relative.Length == 0 ? "." : folder.Relative, 0, "cannot read folder: " + e.Message));
            return [];
        }
        // An empty .gitignore holds no patterns; one measured empty is not opened (a named pipe would block the walk).
        var scoped = entries.Exists(e => e is { Name: ".gitignore", IsDirectory: false, Length: > 0 })
            ? ReadGitIgnore(folder.FullPath, folder.Relative, folder.Ignores)
            : folder.Ignores;
        var children = new List<Folder>();
        var files = new List<WorkspaceFile>();
        foreach (var entry in entries)
        {
            string childRelative = WorkspaceTree.Join(folder.Relative, entry.Name);
            string childFullPath = Path.Combine(folder.FullPath, entry.Name);
            if (IsIgnored(scoped, childRelative, entry.IsDirectory))
            {
                Skip(entry, childFullPath, childRelative);
            }
            else if (!entry.IsDirectory)
            {
                if (entry.Length >= 0)
                {
                    files.Add(new WorkspaceFile(childRelative, entry.Length));
                }
            }
            else if (SkippedFolders.Contains(entry.Name) || entry.Name.EndsWith(".egg-info", StringComparison.Ordinal)
                || IsVirtualEnvironment(entry.Name, childFullPath))
            {
                Skip(entry, childFullPath, childRelative);
            }
            else if (entry.IsLink)
            {
                lock (links)
                {
                    links.Add(new Link(childFullPath, childRelative, folder.RealPath, scoped));
                }
            }
            else if (folder.RealPath + "/" + entry.Name is var realPath && Visit(realPath))
            {
                children.Add(new Folder(childFullPath, childRelative, realPath, scoped));
            }
        }
        lock (_gate)
        {
            _files.AddRange(files);
        }
        return children;
    }

    /// <summary>True the first time a real folder is reached: a folder that links brought in already is not walked again.</summary>
    private bool Visit(string realPath)
    {
        lock (_gate)
        {
            return _visitedRealPaths.Add(realPath);
        }
    }

    private void AddProblem(Problem problem)
    {
        lock (_gate)
        {
            _report(problem);
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

    /// <summary>
    /// A file's size; a symbolic link's is that of what it leads to (<see cref="FoundFile.Length"/>), so a link to a
    /// named pipe measures 0 bytes, as the pipe does, and is not opened. -1 where there is nothing to read.
    /// </summary>
    private static long FileLength(ref FileSystemEntry entry)
    {
        if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
        {
            return FoundFile.Length(new FileInfo(entry.ToFullPath()));
        }
        try
        {
            return entry.Length;
        }
        catch (IOException)
        {
            return -1; // gone since the folder was listed
        }
    }

    private void Follow(Link link)
    {
        var info = new DirectoryInfo(link.FullPath);
        string? target;
        try
        {
            target = info.ResolveLinkTarget(true)?.FullName.TrimEnd('/');
        }
        catch (IOException)
        {
            target = null; // ELOOP: the link chain itself cycles.
        }
        if (target is null || (link.ParentRealPath + "/").StartsWith(target + "/", StringComparison.Ordinal))
        {
            AddProblem(new Problem(link.Relative, 0, $"symlink loop: '{info.LinkTarget}' leads back to a folder that contains it; not followed"));
            return;
        }
        if (Directory.Exists(target) && Visit(target))
        {
            WalkTree(new Folder(link.FullPath, link.Relative, target, link.Ignores));
        }
    }

    private static bool IsVirtualEnvironment(string name, string fullPath) =>
        name == ".venv" || File.Exists(Path.Combine(fullPath, "pyvenv.cfg"));

    private void Skip(Entry entry, string fullPath, string relative)
    {
        bool virtualEnvironment = entry.IsDirectory && IsVirtualEnvironment(entry.Name, fullPath);
        lock (_gate)
        {
            _unwalked.Add(entry.IsDirectory ? relative + "/" : relative);
            if (virtualEnvironment)
            {
                _virtualEnvironments.Add(relative);
            }
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
            AddProblem(new Problem(WorkspaceTree.Join(relative, ".gitignore"), 0, "cannot read: " + e.Message));
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
