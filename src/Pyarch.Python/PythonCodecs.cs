using System.Text;

namespace Pyarch.Python;

/// <summary>
/// The codecs a PEP 263 coding line may name, found by CPython's rules (<c>encodings.normalize_encoding</c> and the
/// aliases of <c>encodings.aliases</c>), each with the .NET code page that decodes it and the words of CPython's error
/// for a byte it cannot decode.
/// </summary>
/// <remarks>
/// Compared with CPython byte by byte (every single byte, and every character CPython encodes in more than one), these
/// decode all that CPython decodes to the same text, though .NET takes some bytes that CPython refuses (cp1252's 0x81,
/// for one): ascii, latin-1, cp037, cp437, cp500, cp720, cp737, cp775, cp850, cp852, cp855, cp857, cp858, cp860 to
/// cp863, cp865, cp866, cp869, cp874, cp1026, cp1140, cp1250 to cp1258, cp949, gb2312, gbk, gb18030, iso2022_kr,
/// iso8859_2 to 6, 9, 13 and 15, koi8_r, mac_latin2 and shift_jis. The rest differ from CPython in a few characters
/// (mac_roman's 0xBD is the Ohm sign rather than omega, for one) or refuse some that CPython decodes (euc_jp's JIS X
/// 0212, cp932's IBM extensions); codecs .NET lacks altogether (big5hkscs, ptcp154, iso8859_16...) are not listed.
/// </remarks>
internal static class PythonCodecs
{
    /// <summary>A codec: its CPython name, its .NET code page, and the name and reason CPython's decode errors give.</summary>
    public sealed record Codec(string Name, int CodePage, string ErrorName, string Reason)
    {
        /// <summary>
        /// Why CPython's codec stops at <paramref name="bad"/>. The UTF-8 codec tells a byte that cannot start a sequence
        /// from one that starts a sequence the next byte does not continue; it never reaches the end of the data, as
        /// CPython's tokenizer always ends the text with a newline.
        /// </summary>
        public string ReasonFor(byte bad) => Name == "utf_8" && bad is < 0xC2 or > 0xF4 ? "invalid start byte" : Reason;

        public Encoding Encoding => CodePage == Utf7CodePage
#pragma warning disable SYSLIB0001 // .NET refuses UTF-7 by name only. Its decoder is more lenient than CPython's inside a shift sequence.
            ? new UTF7Encoding()
#pragma warning restore SYSLIB0001
            : Encoding.GetEncoding(CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
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
        void Add(string name, int codePage, string errorName, string reason, params string[] aliases)
        {
            var codec = new Codec(name, codePage, errorName, reason);
            table[name] = codec;
            foreach (string alias in aliases)
            {
                table[alias] = codec;
            }
        }

        // CPython's charmap codec decodes every single-byte code page, and names itself in their errors.
        void Charmap(string name, int codePage, params string[] aliases) => Add(name, codePage, "charmap", Undefined, aliases);

        // A multibyte codec names itself.
        void Multibyte(string name, int codePage, params string[] aliases) => Add(name, codePage, name, IllegalMultibyte, aliases);

        Add("ascii", 20127, "ascii", "ordinal not in range(128)", "646", "ansi_x3.4_1968", "ansi_x3.4_1986", "ansi_x3_4_1968", "cp367",
            "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii");
        Add("latin_1", 28591, "latin-1", Undefined, "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
            "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1");
        Add("utf_8", 65001, "utf-8", "invalid continuation byte", "cp65001", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4");
        Add("utf_7", Utf7CodePage, "utf7", "unexpected special character", "u7", "unicode_1_1_utf_7", "utf7");

        // Single-byte code pages.
        Charmap("cp037", 37, "037", "csibm037", "ebcdic_cp_ca", "ebcdic_cp_nl", "ebcdic_cp_us", "ebcdic_cp_wt", "ibm037", "ibm039");
        Charmap("cp273", 20273, "273", "csibm273", "ibm273");
        Charmap("cp424", 20424, "424", "csibm424", "ebcdic_cp_he", "ibm424");
        Charmap("cp437", 437, "437", "cspc8codepage437", "ibm437");
        Charmap("cp500", 500, "500", "csibm500", "ebcdic_cp_be", "ebcdic_cp_ch", "ibm500");
        Charmap("cp720", 720);
        Charmap("cp737", 737);
        Charmap("cp775", 775, "775", "cspc775baltic", "ibm775");
        Charmap("cp850", 850, "850", "cspc850multilingual", "ibm850");
        Charmap("cp852", 852, "852", "cspcp852", "ibm852");
        Charmap("cp855", 855, "855", "csibm855", "ibm855");
        Charmap("cp857", 857, "857", "csibm857", "ibm857");
        Charmap("cp858", 858, "858", "csibm858", "ibm858");
        Charmap("cp860", 860, "860", "csibm860", "ibm860");
        Charmap("cp861", 861, "861", "cp_is", "csibm861", "ibm861");
        Charmap("cp862", 862, "862", "cspc862latinhebrew", "ibm862");
        Charmap("cp863", 863, "863", "csibm863", "ibm863");
        Charmap("cp864", 864, "864", "csibm864", "ibm864");
        Charmap("cp865", 865, "865", "csibm865", "ibm865");
        Charmap("cp866", 866, "866", "csibm866", "ibm866");
        Charmap("cp869", 869, "869", "cp_gr", "csibm869", "ibm869");
        Charmap("cp874", 874);
        Charmap("cp875", 875);
        Charmap("cp1026", 1026, "1026", "csibm1026", "ibm1026");
        Charmap("cp1140", 1140, "1140", "ibm1140");
        for (int page = 1250; page <= 1258; page++)
        {
            Charmap($"cp{page}", page, $"{page}", $"windows_{page}");
        }
        Charmap("iso8859_2", 28592, "csisolatin2", "iso_8859_2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2");
        Charmap("iso8859_3", 28593, "csisolatin3", "iso_8859_3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3");
        Charmap("iso8859_4", 28594, "csisolatin4", "iso_8859_4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4");
        Charmap("iso8859_5", 28595, "csisolatincyrillic", "cyrillic", "iso_8859_5", "iso_8859_5_1988", "iso_ir_144");
        Charmap("iso8859_6", 28596, "arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso_8859_6",
            "iso_8859_6_1987", "iso_ir_127");
        Charmap("iso8859_7", 28597, "csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso_8859_7",
            "iso_8859_7_1987", "iso_ir_126");
        Charmap("iso8859_8", 28598, "csisolatinhebrew", "hebrew", "iso_8859_8", "iso_8859_8_1988", "iso_ir_138");
        Charmap("iso8859_9", 28599, "csisolatin5", "iso_8859_9", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5");
        Charmap("iso8859_13", 28603, "iso_8859_13", "l7", "latin7");
        Charmap("iso8859_15", 28605, "iso_8859_15", "l9", "latin9");
        Charmap("koi8_r", 20866, "cskoi8r");
        Charmap("koi8_u", 21866);
        Charmap("mac_cyrillic", 10007, "maccyrillic");
        Charmap("mac_greek", 10006, "macgreek");
        Charmap("mac_iceland", 10079, "maciceland");
        Charmap("mac_latin2", 10029, "mac_centeuro", "maccentraleurope", "maclatin2");
        Charmap("mac_roman", 10000, "macintosh", "macroman");
        Charmap("mac_turkish", 10081, "macturkish");
        Charmap("tis_620", 874, "iso_ir_166", "tis620", "tis_620_0", "tis_620_2529_0", "tis_620_2529_1");

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
