namespace Pyarch.Scaffold;

/// <summary>
/// What a template sees: string values for <c>{{ name }}</c> placeholders and boolean flags for
/// <c>{% if flag %}</c> lines. Every flag a template may test is declared, true or false, so that a typo in a
/// template is an error rather than a silently false condition.
/// </summary>
public sealed class TemplateModel
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _flags = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Values => _values;

    public IReadOnlyDictionary<string, bool> Flags => _flags;

    public TemplateModel Set(string name, string value)
    {
        _values[name] = value;
        return this;
    }

    public TemplateModel Flag(string name, bool value)
    {
        _flags[name] = value;
        return this;
    }

    public bool TryGetValue(string name, out string value)
    {
        if (_values.TryGetValue(name, out var found))
        {
            value = found;
            return true;
        }
        value = "";
        return false;
    }

    public bool? FlagValue(string name) => _flags.TryGetValue(name, out var value) ? value : null;
}
