namespace Pyarch.Project.Workspace;

/// <summary>
/// Reads a file that pyarch found in a project, as opposed to one the user named. A file measured at 0 bytes
/// (through symbolic links) is read as empty without being opened: a named pipe or a device under a project file's
/// name measures 0 bytes too, and opening it waits for a writer forever. A file the user names as a setting
/// (<c>--config</c>, <c>--baseline</c>) may well be a pipe, as <c>&lt;(...)</c> makes one, and is read as usual; the
/// Python files <c>debug ast</c> and <c>debug tokens</c> are given are measured as found files are.
/// </summary>
public static class FoundFile
{
    /// <summary>The file's text, or "" for a file that measures empty.</summary>
    public static string ReadAllText(string path) => MeasuresEmpty(path) ? "" : File.ReadAllText(path);

    /// <summary>The file's lines, or none for a file that measures empty.</summary>
    public static string[] ReadAllLines(string path) => MeasuresEmpty(path) ? [] : File.ReadAllLines(path);

    /// <summary>The file's bytes, or none for a file that measures empty.</summary>
    public static byte[] ReadAllBytes(string path) => MeasuresEmpty(path) ? [] : File.ReadAllBytes(path);

    /// <summary>True when the file, or what its symbolic links lead to, measures 0 bytes: empty, or a pipe or device.</summary>
    public static bool MeasuresEmpty(string path) => MeasuresEmpty(new FileInfo(path));

    /// <summary>
    /// <see cref="MeasuresEmpty(string)"/> for a file already looked up: one look-up more only for a symbolic link. A
    /// link that leads nowhere, or round in a loop, does not measure empty: opening it then says what is wrong.
    /// </summary>
    public static bool MeasuresEmpty(FileInfo file) => Length(file) == 0;

    /// <summary>
    /// The file's size, measured through a symbolic link to what it leads to (a link's own size is that of its
    /// target's name); -1 for a file that is not there, or a link that leads nowhere or round in a loop.
    /// </summary>
    public static long Length(FileInfo file)
    {
        try
        {
            var target = file.Attributes.HasFlag(FileAttributes.ReparsePoint) ? file.ResolveLinkTarget(returnFinalTarget: true) ?? file : file;
            return target is FileInfo { Exists: true } found ? found.Length : -1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return -1;
        }
    }
}
