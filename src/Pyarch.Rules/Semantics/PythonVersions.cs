using System.Text.RegularExpressions;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// Python versions as projects write them: <c>3.11</c>, <c>3.11.4</c>, image tags (<c>python:3.11-slim</c>,
/// <c>uv:python3.12-bookworm</c>), and PEP 440 specifiers (<c>&gt;=3.10,&lt;3.13</c>, <c>~=3.11</c>, <c>==3.11.*</c>).
/// </summary>
public static partial class PythonVersions
{
    /// <summary>The leading <c>major.minor[.patch]</c> of a version string, or null when it does not start with one.</summary>
    public static int[]? Parse(string text)
    {
        var match = VersionPrefix().Match(text.Trim());
        return match.Success ? match.Groups[1].Value.Split('.').Select(int.Parse).ToArray() : null;
    }

    /// <summary>The Python version an image reference names in its tag, for images named <c>python</c> or tagged <c>pythonX.Y</c>.</summary>
    public static int[]? OfImage(string image)
    {
        int colon = image.LastIndexOf(':');
        if (colon < 0 || image.IndexOf('/', colon) >= 0)
        {
            return null;
        }
        string name = image[..colon];
        string tag = image[(colon + 1)..];
        if (name == "python" || name.EndsWith("/python", StringComparison.Ordinal))
        {
            return Parse(tag);
        }
        var inTag = TaggedPython().Match(tag);
        return inTag.Success ? Parse(inTag.Groups[1].Value) : null;
    }

    /// <summary>Whether two written versions agree on every component both give (<c>3.11</c> agrees with <c>3.11.4</c>).</summary>
    public static bool Agree(int[] a, int[] b) => a.Zip(b).All(p => p.First == p.Second);

    /// <summary>Whether a specifier allows some release of the written version (<c>3.11</c> stands for any 3.11.x).</summary>
    public static bool Allows(string specifier, int[] version)
    {
        if (version.Length >= 3)
        {
            return AllowsExactly(specifier, version);
        }
        for (int patch = 0; patch <= 30; patch++)
        {
            if (AllowsExactly(specifier, [version[0], version.Length > 1 ? version[1] : 0, patch]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AllowsExactly(string specifier, int[] version)
    {
        foreach (string clause in specifier.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Clause().Match(clause);
            if (!match.Success)
            {
                continue; // An unreadable clause constrains nothing pyarch can check.
            }
            string op = match.Groups["op"].Value;
            string written = match.Groups["version"].Value;
            bool wildcard = written.EndsWith(".*", StringComparison.Ordinal);
            var bound = written.TrimEnd('*', '.').Split('.').Select(int.Parse).ToArray();
            int order = Compare(version, bound);
            bool prefix = Agree(version, bound) && version.Length >= bound.Length;
            bool ok = op switch
            {
                "==" or "===" => wildcard ? prefix : order == 0,
                "!=" => wildcard ? !prefix : order != 0,
                ">=" => order >= 0,
                "<=" => order <= 0,
                ">" => order > 0,
                "<" => order < 0,
                "~=" => order >= 0 && Agree(version, bound[..Math.Max(1, bound.Length - 1)]),
                _ => true,
            };
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    private static int Compare(int[] a, int[] b)
    {
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            int x = i < a.Length ? a[i] : 0;
            int y = i < b.Length ? b[i] : 0;
            if (x != y)
            {
                return x.CompareTo(y);
            }
        }
        return 0;
    }

    [GeneratedRegex(@"^(\d+\.\d+(?:\.\d+)?)")]
    private static partial Regex VersionPrefix();

    [GeneratedRegex(@"python(\d+\.\d+)")]
    private static partial Regex TaggedPython();

    [GeneratedRegex(@"^(?<op>===|==|!=|~=|>=|<=|>|<)\s*(?<version>\d+(?:\.\d+)*(?:\.\*)?)$")]
    private static partial Regex Clause();
}
