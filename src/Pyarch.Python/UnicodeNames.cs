using System.Globalization;
using System.Numerics;
using System.Text;

namespace Pyarch.Python;

/// <summary>
/// Unicode character names for <c>\N{...}</c> escapes: a table generated from CPython's <c>unicodedata</c>
/// (<c>tools/gen-unicode-names.py</c>), plus the names Unicode derives from code points. Loaded on first use.
/// </summary>
internal static class UnicodeNames
{
    private static readonly Lazy<NameIndex> Table = new(NameIndex.Load);

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
        return Table.Value.TryGet(upper, out codePoint) || TryDerived(upper, out codePoint);
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
    /// The table as its decompressed text with an open-addressing index of line offsets: a name is looked up in the
    /// bytes it was read into. A dictionary of 32,000 strings took 27 ms to build, the first time any file held
    /// a <c>\N{...}</c> escape (26 files of the standard library do), and then sat in the heap for every collection.
    /// </summary>
    private sealed class NameIndex
    {
        private readonly byte[] _data;
        /// <summary>Per slot, the offset of a line's name plus one; zero is an empty slot.</summary>
        private readonly int[] _slots;
        private readonly int[] _codePoints;

        private NameIndex(byte[] data, int[] slots, int[] codePoints)
        {
            _data = data;
            _slots = slots;
            _codePoints = codePoints;
        }

        public static NameIndex Load()
        {
            byte[] data = EmbeddedTable.Bytes("Pyarch.Python.unicode-names.txt.gz");
            int lines = data.AsSpan().Count((byte)'\n');
            int[] slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, lines * 2))];
            int[] codePoints = new int[slots.Length];
            for (int start = 0; start < data.Length;)
            {
                int end = data.AsSpan(start).IndexOf((byte)'\n') is var n and >= 0 ? start + n : data.Length;
                ReadOnlySpan<byte> line = data.AsSpan(start, end - start);
                int space = line.IndexOf((byte)' ');
                if (line.Length > 0 && line[0] != '#' && space > 0
                    && int.TryParse(line[..space], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                {
                    int nameStart = start + space + 1;
                    int slot = FreeSlot(slots, data, nameStart, end - nameStart);
                    slots[slot] = nameStart + 1;
                    codePoints[slot] = code;
                }
                start = end + 1;
            }
            return new NameIndex(data, slots, codePoints);
        }

        /// <summary>An upper-case name's code point.</summary>
        public bool TryGet(string name, out int codePoint)
        {
            int mask = _slots.Length - 1;
            for (int slot = Hash<char>(name) & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
            {
                if (Ascii.Equals(NameAt(_data, _slots[slot] - 1), name))
                {
                    codePoint = _codePoints[slot];
                    return true;
                }
            }
            codePoint = 0;
            return false;
        }

        private static int FreeSlot(int[] slots, byte[] data, int nameStart, int nameLength)
        {
            int mask = slots.Length - 1;
            int slot = Hash<byte>(data.AsSpan(nameStart, nameLength)) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private static ReadOnlySpan<byte> NameAt(byte[] data, int start)
        {
            int length = data.AsSpan(start).IndexOf((byte)'\n');
            return data.AsSpan(start, length < 0 ? data.Length - start : length);
        }

        /// <summary>FNV-1a over the characters, the same for a name's bytes and its UTF-16 text.</summary>
        private static int Hash<T>(ReadOnlySpan<T> name)
            where T : struct, IBinaryInteger<T>
        {
            uint hash = 2166136261;
            foreach (T c in name)
            {
                hash = (hash ^ uint.CreateTruncating(c)) * 16777619;
            }
            return (int)(hash & int.MaxValue);
        }
    }
}
