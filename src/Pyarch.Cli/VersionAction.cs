using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Pyarch.Cli;

/// <summary>
/// Prints pyarch's own version. System.CommandLine's default reads the entry assembly, which is the test host
/// when the CLI runs in-process.
/// </summary>
internal sealed class VersionAction(CliConsole console) : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        console.WriteLine(Version);
        return (int)ExitCode.Clean;
    }
}
