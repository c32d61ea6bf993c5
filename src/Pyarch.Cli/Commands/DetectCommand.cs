using System.CommandLine;
using Pyarch.Project;
using Pyarch.Project.Detect;

namespace Pyarch.Cli.Commands;

/// <summary>The options of <c>pyarch detect</c>.</summary>
internal sealed record DetectOptions(string Path, string Format, bool Verbose, bool All);

/// <summary><c>pyarch detect [PATH] [--format text|json] [--verbose] [--all]</c>: what is this Python project?</summary>
internal static class DetectCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string>("PATH") { Description = "The project folder.", DefaultValueFactory = _ => "." };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show the evidence for every claim." };
        var all = new Option<bool>("--all") { Description = "In a monorepo, detect each project separately." };
        var command = new Command("detect", "Recognize the framework, layout pattern, entry points and stack of a Python project.")
        {
            path, format, verbose, all,
        };
        command.SetAction(parsed => (int)Run(
            new DetectOptions(parsed.GetValue(path)!, parsed.GetValue(format)!, parsed.GetValue(verbose), parsed.GetValue(all)), console, console.Color));
        return command;
    }

    public static ExitCode Run(DetectOptions options, CliConsole console, bool color)
    {
        if (!Directory.Exists(options.Path))
        {
            console.Error.WriteLine($"pyarch detect: no such folder: {options.Path}");
            return ExitCode.Error;
        }
        var result = ProjectDetector.Detect(ProjectLoader.Load(options.Path, environmentReads: false), ".");
        var text = new DetectTextReporter(color, options.Verbose);
        if (options.All && result.Projects.Count > 0)
        {
            var results = result.Projects.Select(p => ProjectDetector.Detect(ProjectLoader.Load(System.IO.Path.Combine(options.Path, p), environmentReads: false), p)).ToList();
            console.Write(options.Format == "json" ? DetectJsonReporter.RenderAll(results) : string.Join("\n", results.Select(text.Render)));
            return ExitCode.Clean;
        }
        console.Write(options.Format == "json" ? DetectJsonReporter.Render(result) : text.Render(result));
        return ExitCode.Clean;
    }
}
