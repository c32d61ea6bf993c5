using System.Globalization;
using System.Text;

namespace Pyarch.Python;

/// <summary>
/// Unicode character names for <c>\N{...}</c> escapes: a table generated from CPython's <c>unicodedata</c>
/// (<c>tools/gen-unicode-names.py</c>), plus the names Unicode derives from code points. Loaded on first use.
/// </summary>
internal static class UnicodeNames
{
    private static readonly Lazy<Dictionary<string, int>> Table = new(Load);

    private static readonly string[] HangulLeads = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] HangulVowels = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] HangulTrails = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    /// <summary>Looks a name up as CPython does: case-insensitively.</summary>
    public static bool TryLookup(string name, out int codePoint)
    {
        string upper = name.ToUpperInvariant();
        if (Table.Value.TryGetValue(upper, out codePoint))
        {
            return true;
        }
        return TryDerived(upper, out codePoint);
    }

    private static bool TryDerived(string name, out int codePoint)
    {
        codePoint = 0;
        foreach (string prefix in (ReadOnlySpan<string>)["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-", "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                ReadOnlySpan<char> hex = name.AsSpan(prefix.Length);
                return hex.Length is 4 or 5
                    && int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out codePoint)
                    && Rune.IsValid(codePoint)
                    && CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.OtherLetter;
            }
        }
        const string Hangul = "HANGUL SYLLABLE ";
        if (!name.StartsWith(Hangul, StringComparison.Ordinal))
        {
            return false;
        }
        string rest = name[Hangul.Length..];
        // Longest-first matching of the three jamo parts, as in Unicode's Hangul syllable name rule.
        for (int l = 0; l < HangulLeads.Length; l++)
        {
            if (!rest.StartsWith(HangulLeads[l], StringComparison.Ordinal))
            {
                continue;
            }
            for (int v = 0; v < HangulVowels.Length; v++)
            {
                string afterLead = rest[HangulLeads[l].Length..];
                if (!afterLead.StartsWith(HangulVowels[v], StringComparison.Ordinal))
                {
                    continue;
                }
                int t = Array.IndexOf(HangulTrails, afterLead[HangulVowels[v].Length..]);
                if (t >= 0)
                {
                    codePoint = 0xAC00 + (l * 21 + v) * 28 + t;
                    return true;
                }
            }
        }
        return false;
    }

    private static Dictionary<string, int> Load()
    {
        var table = new Dictionary<string, int>(40000, StringComparer.Ordinal);
        foreach (string line in EmbeddedTable.Lines("Pyarch.Python.unicode-names.txt.gz"))
        {
            int space = line.IndexOf(' ');
            if (space < 0)
            {
                continue;
            }
            int code = int.Parse(line.AsSpan(0, space), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            table[line[(space + 1)..]] = code;
        }
        return table;
    }
}
