namespace Pyarch.Rules;

/// <summary>
/// The options a user set for one rule in <c>[tool.pyarch.rules.PAxxx]</c>: strings, integers, booleans and string
/// lists. A rule reads them with its default beside the read, so the default is documented where it is used.
/// </summary>
public sealed class RuleOptions
{
    public static readonly RuleOptions Empty = new(new Dictionary<string, object>());

    private readonly IReadOnlyDictionary<string, object> _values;

    public RuleOptions(IReadOnlyDictionary<string, object> values)
    {
        _values = values;
    }

    public IEnumerable<string> Keys => _values.Keys;

    public long Integer(string key, long fallback) => _values.TryGetValue(key, out var v) && v is long l ? l : fallback;

    public bool Boolean(string key, bool fallback) => _values.TryGetValue(key, out var v) && v is bool b ? b : fallback;

    public string String(string key, string fallback) => _values.TryGetValue(key, out var v) && v is string s ? s : fallback;

    public IReadOnlyList<string> Strings(string key, IReadOnlyList<string> fallback) =>
        _values.TryGetValue(key, out var v) && v is IReadOnlyList<string> list ? list : fallback;
}
