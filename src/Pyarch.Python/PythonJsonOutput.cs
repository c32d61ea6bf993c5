using System.Buffers;
using System.Globalization;
using System.Numerics;

namespace Pyarch.Python;

/// <summary>
/// Writes JSON tokens as UTF-8 straight into a buffer, byte for byte as Python's
/// <c>json.dumps(obj, ensure_ascii=True, separators=(",", ":"))</c> spells them.
/// <c>Utf8JsonWriter</c> cannot: its escaper uses upper-case hex and rejects lone surrogates.
/// </summary>
internal sealed class PythonJsonOutput(IBufferWriter<byte> output)
{
    private static ReadOnlySpan<byte> HexDigits => "0123456789abcdef"u8;

    public void Raw(ReadOnlySpan<byte> utf8)
    {
        var span = output.GetSpan(utf8.Length);
        utf8.CopyTo(span);
        output.Advance(utf8.Length);
    }

    public void Byte(byte b)
    {
        output.GetSpan(1)[0] = b;
        output.Advance(1);
    }

    public void Null() => Raw("null"u8);

    public void Bool(bool value) => Raw(value ? "true"u8 : "false"u8);

    public void Int(int value)
    {
        var span = output.GetSpan(11);
        value.TryFormat(span, out int written, default, CultureInfo.InvariantCulture);
        output.Advance(written);
    }

    public void Int(int? value)
    {
        if (value is { } v)
        {
            Int(v);
        }
        else
        {
            Null();
        }
    }

    /// <summary>An integer of any size as a JSON string of decimal digits.</summary>
    public void BigIntegerString(BigInteger value)
    {
        Byte((byte)'"');
        Ascii(value.ToString(CultureInfo.InvariantCulture));
        Byte((byte)'"');
    }

    /// <summary>Bytes as a JSON string of lower-case hex pairs, as Python's <c>bytes.hex()</c>.</summary>
    public void HexString(ReadOnlySpan<byte> bytes)
    {
        Byte((byte)'"');
        const int Chunk = 4096;
        while (!bytes.IsEmpty)
        {
            var part = bytes[..Math.Min(Chunk, bytes.Length)];
            var span = output.GetSpan(part.Length * 2);
            for (int i = 0; i < part.Length; i++)
            {
                span[2 * i] = HexDigits[part[i] >> 4];
                span[(2 * i) + 1] = HexDigits[part[i] & 0xF];
            }
            output.Advance(part.Length * 2);
            bytes = bytes[part.Length..];
        }
        Byte((byte)'"');
    }

    /// <summary>Text known to be ASCII with nothing to escape (numbers, class names).</summary>
    public void Ascii(string text)
    {
        var span = output.GetSpan(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }
        output.Advance(text.Length);
    }

    public void String(string? text)
    {
        if (text is null)
        {
            Null();
            return;
        }
        Byte((byte)'"');
        // Escaping is per UTF-16 unit, so a lone surrogate comes out as \udXXX, as Python writes it.
        const int Chunk = 1024;
        for (int start = 0; start < text.Length; start += Chunk)
        {
            var part = text.AsSpan(start, Math.Min(Chunk, text.Length - start));
            var span = output.GetSpan(part.Length * 6);
            int n = 0;
            foreach (char c in part)
            {
                n += Escape(c, span[n..]);
            }
            output.Advance(n);
        }
        Byte((byte)'"');
    }

    private static int Escape(char c, Span<byte> into)
    {
        // Python's ESCAPE_ASCII escapes everything outside ' '..'~', with short forms for the usual five.
        if (c >= ' ' && c <= '~')
        {
            if (c == '"' || c == '\\')
            {
                into[0] = (byte)'\\';
                into[1] = (byte)c;
                return 2;
            }
            into[0] = (byte)c;
            return 1;
        }
        char shortForm = c switch
        {
            '\n' => 'n',
            '\r' => 'r',
            '\t' => 't',
            '\b' => 'b',
            '\f' => 'f',
            _ => '\0',
        };
        into[0] = (byte)'\\';
        if (shortForm != '\0')
        {
            into[1] = (byte)shortForm;
            return 2;
        }
        into[1] = (byte)'u';
        into[2] = HexDigits[c >> 12];
        into[3] = HexDigits[(c >> 8) & 0xF];
        into[4] = HexDigits[(c >> 4) & 0xF];
        into[5] = HexDigits[c & 0xF];
        return 6;
    }
}
