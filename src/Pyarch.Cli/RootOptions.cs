using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace Pyarch.Cli;

/// <summary>
/// The root's <c>--help</c> and <c>--version</c>. System.CommandLine's own <see cref="HelpOption"/> and
/// <see cref="VersionOption"/> read their one-line descriptions through a <c>ResourceManager</c>, whose first use
/// loads reflection metadata: 1.6 ms of every run, a seventh of start-up. These options behave as those do (the
/// same names and aliases, help on every subcommand, a version that refuses company) with English text.
/// </summary>
internal static class RootOptions
{
    public static Option Help() => new Option<bool>("--help", "-h", "/h", "-?", "/?")
    {
        Description = "Show help and usage information",
        Arity = ArgumentArity.Zero,
        Recursive = true,
        Action = new HelpAction(),
    };

    public static Option Version(CliConsole console)
    {
        var version = new Option<bool>("--version")
        {
            Description = "Show version information",
            Arity = ArgumentArity.Zero,
            Action = new VersionAction(console),
        };
        version.Validators.Add(result =>
        {
            if (!result.Implicit && result.Parent is CommandResult parent && parent.Children.Any(child => child != result && child is not OptionResult { Implicit: true }))
            {
                result.AddError($"{result.IdentifierToken?.Value ?? version.Name} option cannot be combined with other arguments.");
            }
        });
        return version;
    }
}
