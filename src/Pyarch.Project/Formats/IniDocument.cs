namespace Pyarch.Project.Formats;

/// <summary>
/// One <c>key = value</c> of an INI file. A value continued on indented lines keeps one line per physical line
/// (the first may be empty), and <see cref="ValueLines"/> holds the 1-based line of each.
/// </summary>
public sealed record IniEntry(string Key, IReadOnlyList<string> ValueParts, int Line, IReadOnlyList<int> ValueLines)
{
    public string Value => string.Join('\n', ValueParts).Trim();
}

/// <summary>One <c>[section]</c> of an INI file and its entries in order.</summary>
public sealed record IniSection(string Name, int Line, IReadOnlyList<IniEntry> Entries)
{
    public IniEntry? Get(string key) => Entries.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase));
}

/// <summary>An INI file as Python's configparser reads it (<c>setup.cfg</c>, <c>tox.ini</c>, <c>mypy.ini</c>, ...).</summary>
public sealed record IniDocument(IReadOnlyList<IniSection> Sections)
{
    public IniSection? Section(string name) => Sections.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
