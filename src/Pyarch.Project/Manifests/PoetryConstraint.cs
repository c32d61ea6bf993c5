using System.Globalization;

namespace Pyarch.Project.Manifests;

/// <summary>Turns Poetry's version constraints (<c>^4.2</c>, <c>~1.2</c>, <c>4.2.*</c>, <c>*</c>) into PEP 440 specifiers.</summary>
public static class PoetryConstraint
{
    public static string ToSpecifier(string constraint)
    {
        var parts = constraint.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (constraint.Contains("||", StringComparison.Ordinal))
        {
            return constraint.Replace(" ", "", StringComparison.Ordinal);
        }
        return string.Join(',', parts.SelectMany(ConvertOne).Where(s => s.Length > 0));
    }

    private static IEnumerable<string> ConvertOne(string part)
    {
        if (part is "*" or "")
        {
            yield break;
        }
        if (part.StartsWith('^'))
        {
            var version = Numbers(part[1..]);
            int bump = version.FindIndex(n => n != 0);
            bump = bump < 0 ? version.Count - 1 : bump;
            yield return ">=" + part[1..].Trim();
            yield return "<" + Upper(version, bump);
        }
        else if (part.StartsWith('~') && !part.StartsWith("~=", StringComparison.Ordinal))
        {
            var version = Numbers(part[1..]);
            yield return ">=" + part[1..].Trim();
            yield return "<" + Upper(version, version.Count > 1 ? 1 : 0);
        }
        else if (char.IsAsciiDigit(part[0]))
        {
            yield return "==" + part;
        }
        else
        {
            yield return part.Replace(" ", "", StringComparison.Ordinal);
        }
    }

    private static List<int> Numbers(string version) =>
        version.Trim().Split('.').Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0).ToList();

    private static string Upper(List<int> version, int index)
    {
        var upper = version.Take(index + 1).ToList();
        upper[index]++;
        return string.Join('.', upper);
    }
}
