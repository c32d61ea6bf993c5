namespace Pyarch.Project.Workspace;

/// <summary>The files and folders a walk kept, relative to the root, sorted by path.</summary>
public sealed class WorkspaceTree
{
    private readonly HashSet<string> _files;

    public WorkspaceTree(IReadOnlyList<WorkspaceFile> files, IReadOnlySet<string> directories)
    {
        Files = files;
        Directories = directories;
        _files = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<WorkspaceFile> Files { get; }

    /// <summary>Every kept folder, relative to the root; the root itself is "".</summary>
    public IReadOnlySet<string> Directories { get; }

    public bool HasFile(string path) => _files.Contains(path);

    public bool HasDirectory(string path) => Directories.Contains(path);

    /// <summary>A path that is a file or a folder (a trailing <c>/</c> asks for a folder).</summary>
    public bool Has(string path) => path.EndsWith('/') ? HasDirectory(path.TrimEnd('/')) : HasFile(path) || HasDirectory(path);

    public static string Join(string directory, string name) => directory.Length == 0 ? name : directory + "/" + name;
}
