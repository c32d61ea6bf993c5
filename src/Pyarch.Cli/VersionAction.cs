using System.CommandLine;
using System.CommandLine.Invocation;

namespace Pyarch.Cli;

/// <summary>
/// Prints pyarch's own version. System.CommandLine's default reads the entry assembly, which is the test host
/// when the CLI runs in-process.
/// </summary>
internal sealed class VersionAction(CliConsole console) : SynchronousCommandLineAction
{
    public const string Version = BuildVersion.Value;

    public override int Invoke(ParseResult parseResult)
    {
        console.WriteLine(Version);
        return (int)ExitCode.Clean;
    }
}
