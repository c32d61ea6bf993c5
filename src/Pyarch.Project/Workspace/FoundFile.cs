namespace Pyarch.Project.Workspace;

/// <summary>
/// Reads a file that pyarch found in a project, as opposed to one the user named. A file measured at 0 bytes is
/// read as empty without being opened: a named pipe or a device under a project file's name measures 0 bytes too,
/// and opening it waits for a writer forever. A file the user names (<c>--config</c>, <c>--baseline</c>) may well
/// be a pipe, as <c>&lt;(...)</c> makes one, and is read as usual.
/// </summary>
public static class FoundFile
{
    public static string ReadAllText(string path) => IsEmpty(path) ? "" : File.ReadAllText(path);

    public static string[] ReadAllLines(string path) => IsEmpty(path) ? [] : File.ReadAllLines(path);

    public static byte[] ReadAllBytes(string path) => IsEmpty(path) ? [] : File.ReadAllBytes(path);

    private static bool IsEmpty(string path) => new FileInfo(path).Length == 0;
}
