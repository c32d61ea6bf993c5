using System.Text.RegularExpressions;
using Pyarch.Project.Modules;
using Pyarch.Project.Workspace;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Project.Frameworks;

/// <summary>
/// Reads a Django project statically: the settings module named by <c>manage.py</c> (or <c>wsgi.py</c>/<c>asgi.py</c>),
/// every settings file reached from it (a settings package, <c>from .base import *</c>, django-split-settings
/// <c>include()</c>), the settings values, the WSGI/ASGI entry points, apps, migrations and DRF serializers.
/// </summary>
public static partial class DjangoAnalysis
{
    private const string SettingsVariable = "DJANGO_SETTINGS_MODULE";

    public static DjangoFacts? Analyze(ModuleIndex modules, WorkspaceTree tree)
    {
        var manage = modules.Modules.Where(m => Path.GetFileName(m.Path) == "manage.py" && m.Syntax is not null)
            .OrderBy(m => m.Path.Count(c => c == '/')).FirstOrDefault();
        var entryModules = modules.Modules.Where(m => m.Syntax is not null && DjangoEntry(m) is not null).ToList();
        if (manage is null && entryModules.Count == 0)
        {
            return null;
        }
        var settingsModule = SettingsModuleOf(manage) ?? entryModules.Select(SettingsModuleOf).FirstOrDefault(s => s is not null);
        string baseDirectory = manage is null ? "" : Path.GetDirectoryName(manage.Path)?.Replace('\\', '/') ?? "";
        var settingsFiles = settingsModule is null ? [] : SettingsClosure(modules, settingsModule.Value);
        string? configPackage = ConfigPackage(modules, settingsModule?.Value, entryModules);
        var apps = AppFolders(tree, baseDirectory, configPackage);
        return new DjangoFacts(
            baseDirectory,
            settingsModule,
            configPackage,
            settingsFiles.Select(m => m.Path).ToList(),
            SplitEvidence(settingsFiles),
            DjangoSettingsReader.Read(settingsFiles),
            EntryPoints(entryModules, settingsFiles),
            apps,
            apps.Where(a => tree.HasFile(a + "/migrations/__init__.py")).Select(a => new Evidence(a + "/migrations/__init__.py", 0, "app migrations package")).ToList(),
            Serializers(modules));
    }

    /// <summary>The module a <c>manage.py</c>, <c>wsgi.py</c> or <c>asgi.py</c> names in <c>os.environ.setdefault('DJANGO_SETTINGS_MODULE', ...)</c>.</summary>
    internal static Evidenced<string>? SettingsModuleOf(PythonModule? module)
    {
        if (module?.Syntax is not { } syntax)
        {
            return null;
        }
        foreach (var stmt in SyntaxSearch.All(syntax.Body))
        {
            if (stmt is Assign { Targets: [Subscript { Slice: var key }], Value: var value } && PythonSymbols.Str(key) == SettingsVariable && PythonSymbols.Str(value) is { } direct)
            {
                return new(direct, module.Path, module.LineOf(stmt));
            }
            foreach (var call in SyntaxSearch.Expressions(stmt).SelectMany(SyntaxSearch.Calls))
            {
                if (call is { Func: Attribute { Attr: "setdefault" }, Args: [var name, var setting] } && PythonSymbols.Str(name) == SettingsVariable
                    && PythonSymbols.Str(setting) is { } value2)
                {
                    return new(value2, module.Path, module.LineOf(call));
                }
            }
        }
        return null;
    }

    /// <summary>The settings module, the package it belongs to when that package is a settings package, and every module they star-import or include.</summary>
    private static List<PythonModule> SettingsClosure(ModuleIndex modules, string settingsModule)
    {
        var result = new List<PythonModule>();
        var queue = new Queue<string>();
        queue.Enqueue(settingsModule);
        string parent = settingsModule.Contains('.') ? settingsModule[..settingsModule.LastIndexOf('.')] : "";
        string package = parent.EndsWith("settings", StringComparison.Ordinal) ? parent : settingsModule;
        foreach (var module in modules.Modules.Where(m => m.Name == package || m.Name.StartsWith(package + ".", StringComparison.Ordinal)))
        {
            queue.Enqueue(module.Name);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0)
        {
            if (modules.Get(queue.Dequeue()) is not { Syntax: not null } module || !seen.Add(module.Path))
            {
                continue;
            }
            result.Add(module);
            foreach (var import in module.Imports.Where(i => i.IsStar && i.Module is not null))
            {
                queue.Enqueue(import.Module!);
            }
            foreach (string included in SplitSettingsIncludes(module, modules))
            {
                queue.Enqueue(included);
            }
        }
        return result.OrderBy(m => m.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>django-split-settings: <c>include('components/base.py', 'environments/*.py')</c>, relative to the including file.</summary>
    private static IEnumerable<string> SplitSettingsIncludes(PythonModule module, ModuleIndex modules)
    {
        var symbols = new PythonSymbols(module);
        string folder = Path.GetDirectoryName(module.Path)?.Replace('\\', '/') ?? "";
        foreach (var call in SyntaxSearch.AllCalls(module.Syntax!.Body))
        {
            if (symbols.Qualify(call.Func) is not ("split_settings.tools.include" or "split_settings.include"))
            {
                continue;
            }
            foreach (string pattern in call.Args.Select(a => PythonSymbols.Str(a)).OfType<string>())
            {
                string full = ProjectModel.NormalizePath(folder, pattern);
                var regex = new Regex("^" + Regex.Escape(full).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$");
                foreach (var target in modules.Modules.Where(m => regex.IsMatch(m.Path)))
                {
                    yield return target.Name;
                }
            }
        }
    }

    private static Evidence? SplitEvidence(List<PythonModule> settingsFiles)
    {
        foreach (var module in settingsFiles)
        {
            var star = module.Imports.FirstOrDefault(i => i.IsStar && settingsFiles.Any(s => s.Name == i.Module));
            if (star is not null)
            {
                return new Evidence(module.Path, star.Line, $"split settings: star-imports {star.Module}");
            }
        }
        return settingsFiles.Count > 1 ? new Evidence(settingsFiles[0].Path, 0, $"split settings: {settingsFiles.Count} settings files") : null;
    }

    private static string? ConfigPackage(ModuleIndex modules, string? settingsModule, List<PythonModule> entryModules)
    {
        string? settingsPath = settingsModule is null ? null : modules.Get(settingsModule)?.Path;
        string? anchor = settingsPath ?? entryModules.FirstOrDefault()?.Path;
        if (anchor is null)
        {
            return null;
        }
        string folder = Path.GetDirectoryName(anchor)?.Replace('\\', '/') ?? "";
        // config/settings/dev.py and config/settings/__init__.py belong to the package config/.
        return Path.GetFileName(folder) == "settings" ? Path.GetDirectoryName(folder)?.Replace('\\', '/') : folder;
    }
}
