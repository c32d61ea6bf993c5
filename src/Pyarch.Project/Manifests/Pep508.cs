using System.Text.RegularExpressions;

namespace Pyarch.Project.Manifests;

/// <summary>Splits a PEP 508 requirement string (<c>name[extra]>=1; marker</c> or <c>name @ url</c>) into its parts.</summary>
public static partial class Pep508
{
    [GeneratedRegex(@"^\s*(?<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[(?<extras>[^\]]*)\])?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^\(?\s*((~=|===|==|!=|<=|>=|<|>)\s*[A-Za-z0-9_.*+!-]+\s*,?\s*)*\)?$")]
    private static partial Regex SpecifierShape();

    /// <summary>Parses one requirement; null when the text is not a valid PEP 508 requirement.</summary>
    public static Requirement? Parse(string text, string? group, string file, int line)
    {
        string body = text;
        string? marker = null;
        int semi = FindMarkerSeparator(text);
        if (semi >= 0)
        {
            body = text[..semi];
            marker = text[(semi + 1)..].Trim();
        }
        var match = Shape().Match(body);
        if (!match.Success)
        {
            return null;
        }
        string rest = match.Groups["rest"].Value.Trim();
        string? url = null;
        if (rest.StartsWith('@'))
        {
            url = rest[1..].Trim();
            rest = "";
            if (url.Length == 0)
            {
                return null;
            }
        }
        else if (rest.Length > 0 && !SpecifierShape().IsMatch(rest))
        {
            return null;
        }
        var extras = match.Groups["extras"].Success
            ? match.Groups["extras"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        string name = match.Groups["name"].Value;
        string specifier = rest.Trim('(', ')').Replace(" ", "", StringComparison.Ordinal).TrimEnd(',');
        return new Requirement(Requirement.Normalize(name), name, specifier, extras, marker, group, file, line) { Url = url };
    }

    private static int FindMarkerSeparator(string text)
    {
        // In "name @ url ; marker" the separator must be preceded by whitespace so that URLs keep their ';'.
        int at = text.IndexOf('@', StringComparison.Ordinal);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == ';' && (at < 0 || (i > 0 && char.IsWhiteSpace(text[i - 1]))))
            {
                return i;
            }
        }
        return -1;
    }
}
