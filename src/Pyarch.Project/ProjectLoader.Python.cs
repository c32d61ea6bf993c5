using Pyarch.Project.Deployment;
using Pyarch.Project.Frameworks;
using Pyarch.Project.Manifests;
using Pyarch.Project.Modules;
using Pyarch.Project.Settings;
using Pyarch.Project.Workspace;
using Pyarch.Python;
using Pyarch.Python.Ast;
using Pyarch.Text;

namespace Pyarch.Project;

public sealed partial class ProjectLoader
{
    /// <summary>Top-level imports that make a module's tree worth keeping for the framework readers.</summary>
    private static readonly HashSet<string> FrameworkImports =
    [
        "django", "flask", "fastapi", "starlette", "quart", "litestar", "falcon", "bottle", "sanic", "aiohttp", "tornado",
        "pyramid", "rest_framework", "flask_restx", "flask_restplus", "celery",
    ];

    private static readonly HashSet<string> EntryFileNames =
    [
        "manage.py", "wsgi.py", "asgi.py", "setup.py", "settings.py", "app.py", "main.py", "run.py", "autoapp.py",
        "server.py", "application.py", "api.py", "gunicorn.conf.py",
    ];

    private (List<PythonModule> Modules, List<Manifest> SetupPy) LoadPython(List<WorkspaceFile> files, ModuleNaming naming)
    {
        var modules = new PythonModule?[files.Count];
        // Known before parsing: a tree holding a "django" package is Django's source, not a Django project.
        var internalTopLevel = files.Select(f => naming.NameOf(f.Path)?.Name.Split('.')[0]).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, files.Count, options, i => modules[i] = LoadModule(files[i], naming, internalTopLevel));
        var setupPy = new List<Manifest>();
        foreach (var module in modules)
        {
            if (module is { Syntax: { } syntax } && module.Path.EndsWith("setup.py", StringComparison.Ordinal) && Path.GetFileName(module.Path) == "setup.py")
            {
                setupPy.Add(SetupPyReader.Read(module.Path, syntax, module.LineOf));
            }
        }
        return (modules.OfType<PythonModule>().ToList(), setupPy);
    }

    private PythonModule? LoadModule(WorkspaceFile file, ModuleNaming naming, HashSet<string> internalTopLevel)
    {
        var named = naming.NameOf(file.Path);
        string name = named?.Name ?? Path.GetFileNameWithoutExtension(file.Path);
        bool isPackage = named?.IsPackage ?? false;
        if (ReadBytes(file, MaxPythonBytes) is not { } bytes)
        {
            return new PythonModule(file.Path, name, isPackage, []) { Parsed = false };
        }
        ParseResult result;
        try
        {
            using (bytes)
            {
                result = PythonParser.Parse(file.Path, bytes.Span);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser bug must not cost the rest of the project: report it against the file and go on.
            Report(file.Path, 0, "internal error while parsing: " + e.Message);
            return new PythonModule(file.Path, name, isPackage, []) { Parsed = false };
        }
        if (result.Module is not { } syntax || result.Source is not { } source)
        {
            var error = result.Error;
            Report(file.Path, error?.Line?.Value ?? 0, error is null ? "could not be parsed" : $"{error.Kind}: {error.Message}");
            return new PythonModule(file.Path, name, isPackage, []) { Parsed = false };
        }
        var module = new PythonModule(file.Path, name, isPackage, []) { Source = source };
        // Imports come in source order: counting lines as they pass spares most modules a line index.
        var lines = new LineCounter(source.Text);
        var imports = ImportCollector.Collect(syntax, module.Package, node => lines.LineOf(node.Range.Start).Value);
        var parsed = module with { Imports = imports, Syntax = syntax };
        var envReads = _environmentReads ? EnvReadCollector.Collect(parsed) : [];
        _onParsed?.Invoke(module with { Imports = imports, EnvReads = envReads }, syntax);
        bool keep = KeepsSyntax(file.Path, syntax, imports, internalTopLevel);
        var (reads, wrappers, settingsClasses) = _environmentReads ? EnvironmentReads.Collect(parsed, internalTopLevel.Contains) : ([], [], []);
        return module with
        {
            Imports = imports,
            Syntax = keep ? syntax : null,
            Source = keep ? source : null,
            EnvironmentReads = reads,
            EnvironmentWrappers = wrappers,
            SettingsClasses = settingsClasses,
            EnvReads = envReads,
        };
    }

    private static bool KeepsSyntax(string path, Module syntax, List<ImportRecord> imports, HashSet<string> internalTopLevel)
    {
        string name = Path.GetFileName(path);
        if (EntryFileNames.Contains(name) || path.Contains("settings", StringComparison.Ordinal) || name.Contains("config", StringComparison.Ordinal))
        {
            return true;
        }
        // Split Django settings star-import their siblings (from .base import *); the standard library's absolute
        // star imports (tkinter, ctypes) would only cost memory.
        if (imports.Any(i => (i.IsStar && i.Level > 0) || (i.TopLevel is { } top && FrameworkImports.Contains(top) && !internalTopLevel.Contains(top))))
        {
            return true;
        }
        // A Django settings module wherever it lives (config/django/base.py): it names the settings only Django reads.
        return syntax.Body.Any(s => s is FunctionDef { Name: "create_app" or "make_app" or "get_app" or "build_app" }
            || s is Assign { Targets: [Name { Id: "app" or "application" or "api" or "INSTALLED_APPS" or "MIDDLEWARE" or "ROOT_URLCONF" }] });
    }

    /// <summary>Reads the shell scripts that deployment commands run (<c>CMD ["./start.sh"]</c>, <c>web: bin/boot.sh</c>).</summary>
    private List<ServiceCommand> ReadScripts(ProjectModel model, List<WorkspaceFile> scripts)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var command in model.Commands)
        {
            foreach (string word in command.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.EndsWith(".sh", StringComparison.Ordinal))
                {
                    wanted.Add(Path.GetFileName(word.Trim('"', '\'')));
                }
            }
        }
        var commands = new List<ServiceCommand>();
        foreach (var (file, text) in ReadTexts(scripts.Where(s => wanted.Contains(s.Name))))
        {
            commands.AddRange(ShellScriptReader.Read(file, text));
        }
        return commands;
    }
}
