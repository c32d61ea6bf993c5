using System.Globalization;

namespace Pyarch.Project.Formats;

public sealed partial class TomlReader
{
    private string ReadBasicString()
    {
        _pos++;
        var sb = NewBuilder();
        while (true)
        {
            if (AtEnd || Cur == '\n')
            {
                throw Error("unterminated string");
            }
            char c = _text[_pos++];
            if (c == '"')
            {
                return sb.ToString();
            }
            if (c == '\\')
            {
                ReadEscape(sb);
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private string ReadLiteralString()
    {
        _pos++;
        int start = _pos;
        while (Cur != '\'')
        {
            if (AtEnd || Cur == '\n')
            {
                throw Error("unterminated string");
            }
            _pos++;
        }
        return _text[start.._pos++];
    }

    private string ReadMultilineBasicString()
    {
        _pos += 3;
        SkipFirstNewline();
        var sb = NewBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw Error("unterminated multi-line string");
            }
            if (StartsWith("\"\"\"") && !StartsWith("\"\"\"\"\"\""))
            {
                // Up to two quotes may sit right before the closing delimiter.
                while (StartsWith("\"\"\"\""))
                {
                    sb.Append('"');
                    _pos++;
                }
                _pos += 3;
                return sb.ToString();
            }
            char c = _text[_pos++];
            if (c == '\n')
            {
                _line++;
            }
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }
            if (SkipLineEndingBackslash())
            {
                continue;
            }
            ReadEscape(sb);
        }
    }

    private bool SkipLineEndingBackslash()
    {
        int probe = _pos;
        while (probe < _text.Length && _text[probe] is ' ' or '\t' or '\r')
        {
            probe++;
        }
        if (probe >= _text.Length || _text[probe] != '\n')
        {
            return false;
        }
        _pos = probe;
        while (!AtEnd && Cur is ' ' or '\t' or '\r' or '\n')
        {
            if (Cur == '\n')
            {
                _line++;
            }
            _pos++;
        }
        return true;
    }

    private string ReadMultilineLiteralString()
    {
        _pos += 3;
        SkipFirstNewline();
        int start = _pos;
        while (!StartsWith("'''") || StartsWith("''''"))
        {
            if (AtEnd)
            {
                throw Error("unterminated multi-line string");
            }
            if (Cur == '\n')
            {
                _line++;
            }
            _pos++;
        }
        string value = _text[start.._pos];
        _pos += 3;
        return value;
    }

    private void SkipFirstNewline()
    {
        if (Cur == '\r')
        {
            _pos++;
        }
        if (Cur == '\n')
        {
            _pos++;
            _line++;
        }
    }

    private void ReadEscape(System.Text.StringBuilder sb)
    {
        char e = AtEnd ? '\0' : _text[_pos++];
        switch (e)
        {
            case 'b': sb.Append('\b'); break;
            case 't': sb.Append('\t'); break;
            case 'n': sb.Append('\n'); break;
            case 'f': sb.Append('\f'); break;
            case 'r': sb.Append('\r'); break;
            case 'e': sb.Append('\u001b'); break;
            case '"': sb.Append('"'); break;
            case '\\': sb.Append('\\'); break;
            case 'u': sb.Append(ReadCodePoint(4)); break;
            case 'U': sb.Append(ReadCodePoint(8)); break;
            default: throw Error($"invalid escape '\\{Printable(e)}'");
        }
    }

    private string ReadCodePoint(int length)
    {
        if (_pos + length > _text.Length
            || !int.TryParse(_text.AsSpan(_pos, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code)
            || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        {
            throw Error("invalid unicode escape");
        }
        _pos += length;
        return char.ConvertFromUtf32(code);
    }
}
