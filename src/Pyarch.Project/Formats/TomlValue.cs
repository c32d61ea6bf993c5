namespace Pyarch.Project.Formats;

/// <summary>A TOML value with the 1-based line it starts on. Tables keep their keys in document order.</summary>
public abstract record TomlValue(int Line)
{
    public sealed record Str(int Line, string Value) : TomlValue(Line);

    public sealed record Integer(int Line, long Value) : TomlValue(Line);

    public sealed record Float(int Line, double Value) : TomlValue(Line);

    public sealed record Bool(int Line, bool Value) : TomlValue(Line);

    /// <summary>Dates and times are kept as written: pyarch never computes with them.</summary>
    public sealed record DateTime(int Line, string Text) : TomlValue(Line);

    public sealed record Array(int Line, List<TomlValue> Items) : TomlValue(Line);

    public sealed record Table(int Line, Dictionary<string, TomlValue> Entries, bool Inline) : TomlValue(Line)
    {
        public TomlValue? this[string key] => Entries.GetValueOrDefault(key);

        public Table? GetTable(string key) => Entries.GetValueOrDefault(key) as Table;

        public string? GetString(string key) => (Entries.GetValueOrDefault(key) as Str)?.Value;

        /// <summary>Follows a dotted path of table keys, e.g. <c>tool.poetry.dependencies</c>.</summary>
        public TomlValue? Find(string dottedPath)
        {
            TomlValue? current = this;
            foreach (var part in dottedPath.Split('.'))
            {
                current = (current as Table)?[part];
            }
            return current;
        }
    }
}
