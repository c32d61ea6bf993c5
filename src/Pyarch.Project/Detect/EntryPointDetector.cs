using Pyarch.Project.Frameworks;

namespace Pyarch.Project.Detect;

/// <summary>
/// The targets a production server is given: every Django <c>wsgi.py</c>/<c>asgi.py</c> application (and an
/// <c>ASGI_APPLICATION</c> naming another object), every module-level application object outside tests, and
/// a factory call (<c>app:create_app()</c>) only for a framework whose apps exist only inside factories.
/// </summary>
public static class EntryPointDetector
{
    public static IReadOnlyList<EntryPoint> Detect(DjangoFacts? django, WebAppFacts web)
    {
        var entries = new List<EntryPoint>(django?.EntryPoints ?? []);
        var apps = web.Apps.Where(a => !DjangoAnalysis.IsTestPath(a.File)).ToList();
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
