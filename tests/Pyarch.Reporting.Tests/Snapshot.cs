using System.Runtime.CompilerServices;

namespace Pyarch.Reporting.Tests;

/// <summary>
/// Compares output with <c>Snapshots/NAME.verified.txt</c>; <c>PYARCH_UPDATE_SNAPSHOTS=1</c> rewrites the file after a
/// deliberate change, as the scaffolder's snapshot tests do.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string source = "")
    {
        string path = Path.Combine(Path.GetDirectoryName(source)!, "Snapshots", name + ".verified.txt");
        if (Environment.GetEnvironmentVariable("PYARCH_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"no snapshot {path}; PYARCH_UPDATE_SNAPSHOTS=1 writes it");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
