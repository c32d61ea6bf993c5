using System.Globalization;
using System.Text.RegularExpressions;

namespace Pyarch.Project.Formats;

public sealed partial class TomlReader
{
    private TomlValue ReadValue()
    {
        int line = _line;
        switch (Cur)
        {
            case '"':
                return new TomlValue.Str(line, StartsWith("\"\"\"") ? ReadMultilineBasicString() : ReadBasicString());
            case '\'':
                return new TomlValue.Str(line, StartsWith("'''") ? ReadMultilineLiteralString() : ReadLiteralString());
            case '[':
                return ReadArray();
            case '{':
                return ReadInlineTable();
            default:
                return ReadScalar(line);
        }
    }

    private bool StartsWith(string s) => string.CompareOrdinal(_text, _pos, s, 0, s.Length) == 0;

    private TomlValue ReadArray()
    {
        var array = new TomlValue.Array(_line, []);
        _pos++;
        while (true)
        {
            SkipWhitespaceCommentsAndNewlines();
            if (Eat(']'))
            {
                return array;
            }
            array.Items.Add(ReadValue());
            SkipWhitespaceCommentsAndNewlines();
            if (Eat(']'))
            {
                return array;
            }
            if (!Eat(','))
            {
                throw Error($"expected ',' or ']' in an array, found '{Printable(Cur)}'");
            }
        }
    }

    private TomlValue ReadInlineTable()
    {
        var table = new TomlValue.Table(_line, new Dictionary<string, TomlValue>(), false);
        _pos++;
        SkipSpaces();
        if (Eat('}'))
        {
            return table with { Inline = true };
        }
        while (true)
        {
            ReadKeyValue(table);
            SkipSpaces();
            if (Eat('}'))
            {
                return table with { Inline = true };
            }
            if (!Eat(','))
            {
                throw Error($"expected ',' or '}}' in an inline table, found '{Printable(Cur)}'");
            }
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?$|^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")]
    private static partial Regex DateTimePattern();

    private TomlValue ReadScalar(int line)
    {
        int start = _pos;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(Cur) || Cur is '_' or '-' or '+' or '.' or ':'))
        {
            _pos++;
        }
        // A date and a time may be separated by one space (TOML 1.0, "Offset Date-Time").
        if (Cur == ' ' && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1]) && _pos - start == 10)
        {
            _pos++;
            while (!AtEnd && (char.IsAsciiLetterOrDigit(Cur) || Cur is '-' or '+' or '.' or ':'))
            {
                _pos++;
            }
        }
        string token = _text[start.._pos];
        return token switch
        {
            "" => throw Error($"expected a value, found '{Printable(Cur)}'"),
            "true" => new TomlValue.Bool(line, true),
            "false" => new TomlValue.Bool(line, false),
            "inf" or "+inf" => new TomlValue.Float(line, double.PositiveInfinity),
            "-inf" => new TomlValue.Float(line, double.NegativeInfinity),
            "nan" or "+nan" or "-nan" => new TomlValue.Float(line, double.NaN),
            _ when DateTimePattern().IsMatch(token) => new TomlValue.DateTime(line, token),
            _ => ReadNumber(line, token),
        };
    }

    private TomlValue ReadNumber(int line, string token)
    {
        string digits = ParseDecimal(token);
        if (digits.Length > 2 && digits[0] == '0' && digits[1] is 'x' or 'o' or 'b')
        {
            int radix = digits[1] switch { 'x' => 16, 'o' => 8, _ => 2 };
            try
            {
                return new TomlValue.Integer(line, Convert.ToInt64(digits[2..], radix));
            }
            catch (FormatException)
            {
                throw Error($"invalid number '{token}'");
            }
        }
        if (IsInteger(token))
        {
            return new TomlValue.Integer(line, long.Parse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }
        if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && !digits.EndsWith('.') && !digits.StartsWith('.'))
        {
            return new TomlValue.Float(line, d);
        }
        throw Error($"invalid value '{token}' (strings need quotes)");
    }
}
