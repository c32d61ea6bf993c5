namespace Pyarch.Python.Tests;

/// <summary>Files under Fixtures/, copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));
}
