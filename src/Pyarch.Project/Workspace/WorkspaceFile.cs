namespace Pyarch.Project.Workspace;

/// <summary>A file the walk kept: its path relative to the root with <c>/</c> separators, and its size in bytes.</summary>
public sealed record WorkspaceFile(string Path, long Size)
{
    public string Name => System.IO.Path.GetFileName(Path);

    public string Directory => Path.LastIndexOf('/') is int slash and >= 0 ? Path[..slash] : "";
}
