using Pyarch.Project.Workspace;

namespace Pyarch.Rules.Configuration;

/// <summary>
/// A path glob of <c>exclude</c> and <c>per-file-ignores</c>, in <c>.gitignore</c> syntax as pyarch's own walk reads
/// it: <c>migrations/</c> or <c>__init__.py</c> match at any depth, <c>src/legacy/*.py</c> is anchored to the
/// project root, <c>**</c> spans folders. A pattern that matches a folder covers every file below it.
/// </summary>
public sealed class PathPattern
{
    private readonly GitIgnore _pattern;

    public PathPattern(string text)
    {
        Text = text;
        _pattern = GitIgnore.Parse("", text);
    }

    public string Text { get; }

    /// <summary>True when <paramref name="path"/> (relative to the root, <c>/</c> separators) or a folder above it matches.</summary>
    public bool Matches(string path)
    {
        if (_pattern.Match(path, isDirectory: false) == true)
        {
            return true;
        }
        for (int slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            if (_pattern.Match(path[..slash], isDirectory: true) == true)
            {
                return true;
            }
        }
        return false;
    }

    public override string ToString() => Text;
}
