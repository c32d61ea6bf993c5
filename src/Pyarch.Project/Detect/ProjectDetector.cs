using Pyarch.Project.Frameworks;
using Pyarch.Project.Knowledge;
using Pyarch.Project.Knowledge.Stack;
using Pyarch.Project.Manifests;

namespace Pyarch.Project.Detect;

/// <summary>The entry point of detection: turns a loaded <see cref="ProjectModel"/> into a <see cref="DetectResult"/>.</summary>
public static class ProjectDetector
{
    /// <summary>Web frameworks in the order one is preferred as primary when several are present.</summary>
    private static readonly string[] FrameworkPriority =
    [
        WebFrameworks.Django, WebFrameworks.FastApi, WebFrameworks.Flask, WebFrameworks.Litestar, WebFrameworks.Starlette,
        WebFrameworks.Quart, WebFrameworks.Sanic, WebFrameworks.Aiohttp, WebFrameworks.Tornado, WebFrameworks.Pyramid,
        WebFrameworks.Falcon, WebFrameworks.Bottle,
    ];

    public static DetectResult Detect(string path) => Detect(ProjectLoader.Load(path, environmentReads: false), ".");

    public static DetectResult Detect(ProjectModel model, string root)
    {
        // The web-app search reads every kept tree and shares nothing with the catalog match: one core each.
        var webSearch = Task.Run(() => WebAppAnalysis.Analyze(model.Modules));
        var django = DjangoAnalysis.Analyze(model.Modules, model.Tree);
        var stack = new StackCollector();
        new CatalogMatcher(model, django, stack).Run();
        var web = webSearch.GetAwaiter().GetResult();
        if (django?.SettingsModule is { } settings)
        {
            stack.Add(StackCategory.WebFrameworks, WebFrameworks.Django, new Evidence(settings.File, settings.Line, $"DJANGO_SETTINGS_MODULE {settings.Value}"));
        }
        new StackRules(model, django, web, stack).Run();
        var frameworks = Frameworks(model, stack);
        var ids = frameworks.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var entryPoints = EntryPointDetector.Detect(django, web, model.Commands.Select(c => c.Text));
        return new DetectResult(
            root,
            PythonRequires(model)?.Value,
            Primary(ids, django, web),
            frameworks,
            new LayoutDetector(model, django, web, ids).Detect(),
            entryPoints,
            stack.ToStack(),
            MonorepoFinder.SubProjects(model),
            model.Problems);
    }

    private static List<FrameworkResult> Frameworks(ProjectModel model, StackCollector stack)
    {
        var declarations = model.Declarations.Where(r => r.Specifier.Length > 0).ToList();
        return stack.ToStack()[StackCategory.WebFrameworks]
            .Select(entry =>
            {
                var tech = TechnologyCatalog.Get(StackCategory.WebFrameworks, entry.Id);
                string? version = declarations.FirstOrDefault(r => r.Group is null && tech.Distributions.Contains(r.Name))?.Specifier
                    ?? declarations.FirstOrDefault(r => tech.Distributions.Contains(r.Name))?.Specifier;
                return new FrameworkResult(entry.Id, version, entry.Evidence);
            })
            .ToList();
    }

    /// <summary>A framework whose application the code creates wins over one only declared; ties go by <see cref="FrameworkPriority"/>.</summary>
    private static string? Primary(IReadOnlySet<string> frameworks, DjangoFacts? django, WebAppFacts web)
    {
        var served = web.Apps.Where(a => !DjangoAnalysis.IsTestPath(a.File)).Select(a => a.Framework)
            .Concat(web.Factories.Select(f => f.Framework)).ToHashSet(StringComparer.Ordinal);
        if (django is { EntryPoints.Count: > 0 } || django?.SettingsModule is not null)
        {
            served.Add(WebFrameworks.Django);
        }
        return FrameworkPriority.FirstOrDefault(f => frameworks.Contains(f) && served.Contains(f))
            ?? FrameworkPriority.FirstOrDefault(frameworks.Contains);
    }

    /// <summary>The project's <c>requires-python</c> (or its equivalent), from the shallowest manifest of the first kind that has one.</summary>
    public static Evidenced<string>? PythonRequires(ProjectModel model)
    {
        ManifestKind[] order = [ManifestKind.Pyproject, ManifestKind.SetupCfg, ManifestKind.SetupPy, ManifestKind.Pipfile, ManifestKind.CondaEnvironment];
        return order.Select(kind => model.Manifests
                .Where(m => m.Kind == kind && m.RequiresPython is not null)
                .OrderBy(m => m.File.Count(c => c == '/')).ThenBy(m => m.File, StringComparer.Ordinal)
                .FirstOrDefault()?.RequiresPython)
            .FirstOrDefault(v => v is not null);
    }
}
