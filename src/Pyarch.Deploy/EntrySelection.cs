using Pyarch.Project;
using Pyarch.Project.Frameworks;
using Pyarch.Project.Modules;

namespace Pyarch.Deploy;

/// <summary>
/// Picks the web entry point and, for Django, the settings module, from detect's candidates. A Django project's
/// <c>wsgi.py</c> and <c>asgi.py</c> are one candidate (ASGI when it uses Channels); two applications, or two
/// settings modules that both build on a base module, are ambiguous: pyarch lists them and asks for
/// <c>--entry</c> instead of guessing.
/// </summary>
internal static class EntrySelection
{
    public static (EntryPoint Entry, EnvSetting? Settings) Choose(
        ProjectModel model, IReadOnlyList<EntryPoint> entryPoints, DjangoFacts? django, IReadOnlyList<string> requested)
    {
        var djangoEntries = entryPoints.Where(e => django?.EntryPoints.Contains(e) == true).ToList();
        var apps = entryPoints.Except(djangoEntries).ToList();
        var candidates = new List<EntryPoint>(apps);
        if (djangoEntries.Count > 0)
        {
            candidates.Insert(0, djangoEntries.FirstOrDefault(e => e.Kind == (UsesChannels(django!) ? "asgi" : "wsgi")) ?? djangoEntries[0]);
        }
        var chosen = Pick(candidates, requested, "entry point", e => e.Target, e => $"{e.Kind}  {e.File}:{e.Line}");
        if (chosen.Kind is not ("wsgi" or "asgi"))
        {
            throw new DeployException($"{chosen.File}:{chosen.Line}: `{chosen.Target}` is a {chosen.Kind} application; pyarch deploy serves WSGI and ASGI applications");
        }
        var module = django is not null && djangoEntries.Contains(chosen)
            ? Pick(SettingsCandidates(model.Modules, django, chosen), requested, "Django settings module", m => m.Name, m => m.Path)
            : null;
        if (requested.FirstOrDefault(r => r != chosen.Target && r != module?.Name) is { } unknown)
        {
            throw new DeployException($"--entry {unknown} names no entry point or settings module of this project (run `pyarch detect` to see them)");
        }
        var settings = module is null ? null : new EnvSetting("DJANGO_SETTINGS_MODULE", false, new Evidence(module.Path, 0, "Django settings module"), module.Name);
        return (chosen, settings);
    }

    /// <summary>Django Channels (or daphne's runserver) is installed, or <c>ASGI_APPLICATION</c> names the app: serve ASGI.</summary>
    public static bool UsesChannels(DjangoFacts django) =>
        django.Settings.AsgiApplication is not null || django.Settings.InstalledApps.Any(a => a.Value is "channels" or "daphne");

    private static T Pick<T>(List<T> candidates, IReadOnlyList<string> requested, string what, Func<T, string> name, Func<T, string> where)
    {
        var asked = candidates.Where(c => requested.Contains(name(c))).ToList();
        if (asked.Count == 1 || (asked.Count == 0 && candidates.Count == 1))
        {
            return asked.Count == 1 ? asked[0] : candidates[0];
        }
        if (candidates.Count == 0)
        {
            throw new DeployException($"no {what} found: pyarch deploy needs a WSGI or ASGI application (a Flask or FastAPI app object, an app factory, or Django's wsgi.py/asgi.py)");
        }
        int width = candidates.Max(c => name(c).Length);
        string list = string.Join('\n', candidates.Select(c => "  " + name(c).PadRight(width) + "  " + where(c)));
        throw new DeployException($"the {what} is ambiguous: {candidates.Count} candidates; choose one with --entry\n{list}");
    }

    /// <summary>
    /// Split settings that star-import a base (<c>dev.py</c> and <c>prod.py</c> both doing <c>from .base import *</c>)
    /// offer each leaf, minus test settings, unless the server's own module (<c>wsgi.py</c>) names another default
    /// than <c>manage.py</c> does: that is the project's choice for its server. Otherwise the module <c>manage.py</c>
    /// names is the only one.
    /// </summary>
    private static List<PythonModule> SettingsCandidates(ModuleIndex modules, DjangoFacts django, EntryPoint entry)
    {
        var serverDefault = DjangoAnalysis.SettingsModuleOf(modules.Modules.FirstOrDefault(m => m.Path == entry.File));
        if (serverDefault is not null && serverDefault.Value != django.SettingsModule?.Value && modules.Get(serverDefault.Value) is { } serverSettings)
        {
            return [serverSettings];
        }
        var named = django.SettingsModule is { } s ? modules.Get(s.Value) : null;
        var files = django.SettingsFiles.Select(p => modules.Modules.First(m => m.Path == p)).ToList();
        bool starSplit = django.SplitSettings?.Reason.StartsWith("split settings: star-imports", StringComparison.Ordinal) == true;
        if (!starSplit)
        {
            return named is null ? files.Take(1).ToList() : [named];
        }
        var imported = files.SelectMany(f => f.Imports.Where(i => i.IsStar).Select(i => i.Module)).ToHashSet(StringComparer.Ordinal);
        return files.Where(f => !imported.Contains(f.Name) && !f.IsPackage && !f.Name.Split('.')[^1].StartsWith("test", StringComparison.Ordinal)).ToList();
    }
}
