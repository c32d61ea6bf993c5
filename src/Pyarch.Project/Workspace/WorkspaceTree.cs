namespace Pyarch.Project.Workspace;

/// <summary>The files and folders a walk kept, relative to the root, sorted by path.</summary>
public sealed class WorkspaceTree
{
    private readonly HashSet<string> _files;

    public WorkspaceTree(IReadOnlyList<WorkspaceFile> files, IReadOnlySet<string> directories, IReadOnlyList<string>? unwalked = null, IReadOnlySet<string>? virtualEnvironments = null)
    {
        Files = files;
        Directories = directories;
        Unwalked = unwalked ?? [];
        VirtualEnvironments = virtualEnvironments ?? new HashSet<string>();
        _files = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<WorkspaceFile> Files { get; }

    /// <summary>Every kept folder, relative to the root; the root itself is "".</summary>
    public IReadOnlySet<string> Directories { get; }

    /// <summary>
    /// What is on disk but the walk did not keep or enter, sorted: git-ignored entries, version-control folders,
    /// virtual environments, caches. Folders end with <c>/</c>. A Docker build context still holds them.
    /// </summary>
    public IReadOnlyList<string> Unwalked { get; }

    /// <summary>The unwalked folders that are virtual environments: named <c>.venv</c> or holding <c>pyvenv.cfg</c>.</summary>
    public IReadOnlySet<string> VirtualEnvironments { get; }

    public bool HasFile(string path) => _files.Contains(path);

    public bool HasDirectory(string path) => Directories.Contains(path);

    /// <summary>A path that is a file or a folder (a trailing <c>/</c> asks for a folder).</summary>
    public bool Has(string path) => path.EndsWith('/') ? HasDirectory(path.TrimEnd('/')) : HasFile(path) || HasDirectory(path);

    public static string Join(string directory, string name) => directory.Length == 0 ? name : directory + "/" + name;
}
