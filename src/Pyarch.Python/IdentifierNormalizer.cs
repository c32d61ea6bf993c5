using System.Globalization;
using System.Text;

namespace Pyarch.Python;

/// <summary>
/// NFKC normalization of identifiers, as CPython applies it to every non-ASCII name (PEP 3131), from a table
/// generated with CPython's <c>unicodedata</c> (<c>tools/gen-nfkc-identifiers.py</c>). Each character is
/// mapped on its own, which is exact for the characters identifiers hold in practice.
/// </summary>
internal static class IdentifierNormalizer
{
    private static readonly Lazy<Dictionary<int, string>> Table = new(Load);

    public static string Normalize(string name)
    {
        Dictionary<int, string> table = Table.Value;
        var builder = new StringBuilder(name.Length);
        bool changed = false;
        foreach (Rune rune in name.EnumerateRunes())
        {
            if (table.TryGetValue(rune.Value, out string? mapped))
            {
                builder.Append(mapped);
                changed = true;
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }
        return changed ? builder.ToString() : name;
    }

    private static Dictionary<int, string> Load()
    {
        var table = new Dictionary<int, string>(4096);
        foreach (string line in EmbeddedTable.Lines("Pyarch.Python.nfkc-identifiers.txt.gz"))
        {
            string[] codes = line.Split(' ');
            var mapped = new StringBuilder();
            for (int i = 1; i < codes.Length; i++)
            {
                mapped.Append(char.ConvertFromUtf32(int.Parse(codes[i], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)));
            }
            table[int.Parse(codes[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)] = mapped.ToString();
        }
        return table;
    }
}
