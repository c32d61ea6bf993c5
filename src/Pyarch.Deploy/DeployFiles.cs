using Pyarch.Project.Workspace;

namespace Pyarch.Deploy;

/// <summary>Puts a plan on disk: nothing existing is replaced without <c>force</c>, and when anything would be refused nothing is written at all.</summary>
public static class DeployFiles
{
    public static IReadOnlyList<(GeneratedFile File, FileAction Action)> Actions(string root, IEnumerable<GeneratedFile> files, bool force) =>
        files.Select(f =>
        {
            string path = Path.Combine(root, f.Path);
            FileAction action = !File.Exists(path) ? FileAction.Create
                : FoundFile.ReadAllText(path) == f.Text ? FileAction.Unchanged
                : force ? FileAction.Replace : FileAction.Refuse;
            return (f, action);
        }).ToList();

    /// <summary>Writes the files unless one is refused; returns the actions either way.</summary>
    public static IReadOnlyList<(GeneratedFile File, FileAction Action)> Write(string root, IEnumerable<GeneratedFile> files, bool force)
    {
        var actions = Actions(root, files, force);
        if (actions.Any(a => a.Action == FileAction.Refuse))
        {
            return actions;
        }
        foreach (var (file, action) in actions.Where(a => a.Action is FileAction.Create or FileAction.Replace))
        {
            string path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (action == FileAction.Replace && FoundFile.MeasuresEmpty(path))
            {
                File.Delete(path); // a named pipe would take the write and wait for a reader forever; an empty file loses nothing
            }
            File.WriteAllText(path, file.Text);
        }
        return actions;
    }
}
