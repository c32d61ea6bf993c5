using Pyarch.Project.Frameworks;

namespace Pyarch.Project.Detect;

/// <summary>
/// The targets a production server is given: every Django <c>wsgi.py</c>/<c>asgi.py</c> application (and an
/// <c>ASGI_APPLICATION</c> naming another object), every module-level application object outside tests, and
/// a factory call (<c>app:create_app()</c>) only for a framework whose apps exist only inside factories.
/// When the project's deployment commands name some of those apps (<c>gunicorn microblog:app</c>), the apps
/// they do not name (a worker's <c>app = create_app()</c> in <c>tasks.py</c>) are not entry points.
/// </summary>
public static class EntryPointDetector
{
    public static IReadOnlyList<EntryPoint> Detect(DjangoFacts? django, WebAppFacts web, IEnumerable<string> commands)
    {
        var entries = new List<EntryPoint>(django?.EntryPoints ?? []);
        var apps = web.Apps.Where(a => !DjangoAnalysis.IsTestPath(a.File)).ToList();
        string commandText = string.Join('\n', commands);
        bool Served(WebApp app) => commandText.Contains($"{app.Module}:{app.Variable}", StringComparison.Ordinal);
        if (apps.Any(Served))
        {
            apps = apps.Where(a => Served(a) || apps.All(o => o.Framework != a.Framework || !Served(o))).ToList();
        }
        foreach (var app in apps)
        {
            entries.Add(new EntryPoint(app.Interface, $"{app.Module}:{app.Variable}", app.File, app.Line));
        }
        var servedFrameworks = apps.Select(a => a.Framework).ToHashSet(StringComparer.Ordinal);
        foreach (var factory in web.Factories.Where(f => !DjangoAnalysis.IsTestPath(f.File) && !servedFrameworks.Contains(f.Framework)))
        {
            entries.Add(new EntryPoint(factory.Interface, $"{factory.Module}:{factory.Function}()", factory.File, factory.Line));
        }
        return entries.DistinctBy(e => e.Target).OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();
    }
}
