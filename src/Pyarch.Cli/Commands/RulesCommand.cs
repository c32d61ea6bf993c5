using System.CommandLine;
using Pyarch.Reporting;
using Pyarch.Rules;

namespace Pyarch.Cli.Commands;

/// <summary><c>pyarch rules [--format text|json]</c>: every rule, sorted by code, retired codes included.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("rules", "List every rule: code, name, category, severity, status and summary.") { format };
        command.SetAction(parsed =>
        {
            console.Write(parsed.GetValue(format) == "json" ? JsonReporter.RenderRules(RuleRegistry.All) : RuleCatalogTextReporter.Table(RuleRegistry.All));
            return (int)ExitCode.Clean;
        });
        return command;
    }
}
