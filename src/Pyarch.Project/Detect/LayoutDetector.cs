using Pyarch.Project.Frameworks;
using Pyarch.Project.Knowledge;
using Pyarch.Project.Knowledge.Stack;

namespace Pyarch.Project.Detect;

/// <summary>
/// Scores every layout pattern that applies to the project's frameworks and picks the closest: the share of the
/// pattern's items present, and the list of those missing, each located from the pattern's anchor folders.
/// </summary>
public sealed class LayoutDetector(ProjectModel model, DjangoFacts? django, WebAppFacts web, IReadOnlySet<string> frameworks)
{
    private const double FallbackThreshold = 0.5;

    public LayoutResult Detect()
    {
        var scored = LayoutPatterns.All.Where(Applies).Select(Score).ToList();
        var best = scored.Where(s => !IsFallback(s.Pattern)).OrderByDescending(s => s.Score).FirstOrDefault();
        var fallback = scored.Where(s => IsFallback(s.Pattern)).OrderByDescending(s => s.Score).FirstOrDefault();
        if (fallback is not null && fallback.Score > 0 && (best is null || (best.Score < FallbackThreshold && fallback.Score > best.Score)))
        {
            best = fallback;
        }
        return best is null || best.Score == 0 ? new LayoutResult(LayoutPatterns.Unknown, 0, [], []) : best;
    }

    private static bool IsFallback(string pattern) => LayoutPatterns.All.First(p => p.Id == pattern).Fallback;

    private bool Applies(LayoutPattern pattern)
    {
        bool hasWebFramework = frameworks.Count > 0;
        if (pattern.WithoutWebFramework)
        {
            return !hasWebFramework;
        }
        return pattern.Frameworks.Length == 0 || pattern.Frameworks.Any(frameworks.Contains);
    }

    private LayoutResult Score(LayoutPattern pattern)
    {
        var anchors = Anchors(pattern);
        var missing = new List<string>();
        var evidence = new List<Evidence>();
        foreach (var item in pattern.Items)
        {
            string root = item.Anchor switch
            {
                LayoutAnchor.Package => anchors.Package,
                LayoutAnchor.App => "",
                _ => anchors.Base,
            };
            string? found = item.Alternatives.Select(a => Find(item.Anchor, root, a, anchors)).FirstOrDefault(f => f is not null);
            if (found is null)
            {
                missing.Add(item.Anchor == LayoutAnchor.App ? item.Display : Join(root, item.Display));
            }
            else
            {
                evidence.Add(new Evidence(found, 0, $"{pattern.Id}: {item.Display}"));
            }
        }
        double score = Math.Round((double)evidence.Count / pattern.Items.Length, 2, MidpointRounding.AwayFromZero);
        return new LayoutResult(pattern.Id, score, missing, evidence);
    }

    private static string Join(string root, string path) => root.Length == 0 ? path : root + "/" + path;

    private string? Find(LayoutAnchor anchor, string root, string alternative, (string Base, string Package) anchors)
    {
        if (alternative.StartsWith('@'))
        {
            return Fact(alternative, anchors);
        }
        if (anchor == LayoutAnchor.App)
        {
            return django?.AppFolders.Select(a => a + "/" + alternative).FirstOrDefault(model.Tree.Has);
        }
        string path = Join(root, alternative);
        return model.Tree.Has(path) ? path : null;
    }

    private string? Fact(string fact, (string Base, string Package) anchors)
    {
        switch (fact)
        {
            case LayoutPatterns.FactFlaskFactory:
                return web.Factories.FirstOrDefault(f => f.Framework is WebFrameworks.Flask or WebFrameworks.Quart && f.File.EndsWith("/__init__.py", StringComparison.Ordinal))?.File;
            case LayoutPatterns.FactFastApiMain:
                return web.Apps.Concat(web.Factories.Select(f => new WebApp(f.Framework, f.Interface, f.Module, f.Function, f.File, f.Line)))
                    .FirstOrDefault(a => a.Framework == WebFrameworks.FastApi && Path.GetFileName(a.File) == "main.py")?.File;
            case LayoutPatterns.FactPackage:
                string src = Join(anchors.Base, "src");
                return model.Tree.Files.Where(f => f.Name == "__init__.py")
                    .Select(f => f.Directory)
                    .FirstOrDefault(d => IsDirectChild(anchors.Base, d) || IsDirectChild(src, d) && !d.EndsWith("/tests", StringComparison.Ordinal));
            default:
                return null;
        }
    }

    private static bool IsDirectChild(string parent, string dir) =>
        parent.Length == 0 ? !dir.Contains('/') && dir.Length > 0 && dir is not ("tests" or "test")
            : dir.StartsWith(parent + "/", StringComparison.Ordinal) && !dir[(parent.Length + 1)..].Contains('/');

    /// <summary>The base folder and main package folder a pattern's items are looked up from.</summary>
    private (string Base, string Package) Anchors(LayoutPattern pattern)
    {
        if (pattern.Frameworks.Contains(WebFrameworks.Django) && django is not null)
        {
            return (django.BaseDirectory, django.ConfigPackage ?? django.BaseDirectory);
        }
        string? packageFile = pattern.Id switch
        {
            LayoutPatterns.FlaskAppFactory => web.Factories.Concat<object>(web.Apps).Select(FileOf).FirstOrDefault(f => f is not null && IsFramework(f, WebFrameworks.Flask, WebFrameworks.Quart)),
            _ => web.Apps.Select(a => a.File).Concat(web.Factories.Select(f => f.File)).Where(f => !DjangoAnalysis.IsTestPath(f))
                .OrderBy(f => model.Naming.NameOf(f)?.Name.Contains('.') == true ? 0 : 1).FirstOrDefault(),
        };
        if (packageFile is null)
        {
            return ("", "app");
        }
        // The guide's "app/" is the top-level package holding the app, under its source root (src/ stripped for the base).
        string root = model.Naming.RootOf(packageFile);
        string relative = root.Length == 0 ? packageFile : packageFile[(root.Length + 1)..];
        string package = relative.Contains('/') ? Join(root, relative[..relative.IndexOf('/')]) : root;
        string baseDir = root == "src" ? "" : root.EndsWith("/src", StringComparison.Ordinal) ? root[..^4] : root;
        return (baseDir, package);
    }

    private static string? FileOf(object fact) => fact switch
    {
        AppFactory f when !DjangoAnalysis.IsTestPath(f.File) => f.File,
        WebApp a when !DjangoAnalysis.IsTestPath(a.File) => a.File,
        _ => null,
    };

    private bool IsFramework(string file, params string[] ids) =>
        web.Factories.Any(f => f.File == file && ids.Contains(f.Framework)) || web.Apps.Any(a => a.File == file && ids.Contains(a.Framework));
}
