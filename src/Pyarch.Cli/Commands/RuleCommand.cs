using System.CommandLine;
using Pyarch.Reporting;
using Pyarch.Rules;

namespace Pyarch.Cli.Commands;

/// <summary><c>pyarch rule CODE</c>: one rule's documentation (what it does, why, an example, what to do instead).</summary>
internal static class RuleCommand
{
    public static Command Create(CliConsole console)
    {
        var code = new Argument<string>("CODE") { Description = "A rule code, such as PA311." };
        var command = new Command("rule", "Explain one rule.") { code };
        command.SetAction(parsed =>
        {
            string wanted = parsed.GetValue(code)!;
            if (RuleRegistry.Find(wanted) is not { } rule)
            {
                console.Error.WriteLine($"pyarch rule: unknown rule code '{wanted}' (pyarch rules lists them)");
                return (int)ExitCode.Error;
            }
            console.Write(RuleCatalogTextReporter.Describe(rule));
            return (int)ExitCode.Clean;
        });
        return command;
    }
}
