using System.Text.RegularExpressions;
using Pyarch.Project.Frameworks;
using Pyarch.Project.Modules;

namespace Pyarch.Project.Settings;

/// <summary>
/// Chooses the settings module production runs with: <c>DJANGO_SETTINGS_MODULE</c> as a Dockerfile <c>ENV</c> sets
/// it, or a deployment command (Procfile, compose, platform file, start script) passes it or <c>--settings</c>;
/// else a <c>settings/prod*.py</c> or <c>production.py</c> module, or a <c>prod*</c> module beside the one the entry
/// points name (<c>config/django/production.py</c> next to <c>base.py</c>); else the default of <c>wsgi.py</c>,
/// <c>asgi.py</c> and <c>manage.py</c>, which development usually runs with; else a lone <c>settings.py</c> that
/// binds Django settings and does not import Flask.
/// </summary>
public static partial class DjangoSettingsLocator
{
    public static Evidenced<string>? Locate(ProjectModel project)
    {
        var modules = project.Modules;
        bool Exists(string name) => modules.Get(name) is { Syntax: not null };
        foreach (var candidate in FromDeployment(project))
        {
            if (Exists(candidate.Value))
            {
                return candidate;
            }
        }
        var fromEntry = new[] { "wsgi.py", "asgi.py", "manage.py" }
            .Select(entry => modules.Modules.Where(m => Path.GetFileName(m.Path) == entry).OrderBy(m => m.Path.Count(c => c == '/'))
                .Select(DjangoAnalysis.SettingsModuleOf).FirstOrDefault(s => s is not null && Exists(s.Value)))
            .FirstOrDefault(s => s is not null);
        // A prod* module in a settings package, or beside the module the entry points default to (HackSoft's
        // config/django/production.py next to the base.py that wsgi.py names): production runs with it. FastAPI and
        // Flask projects keep pydantic settings in settings/production.py too, so the guess needs a project whose code
        // imports Django and a module that reads as Django settings (it star-imports a base or binds a setting).
        string? entryPackage = fromEntry?.Value.LastIndexOf('.') is int dot and > 0 ? fromEntry.Value[..dot] : null;
        var production = !modules.Modules.Any(m => m.Imports.Any(i => i.TopLevel == "django")) ? null : modules.Modules
            .Where(m => m.Syntax is not null && m.Name.Contains('.') && IsProductionName(m.Name.Split('.')[^1])
                && (m.Name.Split('.')[^2].Contains("settings", StringComparison.Ordinal) || m.Name[..m.Name.LastIndexOf('.')] == entryPackage)
                && (m.Imports.Any(i => i.IsStar) || BindsSettings(m)))
            .OrderBy(m => m.Path.Count(c => c == '/')).ThenBy(m => m.Path, StringComparer.Ordinal).FirstOrDefault();
        if (production is not null)
        {
            return new Evidenced<string>(production.Name, production.Path, 0);
        }
        if (fromEntry is not null)
        {
            return fromEntry;
        }
        return modules.Modules
            .Where(m => m.Syntax is not null && m.Name.Split('.')[^1] == "settings" && BindsSettings(m))
            .OrderBy(m => m.Path.Count(c => c == '/')).ThenBy(m => m.Path, StringComparer.Ordinal)
            .Select(m => new Evidenced<string>(m.Name, m.Path, 0)).FirstOrDefault();
    }

    private static bool BindsSettings(PythonModule module) =>
        !module.Imports.Any(i => i.TopLevel == "flask")
        && module.Syntax!.Body.Select(SyntaxSearch.Binding).Any(b => b is { Name: var name } && DjangoDefaults.For(name) is not null);

    private static bool IsProductionName(string name) => name.StartsWith("prod", StringComparison.Ordinal);

    private static IEnumerable<Evidenced<string>> FromDeployment(ProjectModel project)
    {
        foreach (var dockerfile in project.Dockerfiles)
        {
            foreach (var env in dockerfile.FinalStage?.Instructions.Where(i => i.Keyword == "ENV") ?? [])
            {
                if (VariablePattern().Match(env.Arguments) is { Success: true } match)
                {
                    yield return new Evidenced<string>(match.Groups["module"].Value, dockerfile.File, env.Line);
                }
            }
        }
        foreach (var command in project.Commands)
        {
            var match = VariablePattern().Match(command.Text);
            if (!match.Success)
            {
                match = SettingsOption().Match(command.Text);
            }
            if (match.Success)
            {
                yield return new Evidenced<string>(match.Groups["module"].Value, command.File, command.Line);
            }
        }
    }

    [GeneratedRegex(@"DJANGO_SETTINGS_MODULE[= ]\s*[""']?(?<module>[A-Za-z_][\w.]*)")]
    private static partial Regex VariablePattern();

    [GeneratedRegex(@"--settings[= ][""']?(?<module>[A-Za-z_][\w.]*)")]
    private static partial Regex SettingsOption();
}
