using System.CommandLine;

namespace Pyarch.Cli.Commands;

/// <summary><c>pyarch debug</c>: the parser's view of Python files, for bug reports and conformance.</summary>
internal static class DebugCommand
{
    public static Command Create(CliConsole console) => new("debug", "Show how pyarch reads Python files (for bug reports and conformance).")
    {
        DebugAstCommand.Create(console),
        DebugTokensCommand.Create(console),
    };
}
