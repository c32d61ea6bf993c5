using System.Security.Cryptography;
using System.Text;

namespace Pyarch.Rules;

/// <summary>
/// Fingerprints that survive line shifts: a hash of the rule code, the file and the normalized code the finding
/// points at, never its line. Identical findings share a fingerprint, so a baseline stores counts and one old
/// finding cannot hide a new identical one.
/// </summary>
public static class Fingerprints
{
    /// <summary>Collapses runs of whitespace so that re-indenting or re-wrapping a line keeps its fingerprint.</summary>
    public static string Normalize(string code)
    {
        var builder = new StringBuilder(code.Length);
        bool space = false;
        foreach (char c in code.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    public static string Of(Finding finding)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{finding.Code}\0{finding.File}\0{finding.Snippet}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
