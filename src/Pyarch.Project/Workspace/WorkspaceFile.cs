namespace Pyarch.Project.Workspace;

/// <summary>A file the walk kept: its path relative to the root with <c>/</c> separators, and its size in bytes.</summary>
public sealed record WorkspaceFile(string Path, long Size)
{
    /// <summary>The file name, made once: readers and detectors ask it of every file of the tree, often many times.</summary>
    public string Name { get; } = System.IO.Path.GetFileName(Path);

    public string Directory => Path.LastIndexOf('/') is int slash and >= 0 ? Path[..slash] : "";
}
