using System.Globalization;
using System.Text;

namespace Pyarch.Project.Formats;

public sealed record TomlReadResult(TomlValue.Table? Document, Problem? Problem);

/// <summary>
/// A small TOML 1.0 reader producing a generic table model with a line for every value, so that each
/// requirement read from <c>pyproject.toml</c> can point at its own line. Stops at the first error.
/// </summary>
public sealed partial class TomlReader
{
    private readonly string _path;
    private readonly string _text;
    private int _pos;
    private int _line = 1;
    private readonly HashSet<object> _definedTables = new(ReferenceEqualityComparer.Instance);

    private TomlReader(string path, string text)
    {
        _path = path;
        _text = text;
    }

    public static TomlReadResult Read(string path, string text)
    {
        var reader = new TomlReader(path, text);
        try
        {
            return new TomlReadResult(reader.ReadDocument(), null);
        }
        catch (TomlException e)
        {
            return new TomlReadResult(null, new Problem(path, e.Line, "invalid TOML: " + e.Message));
        }
    }

    private sealed class TomlException(int line, string message) : Exception(message)
    {
        public int Line { get; } = line;
    }

    private TomlException Error(string message) => new(_line, message);

    private char Cur => _pos < _text.Length ? _text[_pos] : '\0';

    private bool AtEnd => _pos >= _text.Length;

    private TomlValue.Table ReadDocument()
    {
        var root = new TomlValue.Table(1, new Dictionary<string, TomlValue>(), false);
        var current = root;
        while (true)
        {
            SkipWhitespaceCommentsAndNewlines();
            if (AtEnd)
            {
                return root;
            }
            if (Cur == '[')
            {
                current = ReadTableHeader(root);
            }
            else
            {
                ReadKeyValue(current);
            }
            ExpectEndOfLine();
        }
    }

    private TomlValue.Table ReadTableHeader(TomlValue.Table root)
    {
        int line = _line;
        bool isArray = _pos + 1 < _text.Length && _text[_pos + 1] == '[';
        _pos += isArray ? 2 : 1;
        var keys = ReadKey();
        SkipSpaces();
        if (!Eat(']') || (isArray && !Eat(']')))
        {
            throw Error("expected ']' to close the table header");
        }
        var parent = root;
        for (int i = 0; i < keys.Count - 1; i++)
        {
            parent = Descend(parent, keys[i], line);
        }
        string last = keys[^1];
        if (isArray)
        {
            var table = new TomlValue.Table(line, new Dictionary<string, TomlValue>(), false);
            if (!parent.Entries.TryGetValue(last, out var existing))
            {
                parent.Entries[last] = new TomlValue.Array(line, [table]);
            }
            else if (existing is TomlValue.Array array)
            {
                array.Items.Add(table);
            }
            else
            {
                throw Error($"key '{last}' is already defined as a value");
            }
            return table;
        }
        if (parent.Entries.TryGetValue(last, out var found))
        {
            // A table made implicitly by [a.b] may be defined once later as [a]; defining it twice is an error.
            return found is TomlValue.Table { Inline: false } t && _definedTables.Add(t.Entries)
                ? t
                : throw Error($"table '{string.Join('.', keys)}' is defined twice");
        }
        var created = new TomlValue.Table(line, new Dictionary<string, TomlValue>(), false);
        parent.Entries[last] = created;
        _definedTables.Add(created.Entries);
        return created;
    }

    private TomlValue.Table Descend(TomlValue.Table parent, string key, int line)
    {
        if (!parent.Entries.TryGetValue(key, out var value))
        {
            var table = new TomlValue.Table(line, new Dictionary<string, TomlValue>(), false);
            parent.Entries[key] = table;
            return table;
        }
        return value switch
        {
            TomlValue.Table { Inline: false } t => t,
            TomlValue.Array { Items.Count: > 0 } a when a.Items[^1] is TomlValue.Table t => t,
            _ => throw Error($"key '{key}' is already defined as a value"),
        };
    }

    private void ReadKeyValue(TomlValue.Table table)
    {
        int line = _line;
        var keys = ReadKey();
        SkipSpaces();
        if (!Eat('='))
        {
            throw Error($"expected '=' after key '{string.Join('.', keys)}'");
        }
        SkipSpaces();
        var value = ReadValue();
        var target = table;
        for (int i = 0; i < keys.Count - 1; i++)
        {
            target = Descend(target, keys[i], line);
        }
        if (!target.Entries.TryAdd(keys[^1], value))
        {
            throw new TomlException(line, $"duplicate key '{string.Join('.', keys)}'");
        }
    }

    private List<string> ReadKey()
    {
        var parts = new List<string>();
        while (true)
        {
            SkipSpaces();
            parts.Add(Cur switch
            {
                '"' => ReadBasicString(),
                '\'' => ReadLiteralString(),
                _ => ReadBareKey(),
            });
            SkipSpaces();
            if (!Eat('.'))
            {
                return parts;
            }
        }
    }

    private string ReadBareKey()
    {
        int start = _pos;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(Cur) || Cur == '_' || Cur == '-'))
        {
            _pos++;
        }
        return _pos > start ? _text[start.._pos] : throw Error($"unexpected character '{Printable(Cur)}' where a key was expected");
    }

    private static string Printable(char c) => c == '\0' ? "end of file" : c == '\n' ? "end of line" : c.ToString();

    private bool Eat(char c)
    {
        if (Cur != c)
        {
            return false;
        }
        _pos++;
        return true;
    }

    private void SkipSpaces()
    {
        while (Cur is ' ' or '\t')
        {
            _pos++;
        }
    }

    private void SkipComment()
    {
        if (Cur == '#')
        {
            while (!AtEnd && Cur != '\n')
            {
                _pos++;
            }
        }
    }

    private void SkipWhitespaceCommentsAndNewlines()
    {
        while (true)
        {
            SkipSpaces();
            SkipComment();
            if (Cur == '\r' && _pos + 1 < _text.Length && _text[_pos + 1] == '\n')
            {
                _pos++;
            }
            if (Cur != '\n')
            {
                return;
            }
            _pos++;
            _line++;
        }
    }

    private void ExpectEndOfLine()
    {
        SkipSpaces();
        SkipComment();
        if (Cur == '\r')
        {
            _pos++;
        }
        if (Eat('\n'))
        {
            _line++;
        }
        else if (!AtEnd)
        {
            throw Error($"unexpected '{Printable(Cur)}' after a value; expected the end of the line");
        }
    }

    private static string ParseDecimal(string digits) => digits.Replace("_", "", StringComparison.Ordinal);

    private static bool IsInteger(string token) =>
        long.TryParse(ParseDecimal(token), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    private static StringBuilder NewBuilder() => new();
}
