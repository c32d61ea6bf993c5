using System.CommandLine;
using Pyarch.Deploy;
using Pyarch.Project.Workspace;

namespace Pyarch.Cli.Commands;

/// <summary>The options of <c>pyarch deploy</c>.</summary>
internal sealed record DeployOptions(string Path, IReadOnlyList<string> Targets, IReadOnlyList<string> Entries, bool DryRun, bool Force);

/// <summary><c>pyarch deploy [PATH] [--target T]... [--entry E]... [--dry-run] [--force]</c>: deployment files for the project as it is.</summary>
internal static class DeployCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string>("PATH") { Description = "The project folder.", DefaultValueFactory = _ => "." };
        var target = new Option<string[]>("--target", "-t")
        {
            Description = "What to write (repeat or comma-separate; default docker,procfile): " + string.Join(", ", DeployTargets.All.Select(t => t.Id)),
        };
        var entry = new Option<string[]>("--entry") { Description = "The app target (module:app) or Django settings module to deploy, when pyarch finds several." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be written (a diff for files that exist); write nothing." };
        var force = new Option<bool>("--force") { Description = "Replace existing files." };
        var command = new Command("deploy", "Write the Dockerfile, .dockerignore, Procfile, server config and platform files that fit the project.")
        {
            path, target, entry, dryRun, force,
        };
        command.SetAction(parsed => (int)Run(
            new DeployOptions(parsed.GetValue(path)!, Split(parsed.GetValue(target)), Split(parsed.GetValue(entry)), parsed.GetValue(dryRun), parsed.GetValue(force)),
            console));
        return command;
    }

    private static List<string> Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    public static ExitCode Run(DeployOptions options, CliConsole console)
    {
        if (!Directory.Exists(options.Path))
        {
            console.Error.WriteLine($"pyarch deploy: no such folder: {options.Path}");
            return ExitCode.Error;
        }
        DeployPlan plan;
        try
        {
            plan = DeployPlanner.Plan(options.Path, new DeployRequest(options.Targets, options.Entries));
        }
        catch (DeployException e)
        {
            console.Error.WriteLine($"pyarch deploy: {e.Message}");
            return ExitCode.Error;
        }
        foreach (string note in plan.Notes)
        {
            console.Error.WriteLine($"pyarch deploy: note: {note}");
        }
        if (options.DryRun)
        {
            foreach (var (file, action) in DeployFiles.Actions(options.Path, plan.Files, force: true))
            {
                console.WriteLine(action == FileAction.Create
                    ? $"would create {file.Path}:\n{file.Text}"
                    : action == FileAction.Unchanged ? $"{file.Path} is up to date" : UnifiedDiff.Render(file.Path, FoundFile.ReadAllText(System.IO.Path.Combine(options.Path, file.Path)), file.Text));
            }
            return ExitCode.Clean;
        }
        var actions = DeployFiles.Write(options.Path, plan.Files, options.Force);
        var refused = actions.Where(a => a.Action == FileAction.Refuse).ToList();
        foreach (var (file, _) in refused)
        {
            console.Error.WriteLine($"pyarch deploy: {file.Path} exists and differs; nothing was written (--dry-run shows the diff, --force replaces it)");
        }
        if (refused.Count > 0)
        {
            return ExitCode.Error;
        }
        foreach (var (file, action) in actions)
        {
            console.WriteLine($"{(action == FileAction.Unchanged ? "unchanged" : action == FileAction.Create ? "wrote" : "replaced")} {file.Path}");
        }
        return ExitCode.Clean;
    }
}
