using System.CommandLine;
using Pyarch.Cli.Commands;

namespace Pyarch.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        using var console = CliConsole.ForProcess();
        return (int)Run(args, console);
    }

    /// <summary>Runs one command line against <paramref name="console"/>; the entry point for in-process tests.</summary>
    public static ExitCode Run(IReadOnlyList<string> args, CliConsole console)
    {
        var root = new Command("pyarch", "pyarch: recognize, check, draw, create and deploy Python projects.")
        {
            RootOptions.Help(),
            RootOptions.Version(console),
        };

        // One line per verb.
        root.Subcommands.Add(DebugCommand.Create(console));
        root.Subcommands.Add(NewCommand.Create(console));
        root.Subcommands.Add(DetectCommand.Create(console));
        root.Subcommands.Add(DeployCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(RulesCommand.Create(console));
        root.Subcommands.Add(RuleCommand.Create(console));

        return Invoke(root, args, console);
    }

    private static ExitCode Invoke(Command root, IReadOnlyList<string> args, CliConsole console)
    {
        // System.CommandLine reads a leading [word] as a directive and drops it under a root that takes none.
        if (args is [['[', .., ']'] directive, ..])
        {
            console.Error.WriteLine($"pyarch: Unrecognized command or argument '{directive}'.");
            console.Error.WriteLine("Run 'pyarch --help' for usage.");
            return ExitCode.Error;
        }
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // "pyarch frobnicate" fails twice: no command was given, and a word was not recognized. The second says it.
            string? noCommand = parsed is { Errors.Count: > 1, UnmatchedTokens.Count: > 0, CommandResult.Command: { Action: null, Subcommands.Count: > 0 } command }
                ? command.Parse([]).Errors.FirstOrDefault()?.Message
                : null;
            foreach (var error in parsed.Errors.Where(e => e.Message != noCommand))
            {
                console.Error.WriteLine($"pyarch: {error.Message}");
            }
            console.Error.WriteLine("Run 'pyarch --help' for usage.");
            return ExitCode.Error;
        }
        using var output = new StreamWriter(console.Out, leaveOpen: true);
        try
        {
            var configuration = new InvocationConfiguration { Output = output, Error = console.Error, EnableDefaultExceptionHandler = false };
            return (ExitCode)parsed.Invoke(configuration);
        }
        catch (Exception e)
        {
            // Users get one line, never a stack trace; PYARCH_DEBUG=1 shows the trace for bug reports.
            console.Error.WriteLine($"pyarch: internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("PYARCH_DEBUG") == "1")
            {
                console.Error.WriteLine(e);
            }
            return ExitCode.Error;
        }
    }
}
