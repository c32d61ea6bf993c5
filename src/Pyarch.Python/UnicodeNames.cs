using System.Globalization;
using System.Text;

namespace Pyarch.Python;

/// <summary>
/// Unicode character names for <c>\N{...}</c> escapes: a table generated from CPython's <c>unicodedata</c>
/// (<c>tools/gen-unicode-names.py</c>) searched where it is embedded, plus the names Unicode derives from code points.
/// </summary>
internal static class UnicodeNames
{
    private static readonly string[] HangulLeads = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] HangulVowels = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] HangulTrails = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    /// <summary>Looks a name up as CPython does: ignoring the case of ASCII letters (and only theirs).</summary>
    public static bool TryLookup(ReadOnlySpan<char> name, out int codePoint)
    {
        codePoint = 0;
        if (!Ascii.IsValid(name))
        {
            return false;
        }
        string upper = string.Create(name.Length, name, static (into, from) => Ascii.ToUpper(from, into, out _));
        return TryTable(upper, out codePoint) || TryDerived(upper, out codePoint);
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

    /// <summary>
    /// Looks an upper-case name up in the table (<c>tools/gen-unicode-names.py</c>): one <c>NAME;HEX</c> line per
    /// name, sorted by name, embedded uncompressed so that a look-up is a binary search in the resource as it is,
    /// about sixteen reads of a few hundred bytes with nothing decompressed, parsed or kept. Decompressing and indexing
    /// the table took 10 to 20 ms the first time a file held a <c>\N{...}</c> escape (26 files of the standard
    /// library do), more than the rest of a one-file parse.
    /// </summary>
    private static bool TryTable(string name, out int codePoint)
    {
        codePoint = 0;
        using Stream? table = typeof(UnicodeNames).Assembly.GetManifestResourceStream("Pyarch.Python.unicode-names.txt");
        if (table is null)
        {
            return false;
        }
        // Every line is shorter than this (the generator checks), so a window this far either side of a position holds
        // the whole line around it.
        const int MaxLine = 128;
        Span<byte> window = stackalloc byte[2 * MaxLine];
        long low = 0, high = table.Length; // the lines that start in [low, high) are left to search
        while (low < high)
        {
            long middle = low + (high - low) / 2;
            long from = Math.Max(0, middle - MaxLine);
            table.Position = from;
            ReadOnlySpan<byte> bytes = window[..table.ReadAtLeast(window, window.Length, throwOnEndOfStream: false)];
            int at = (int)(middle - from);
            int start = bytes[..at].LastIndexOf((byte)'\n') + 1;
            int end = bytes[at..].IndexOf((byte)'\n') is var next and >= 0 ? at + next : -1;
            if (end < 0)
            {
                return false; // not a table this code wrote
            }
            ReadOnlySpan<byte> line = bytes[start..end];
            int separator = line.IndexOf((byte)';');
            // The one line without a separator is the leading comment, before every name.
            int order = separator < 0 ? 1 : Compare(name, line[..separator]);
            if (order == 0)
            {
                return int.TryParse(line[(separator + 1)..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out codePoint);
            }
            if (order < 0)
            {
                high = from + start;
            }
            else
            {
                low = from + end + 1;
            }
        }
        return false;
    }

    /// <summary>Orders an ASCII name against a table name by code unit, as the generator sorted them.</summary>
    private static int Compare(string name, ReadOnlySpan<byte> other)
    {
        int common = Math.Min(name.Length, other.Length);
        for (int i = 0; i < common; i++)
        {
            if (name[i] != other[i])
            {
                return name[i] - other[i];
            }
        }
        return name.Length - other.Length;
    }
}
