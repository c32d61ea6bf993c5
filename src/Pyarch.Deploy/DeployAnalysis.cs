using Pyarch.Project;
using Pyarch.Project.Detect;
using Pyarch.Project.Frameworks;
using Pyarch.Project.Knowledge;
using Pyarch.Project.Knowledge.Stack;

namespace Pyarch.Deploy;

/// <summary>Turns detect's model of a project into <see cref="DeployFacts"/>: one decision per fact, each with its evidence.</summary>
public static class DeployAnalysis
{
    private const string BuildPlaceholder = "build-time-placeholder";

    /// <summary>The facts, or a <see cref="DeployException"/> when choosing would mean guessing. Things the user should fix go to <paramref name="notes"/>.</summary>
    public static DeployFacts Analyze(ProjectModel model, IReadOnlyList<string> entries, List<string> notes)
    {
        var detect = ProjectDetector.Detect(model, ".");
        var django = DjangoAnalysis.Analyze(model.Modules, model.Tree);
        var (entry, settings) = EntrySelection.Choose(model, detect.EntryPoints, django, entries);
        string appDirectory = AppDirectory(entry.File, entry.Target.Split(':')[0]);
        bool channels = django is not null && settings is not null && entry.Kind == "asgi" && EntrySelection.UsesChannels(django);
        var declared = model.Declarations.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var python = PythonVersionChoice.Choose(model, ProjectDetector.PythonRequires(model), notes);
        var (server, undeclared) = ServerChoice.For(entry.Kind, entry.Target, appDirectory, channels, declared);
        var install = InstallPlanner.Plan(model, python) with { ExtraPackages = undeclared };
        foreach (string pin in undeclared)
        {
            notes.Add($"{pin[..pin.IndexOf('=', StringComparison.Ordinal)]} is not a declared dependency: add it to {install.Evidence.File}; meanwhile the image installs {pin}");
        }
        var health = HealthRoutes.Find(model.Modules, django);
        if (health is null)
        {
            notes.Add("no health route found (/health, /healthz, /ping, ...): add one to get a HEALTHCHECK and HTTP probes");
        }
        return new DeployFacts
        {
            Name = NameOf(model.Root),
            Entry = entry,
            Framework = detect.PrimaryFramework ?? "python",
            Server = server,
            Python = python,
            Install = install,
            Environment = EnvironmentSettings.Collect(model, settings),
            HealthPath = health,
            Release = ReleaseCommand.For(detect, django, model, entry.Target),
            Workers = WorkerCommands.For(detect, model, django, appDirectory, notes),
            CollectStatic = django is null ? null : CollectStatic(model, django),
            Database = Database(detect, django),
            Redis = declared.Contains("redis") || declared.Contains("django-redis") || detect.Stack[StackCategory.BackgroundJobs].Any(j => j.Id == BackgroundJobs.Rq),
        };
    }

    /// <summary>The folder module names start from: <c>src</c> for <c>src/shop/main.py</c> serving <c>shop.main</c>.</summary>
    private static string AppDirectory(string file, string module)
    {
        string path = module.Replace('.', '/');
        foreach (string suffix in new[] { path + ".py", path + "/__init__.py" })
        {
            if (file == suffix)
            {
                return "";
            }
            if (file.EndsWith("/" + suffix, StringComparison.Ordinal))
            {
                return file[..^(suffix.Length + 1)];
            }
        }
        return "";
    }

    private static string NameOf(string root)
    {
        var chars = Path.GetFileName(root.TrimEnd('/', '\\')).ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        string name = new string(chars).Trim('-');
        return name.Length == 0 ? "app" : name;
    }

    /// <summary><c>collectstatic</c> at build time when <c>STATIC_ROOT</c> is set; settings that require variables get build-only placeholders.</summary>
    private static ProcessCommand? CollectStatic(ProjectModel model, DjangoFacts django)
    {
        var settingsModules = django.SettingsFiles.Select(p => model.Modules.Modules.First(m => m.Path == p)).ToList();
        var staticRoot = settingsModules.SelectMany(m => SyntaxSearch.ModuleLevel(m.Syntax!.Body).Where(s => SyntaxSearch.Binding(s)?.Name == "STATIC_ROOT").Select(s => (m, s)))
            .FirstOrDefault();
        if (staticRoot.m is null)
        {
            return null;
        }
        var placeholders = settingsModules.SelectMany(model.Modules.EnvironmentReadsOf)
            .Where(r => r.Required && r.Name != "DJANGO_SETTINGS_MODULE")
            .Select(r => r.Name + "=" + BuildPlaceholder).Distinct();
        return new ProcessCommand("collectstatic", [.. placeholders, "python", ReleaseCommand.ManagePy(django), "collectstatic", "--noinput"],
            new Evidence(staticRoot.m.Path, staticRoot.m.LineOf(staticRoot.s), "STATIC_ROOT is set"));
    }

    private static string? Database(DetectResult detect, DjangoFacts? django)
    {
        var drivers = detect.Stack[StackCategory.DbDrivers].Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var engines = django?.Settings.DatabaseEngines.Select(e => e.Value).ToList() ?? [];
        if (drivers.Overlaps([DbDrivers.Psycopg2, DbDrivers.Psycopg, DbDrivers.Asyncpg]) || engines.Any(e => e.Contains("postgres", StringComparison.Ordinal)))
        {
            return "postgres";
        }
        return drivers.Overlaps([DbDrivers.Mysqlclient, DbDrivers.Pymysql, DbDrivers.Aiomysql]) || engines.Any(e => e.Contains("mysql", StringComparison.Ordinal))
            ? "mysql"
            : null;
    }
}
