using System.CommandLine;
using Pyarch.Scaffold;

namespace Pyarch.Cli.Commands;

/// <summary><c>pyarch new [TEMPLATE NAME]</c>: generate a project in one of the guide's structures.</summary>
internal static class NewCommand
{
    /// <summary>
    /// Results go to <paramref name="console"/>'s output; questions, refusals and errors to its error stream. Answers
    /// come from stdin, touched only when the command runs: setting up <see cref="Console.In"/> is start-up time
    /// every other command would pay.
    /// </summary>
    public static Command Create(CliConsole console)
    {
        var template = new Argument<string?>("template") { Arity = ArgumentArity.ZeroOrOne, Description = "One of: " + string.Join(", ", TemplateCatalog.All.Select(t => t.Id)) };
        var name = new Argument<string?>("name") { Arity = ArgumentArity.ZeroOrOne, Description = "Project name: folder and Python package (lowercase, '_' or '-')" };
        var framework = new Option<string?>("--framework") { Description = "api template only: fastapi (default) or flask" };
        var db = new Option<string?>("--db") { Description = "sqlite (default) or postgres" };
        var with = new Option<string[]>("--with") { Description = "Extras, comma-separated or repeated: " + string.Join(", ", TemplateCatalog.AllExtras) };
        var env = new Option<string>("--env") { Description = "pip, poetry, uv or pipenv", DefaultValueFactory = _ => "pip" };
        var python = new Option<string>("--python") { Description = "3.11, 3.12 or 3.13", DefaultValueFactory = _ => "3.12" };
        var dryRun = new Option<bool>("--dry-run") { Description = "List the files without writing anything" };
        var force = new Option<bool>("--force") { Description = "Write into a non-empty folder, replacing generated files" };
        var yes = new Option<bool>("--yes", "-y") { Description = "Take the defaults instead of asking" };
        var outputDir = new Option<string?>("--output", "-o") { Description = "Folder to create (default: ./NAME)" };
        var command = new Command("new", "Generate a project that follows the guide, with tests and deployment files.")
        {
            template, name, framework, db, with, env, python, dryRun, force, yes, outputDir,
        };
        command.SetAction(parsed =>
        {
            try
            {
                var (templateId, projectName, chosenFramework) = new NewProjectWizard(Console.In, console.Error)
                    .Complete(parsed.GetValue(template), parsed.GetValue(name), parsed.GetValue(yes), interactive: !Console.IsInputRedirected);
                var options = new NewProjectOptions
                {
                    Template = templateId,
                    Name = projectName,
                    Framework = parsed.GetValue(framework) ?? chosenFramework,
                    Database = parsed.GetValue(db),
                    With = parsed.GetValue(with) ?? [],
                    Environment = parsed.GetValue(env)!,
                    Python = parsed.GetValue(python)!,
                    Output = parsed.GetValue(outputDir),
                    Force = parsed.GetValue(force),
                };
                return Generate(options, parsed.GetValue(dryRun), console);
            }
            catch (ScaffoldError e)
            {
                console.Error.WriteLine($"pyarch new: {e.Message}");
                return (int)ExitCode.Error;
            }
            catch (Exception e) when (e is TemplateException or IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"pyarch new: {e.Message}");
                return (int)ExitCode.Error;
            }
        });
        return command;
    }

    private static int Generate(NewProjectOptions options, bool dryRun, CliConsole console)
    {
        var settings = OptionsValidator.Validate(options, Directory.GetCurrentDirectory());
        var plan = ProjectGenerator.Plan(settings, VersionAction.Version);
        if (dryRun)
        {
            foreach (var file in plan.Files)
            {
                console.WriteLine(file.Path);
            }
            console.WriteLine($"(dry run) would write {plan.Files.Count} files to {settings.OutputDirectory}");
            return (int)ExitCode.Clean;
        }
        ProjectGenerator.Write(plan, options.Force);
        console.WriteLine($"Created {settings.Template.Id} project '{settings.Name}' in {settings.OutputDirectory} ({plan.Files.Count} files).");
        console.WriteLine("Next steps:");
        console.WriteLine($"  cd {Path.GetRelativePath(Directory.GetCurrentDirectory(), settings.OutputDirectory)}");
        console.WriteLine("  see README.md: install, run the tests, start the server");
        return (int)ExitCode.Clean;
    }
}
