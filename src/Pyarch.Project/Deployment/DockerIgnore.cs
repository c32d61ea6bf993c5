using System.Text.RegularExpressions;
using Pyarch.Project.Workspace;

namespace Pyarch.Project.Deployment;

/// <summary>
/// The patterns of a <c>.dockerignore</c> (or <c>&lt;name&gt;.dockerignore</c> beside a Dockerfile), matched as
/// BuildKit does: every pattern is anchored at the build context's root (a leading <c>/</c> changes nothing and
/// <c>*.pyc</c> matches only at the top), a pattern that matches a folder excludes what it holds, <c>**</c> spans
/// folders, <c>!</c> re-includes, and the last matching pattern wins.
/// </summary>
public sealed class DockerIgnore
{
    private readonly List<(Regex Pattern, bool Negate)> _rules;

    private DockerIgnore(string file, List<(Regex, bool)> rules)
    {
        File = file;
        _rules = rules;
    }

    public string File { get; }

    public static DockerIgnore Read(string path, string text)
    {
        var rules = new List<(Regex, bool)>();
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            bool negate = line.StartsWith('!');
            string pattern = ProjectModel.NormalizePath("", (negate ? line[1..] : line).Trim());
            if (pattern.Length > 0)
            {
                rules.Add((new Regex("^" + GitIgnore.Translate(pattern) + "$", RegexOptions.CultureInvariant), negate));
            }
        }
        return new DockerIgnore(path, rules);
    }

    /// <summary>True when the path (relative to the context, <c>/</c> separators) stays out of the build context.</summary>
    public bool Excludes(string path)
    {
        var prefixes = new List<string>();
        for (int slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            prefixes.Add(path[..slash]);
        }
        prefixes.Add(path.TrimEnd('/'));
        bool excluded = false;
        foreach (var (pattern, negate) in _rules)
        {
            if (prefixes.Any(pattern.IsMatch))
            {
                excluded = !negate;
            }
        }
        return excluded;
    }
}
