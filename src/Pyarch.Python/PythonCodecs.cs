using System.Globalization;
using System.Text;

namespace Pyarch.Python;

/// <summary>
/// The codecs a PEP 263 coding line may name, found by CPython's rules (<c>encodings.normalize_encoding</c> and the
/// aliases of <c>encodings.aliases</c>), each with the name and reason CPython's decode errors give. The single-byte
/// code pages decode through CPython's own tables (<c>Resources/code-pages.txt</c>, made by
/// <c>tools/gen-code-pages.py</c>): the same characters, the same undefined bytes, and all 70 of them, where .NET's
/// code pages lacked 16 (cp1125, iso8859_16, ptcp154...), differed in a few characters (mac_roman's 0xBD, the Ohm sign
/// rather than omega) and took bytes CPython refuses (cp1252's 0x81).
/// </summary>
/// <remarks>
/// The multibyte codecs decode through .NET's code page of the same name. Compared with CPython byte by byte (every
/// single byte, and every character CPython encodes in more than one), cp949, gb2312, gbk, gb18030, iso2022_kr and
/// shift_jis decode all that CPython decodes to the same text, though .NET takes some sequences that CPython refuses
/// (a lone 0xFF, for one); the rest refuse some that CPython decodes (euc_jp's JIS X 0212, cp932's IBM extensions).
/// Codecs .NET lacks altogether (big5hkscs, euc_jis_2004...) are not listed.
/// </remarks>
internal static class PythonCodecs
{
    /// <summary>
    /// A codec: its CPython name, the name and reason CPython's decode errors give, and how it decodes: a
    /// single-byte code page by its table of 256 characters, any other by the .NET code page.
    /// </summary>
    /// <param name="table">For a single-byte code page, the character of each byte, four hex digits each.</param>
    public sealed class Codec(string name, string errorName, string reason, int codePage, string? table = null)
    {
        /// <summary>How CPython's tables mark a byte a code page leaves undefined.</summary>
        private const char UndefinedByte = '\uFFFE';

        private Encoding? _encoding;
        private char[]? _characters;

        public string Name => name;

        public string ErrorName => errorName;

        /// <summary>
        /// Why CPython's codec stops at <paramref name="bad"/>. The UTF-8 codec tells a byte that cannot start a sequence
        /// from one that starts a sequence the next byte does not continue; it never reaches the end of the data, as
        /// CPython's tokenizer always ends the text with a newline.
        /// </summary>
        public string ReasonFor(byte bad) => name == "utf_8" && bad is < 0xC2 or > 0xF4 ? "invalid start byte" : reason;

        /// <summary>The most characters <paramref name="byteCount"/> bytes decode to.</summary>
        public int MaxCharCount(int byteCount) => table is null ? Encoding.GetMaxCharCount(byteCount) : byteCount;

        /// <summary>
        /// Decodes <paramref name="bytes"/> into <paramref name="chars"/> (<see cref="MaxCharCount"/> long) and returns
        /// the number of characters, or -1 with the index of the first byte the codec cannot decode in
        /// <paramref name="undecodable"/>.
        /// </summary>
        public int Decode(ReadOnlySpan<byte> bytes, Span<char> chars, out int undecodable)
        {
            undecodable = -1;
            if (table is not null)
            {
                // CPython turns \r\n and a lone \r into \n before it decodes: in an EBCDIC page the byte 0x0A is U+008E.
                char[] characters = _characters ??= FromHex(table);
                int written = 0;
                for (int i = 0; i < bytes.Length; i++)
                {
                    byte b = bytes[i];
                    if (b == (byte)'\r')
                    {
                        b = (byte)'\n';
                        i += i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n' ? 1 : 0;
                    }
                    if ((chars[written++] = characters[b]) == UndefinedByte)
                    {
                        undecodable = i;
                        return -1;
                    }
                }
                return written;
            }
            // .NET's UTF-7 decoder passes a byte above 0x7F through; CPython's refuses it.
            if (codePage == Utf7CodePage && bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) is var nonAscii and >= 0)
            {
                undecodable = nonAscii;
                return -1;
            }
            try
            {
                return Encoding.GetChars(bytes, chars);
            }
            catch (DecoderFallbackException e)
            {
                undecodable = Math.Clamp(e.Index, 0, Math.Max(0, bytes.Length - 1));
                return -1;
            }
        }

        /// <summary>Read at the code page's first file: all 70 at the first coding line took a millisecond.</summary>
        private static char[] FromHex(string table)
        {
            var characters = new char[256];
            for (int i = 0; i < characters.Length; i++)
            {
                characters[i] = (char)ushort.Parse(table.AsSpan(i * 4, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            }
            return characters;
        }

        /// <summary>Made once per codec, at its first file: a few hundred microseconds for a multibyte code page.</summary>
        private Encoding Encoding => _encoding ??= codePage == Utf7CodePage
#pragma warning disable SYSLIB0001 // .NET refuses UTF-7 by name only. Its decoder is more lenient than CPython's inside a shift sequence.
            ? new UTF7Encoding()
#pragma warning restore SYSLIB0001
            : Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private const int Utf7CodePage = 65000;
    private const string Undefined = "character maps to <undefined>";
    private const string IllegalMultibyte = "illegal multibyte sequence";

    private static readonly Dictionary<string, Codec> ByName = Build();

    /// <summary>
    /// The codec a coding line names, or null for a name CPython does not know either (or .NET cannot decode). As in
    /// CPython, dots may stand for underscores in an alias (<c>iso.8859.1</c>), not in a codec's own name (<c>latin.1</c>).
    /// </summary>
    public static Codec? Find(string declared)
    {
        string name = Normalize(declared);
        if (ByName.GetValueOrDefault(name) is { } codec)
        {
            return codec;
        }
        string undotted = name.Replace('.', '_');
        return ByName.GetValueOrDefault(undotted) is { } aliased && aliased.Name != undotted ? aliased : null;
    }

    /// <summary>
    /// CPython's <c>normalize_encoding</c> after <c>codecs.lookup</c>'s lower-casing: every run of characters other than
    /// letters, digits and dots becomes one underscore, none at either end.
    /// </summary>
    internal static string Normalize(string name)
    {
        var normal = new StringBuilder(name.Length);
        bool gap = false;
        foreach (char c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (gap && normal.Length > 0)
                {
                    normal.Append('_');
                }
                normal.Append(c);
                gap = false;
            }
            else
            {
                gap = true;
            }
        }
        return normal.ToString();
    }

    private static Dictionary<string, Codec> Build()
    {
        var table = new Dictionary<string, Codec>(StringComparer.Ordinal);
        void Add(Codec codec, IEnumerable<string> aliases)
        {
            table.TryAdd(codec.Name, codec);
            foreach (string alias in aliases)
            {
                table.TryAdd(alias, codec);
            }
        }

        // A multibyte codec names itself in its errors.
        void Multibyte(string name, int codePage, params string[] aliases) => Add(new Codec(name, name, IllegalMultibyte, codePage), aliases);

        Add(new Codec("ascii", "ascii", "ordinal not in range(128)", 20127), ["646", "ansi_x3.4_1968", "ansi_x3.4_1986", "ansi_x3_4_1968",
            "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii"]);
        Add(new Codec("latin_1", "latin-1", Undefined, 28591), ["8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1",
            "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1"]);
        // The charmap codec itself, with no table, decodes as latin-1 does.
        Add(new Codec("charmap", "charmap", Undefined, 28591), []);
        Add(new Codec("utf_8", "utf-8", "invalid continuation byte", 65001), ["cp65001", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4"]);
        Add(new Codec("utf_7", "utf7", "unexpected special character", Utf7CodePage), ["u7", "unicode_1_1_utf_7", "utf7"]);

        // Single-byte code pages: 'NAME ALIASES TABLE', as tools/gen-code-pages.py writes them. CPython's charmap codec
        // decodes them all, and names itself in their errors. The aliases above come first, as latin_1's iso8859_1
        // does in CPython, where an alias is looked up before a module of that name.
        foreach (string line in EmbeddedTable.Lines("Pyarch.Python.code-pages.txt"))
        {
            string[] fields = line.Split(' ');
            Add(new Codec(fields[0], "charmap", Undefined, codePage: 0, fields[2]), fields[1] == "-" ? [] : fields[1].Split(','));
        }

        // Multibyte codecs.
        Multibyte("big5", 950, "big5_tw", "csbig5", "x_mac_trad_chinese");
        Multibyte("cp932", 932, "932", "ms932", "ms_kanji", "mskanji");
        Multibyte("cp949", 949, "949", "ms949", "uhc");
        Multibyte("cp950", 950, "950", "ms950");
        Multibyte("euc_jp", 51932, "eucjp", "u_jis", "ujis");
        Multibyte("euc_kr", 51949, "euckr", "korean", "ks_c_5601", "ks_c_5601_1987", "ks_x_1001", "ksc5601", "ksx1001",
            "x_mac_korean");
        Multibyte("gb2312", 20936, "chinese", "csiso58gb231280", "euc_cn", "euccn", "eucgb2312_cn", "gb2312_1980",
            "gb2312_80", "iso_ir_58", "x_mac_simp_chinese");
        Multibyte("gbk", 936, "936", "cp936", "ms936");
        Multibyte("gb18030", 54936, "gb18030_2000");
        Multibyte("hz", 52936, "hz_gb", "hz_gb_2312", "hzgb");
        Multibyte("iso2022_jp", 50220, "csiso2022jp", "iso2022jp", "iso_2022_jp");
        Multibyte("iso2022_kr", 50225, "csiso2022kr", "iso2022kr", "iso_2022_kr");
        Multibyte("johab", 1361, "cp1361", "ms1361");
        Multibyte("shift_jis", 932, "csshiftjis", "s_jis", "shiftjis", "sjis", "x_mac_japanese");
        return table;
    }
}
