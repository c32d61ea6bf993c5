using System.Text;
using System.Text.RegularExpressions;

namespace Pyarch.Project.Workspace;

/// <summary>
/// The patterns of one <c>.gitignore</c>, matched as git does (gitignore(5)): a pattern with a slash before
/// its end is anchored to the file's folder, otherwise it matches at any depth; <c>**</c> spans folders;
/// a trailing slash matches folders only; <c>!</c> re-includes; the last matching pattern wins.
/// </summary>
public sealed class GitIgnore
{
    private readonly List<(Regex Pattern, bool Negate, bool DirectoryOnly)> _rules;

    private GitIgnore(string baseDirectory, List<(Regex, bool, bool)> rules)
    {
        BaseDirectory = baseDirectory;
        _rules = rules;
    }

    /// <summary>The folder holding the <c>.gitignore</c>, relative to the root ("" for the root).</summary>
    public string BaseDirectory { get; }

    public static GitIgnore Parse(string baseDirectory, string text)
    {
        var rules = new List<(Regex, bool, bool)>();
        foreach (string raw in text.Split('\n'))
        {
            string line = TrimUnescapedTrailingSpaces(raw.TrimEnd('\r'));
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            bool negate = line.StartsWith('!');
            if (negate || line.StartsWith("\\!", StringComparison.Ordinal) || line.StartsWith("\\#", StringComparison.Ordinal))
            {
                line = line[1..];
            }
            bool directoryOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            if (line.Length == 0)
            {
                continue;
            }
            bool anchored = line.Contains('/');
            line = line.TrimStart('/');
            string regex = (anchored ? "^" : "^(?:.*/)?") + Translate(line) + "$";
            rules.Add((new Regex(regex, RegexOptions.CultureInvariant), negate, directoryOnly));
        }
        return new GitIgnore(baseDirectory, rules);
    }

    /// <summary>True (ignored), false (re-included by <c>!</c>) or null (no pattern matches).</summary>
    public bool? Match(string relativeToBase, bool isDirectory)
    {
        for (int i = _rules.Count - 1; i >= 0; i--)
        {
            var (pattern, negate, directoryOnly) = _rules[i];
            if ((!directoryOnly || isDirectory) && pattern.IsMatch(relativeToBase))
            {
                return !negate;
            }
        }
        return null;
    }

    private static string TrimUnescapedTrailingSpaces(string line)
    {
        int end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }
        return line[..end];
    }

    /// <summary>A glob (<c>*</c>, <c>?</c>, <c>[...]</c>, <c>**</c>) as a regular expression body; <c>.dockerignore</c> globs share it.</summary>
    internal static string Translate(string glob)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                bool slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else if (c == '[' && glob.IndexOf(']', i + 1) is int close && close > i + 1)
            {
                sb.Append(CharacterClass(glob[(i + 1)..close]));
                i = close;
            }
            else if (c == '\\' && i + 1 < glob.Length)
            {
                sb.Append(Regex.Escape(glob[++i].ToString()));
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// A glob's <c>[...]</c> as a regular expression class that always compiles: a reversed range (<c>z-a</c>) holds
    /// nothing, as in git's wildmatch, where passing it through made <c>Regex</c> throw on the user's pattern.
    /// </summary>
    private static string CharacterClass(string set)
    {
        bool negate = set.StartsWith('!');
        var body = new StringBuilder();
        for (int k = negate ? 1 : 0; k < set.Length; k++)
        {
            if (k + 2 < set.Length && set[k + 1] == '-')
            {
                if (set[k] <= set[k + 2])
                {
                    body.Append(InClass(set[k])).Append('-').Append(InClass(set[k + 2]));
                }
                k += 2;
            }
            else
            {
                body.Append(InClass(set[k]));
            }
        }
        if (body.Length == 0)
        {
            return negate ? "[^/]" : "(?!)";
        }
        return (negate ? "[^/" : "[") + body + "]";
    }

    private static string InClass(char c) => c is '\\' or ']' or '[' or '^' or '-' ? "\\" + c : c.ToString();
}
