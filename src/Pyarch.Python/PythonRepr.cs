using System.Globalization;
using System.Text;

namespace Pyarch.Python;

/// <summary>Python's <c>repr</c> of a str, so that token text reads as Python people expect.</summary>
public static class PythonRepr
{
    /// <summary>
    /// Quotes with <c>'</c> unless the text holds <c>'</c> and no <c>"</c>; escapes backslashes, the quote, and
    /// the characters <c>str.isprintable()</c> rejects, as <c>\n</c>, <c>\xhh</c>, <c>\uhhhh</c> or <c>\Uhhhhhhhh</c>.
    /// </summary>
    public static string String(string text)
    {
        char quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        var repr = new StringBuilder(text.Length + 2).Append(quote);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
            }
            switch (c)
            {
                case '\\':
                    repr.Append(@"\\");
                    continue;
                case '\n':
                    repr.Append(@"\n");
                    continue;
                case '\r':
                    repr.Append(@"\r");
                    continue;
                case '\t':
                    repr.Append(@"\t");
                    continue;
            }
            if (c == quote)
            {
                repr.Append('\\').Append(c);
            }
            else if (IsPrintable(codePoint))
            {
                repr.Append(char.ConvertFromUtf32(codePoint));
            }
            else
            {
                repr.Append(codePoint switch
                {
                    < 0x100 => $"\\x{codePoint:x2}",
                    < 0x10000 => $"\\u{codePoint:x4}",
                    _ => $"\\U{codePoint:x8}",
                });
            }
            if (codePoint > 0xFFFF)
            {
                i++;
            }
        }
        return repr.Append(quote).ToString();
    }

    /// <summary>CPython's <c>str.isprintable</c> for one code point.</summary>
    internal static bool IsPrintable(int codePoint)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }
        if (codePoint == ' ')
        {
            return true;
        }
        return CharUnicodeInfo.GetUnicodeCategory(codePoint) is not (UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
    }
}
