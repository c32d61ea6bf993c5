namespace Pyarch.Rules.Tests;

/// <summary>A scratch project folder for one test, removed afterwards.</summary>
internal sealed class TempProject : IDisposable
{
    public TempProject(params (string Path, string Text)[] files)
    {
        Root = Directory.CreateTempSubdirectory("pyarch-rules-").FullName;
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
    }

    public string Root { get; }

    public void Write(string path, string text)
    {
        string full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
