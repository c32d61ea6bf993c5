using System.CommandLine;
using Pyarch.Reporting;
using Pyarch.Rules;
using Pyarch.Rules.Configuration;
using Pyarch.Rules.Suppression;

namespace Pyarch.Cli.Commands;

/// <summary>The options of <c>pyarch check</c>; <see cref="Select"/> and <see cref="Ignore"/> hold comma-separated selectors.</summary>
internal sealed record CheckOptions(
    string[] Paths, string Format, string[] Select, string[] Ignore, string? Baseline, string? WriteBaseline, string? Config, string? Output);

/// <summary>
/// <c>pyarch check [PATH...]</c>: runs the rules on each project folder with its configuration, applies the baseline,
/// and prints the findings. Exit 0 when nothing is reported, 1 for findings or unreadable inputs, 2 when it cannot run.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Project folders (default: the current folder).", Arity = ArgumentArity.ZeroOrMore }.RejectingUnknownOptions();
        var format = new Option<string>("--format") { Description = "Output format: text, json, sarif or github.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var select = new Option<string[]>("--select") { Description = "Run only these rules (codes, prefixes such as PA3, or ALL; comma-separated). Replaces the configured select.", HelpName = "CODES" };
        var ignore = new Option<string[]>("--ignore") { Description = "Also leave out these rules (comma-separated).", HelpName = "CODES" };
        var baseline = new Option<string?>("--baseline") { Description = "Suppress the findings recorded in this baseline file.", HelpName = "FILE" };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Record the current findings in this baseline file.", HelpName = "FILE" };
        var config = new Option<string?>("--config") { Description = "Read the configuration from this file instead of pyarch.toml/pyproject.toml.", HelpName = "FILE" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout.", HelpName = "FILE" };
        var command = new Command("check", "Check a project against the guide's practices.") { paths, format, select, ignore, baseline, writeBaseline, config, output };
        command.SetAction(parsed => (int)Run(new CheckOptions(
            parsed.GetValue(paths) is { Length: > 0 } given ? given : ["."], parsed.GetValue(format)!, parsed.GetValue(select) ?? [], parsed.GetValue(ignore) ?? [],
            parsed.GetValue(baseline), parsed.GetValue(writeBaseline), parsed.GetValue(config), parsed.GetValue(output)), console));
        return command;
    }

    public static ExitCode Run(CheckOptions options, CliConsole console)
    {
        var results = new List<(string, CheckResult)>();
        foreach (string path in options.Paths)
        {
            if (!Directory.Exists(path))
            {
                return Fail(console, $"not a project folder: {path}");
            }
            var found = options.Config is { } file ? ConfigurationReader.ReadFile(file, file, RuleRegistry.All) : ConfigurationReader.Find(path, RuleRegistry.All);
            if (found.Error is null)
            {
                found = ConfigurationReader.Override(found.Configuration, options.Select, options.Ignore, RuleRegistry.All);
            }
            if (found.Error is { } error)
            {
                return Fail(console, error.ToString());
            }
            results.Add((Path.GetRelativePath(".", path).Replace('\\', '/'), new RuleEngine(RuleRegistry.All, found.Configuration).Check(path)));
        }
        var result = results.Count == 1 ? results[0].Item2 : CheckResult.Combine(results);
        if (options.WriteBaseline is { } written)
        {
            File.WriteAllText(written, Baseline.Write(result.Findings));
            console.Error.WriteLine($"pyarch check: wrote {result.Findings.Count} finding(s) to the baseline {written}");
        }
        if (options.Baseline is { } baselineFile)
        {
            var (baseline, error) = File.Exists(baselineFile) ? Baseline.Read(baselineFile, File.ReadAllText(baselineFile)) : (null, new(baselineFile, 0, "no such file"));
            if (baseline is null)
            {
                return Fail(console, error!.ToString());
            }
            result = baseline.Apply(result);
        }
        string report = Render(result, options.Format, new SourceLines(options.Paths.Length == 1 ? options.Paths[0] : "."), console.Color && options.Output is null);
        if (options.Output is { } outputFile)
        {
            File.WriteAllText(outputFile, report);
        }
        else
        {
            console.Write(report);
        }
        return result.Findings.Count > 0 || result.Errors.Count > 0 ? ExitCode.Findings : ExitCode.Clean;
    }

    private static string Render(CheckResult result, string format, SourceLines sources, bool color) => format switch
    {
        "json" => JsonReporter.Render(result),
        "sarif" => new SarifReporter(sources, RuleRegistry.All, VersionAction.Version).Render(result),
        "github" => new GithubReporter(sources).Render(result),
        _ => new TextReporter(sources, RuleRegistry.All, color).Render(result),
    };

    private static ExitCode Fail(CliConsole console, string message)
    {
        console.Error.WriteLine($"pyarch check: {message}");
        return ExitCode.Error;
    }
}
