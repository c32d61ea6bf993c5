using Pyarch.Tests;

namespace Pyarch.EndToEnd.Tests;

/// <summary>Runs the pyarch executable built from src/Pyarch.Cli, as a user would.</summary>
internal static class PyarchCli
{
    private static readonly string Dll = Locate();

    public static ProcessResult Run(string workingDirectory, params string[] args) =>
        ProcessRunner.Run(
            ProcessRunner.StartInfo("dotnet", ["exec", Dll, .. args], workingDirectory, new Dictionary<string, string>
            {
                ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
                ["HOME"] = Environment.GetEnvironmentVariable("HOME") ?? "/tmp",
                ["DOTNET_NOLOGO"] = "1",
            }),
            TimeSpan.FromSeconds(60));

    private static string Locate()
    {
        // The test assembly's own path tells which configuration was built (bin/Debug or bin/Release).
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        string dll = Path.Combine(RepoPaths.Root, "src", "Pyarch.Cli", "bin", configuration, "net10.0", "pyarch.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build src/Pyarch.Cli first", dll);
    }
}
