using Pyarch.Project;
using Pyarch.Project.Formats;
using Pyarch.Project.Workspace;

namespace Pyarch.Rules.Configuration;

/// <summary>
/// Reads pyarch's configuration: the top level of <c>pyarch.toml</c>, or <c>[tool.pyarch]</c> of
/// <c>pyproject.toml</c>, in the project root. When both exist <c>pyarch.toml</c> wins, as <c>ruff.toml</c> wins
/// over <c>pyproject.toml</c> for Ruff. Every unknown key, unknown code and wrong type is an error naming the file
/// and line: a misspelt setting must not silently do nothing.
/// </summary>
public static class ConfigurationReader
{
    private static readonly string[] Keys = ["select", "extend-select", "ignore", "per-file-ignores", "exclude", "severity", "rules"];

    /// <summary>What <c>pyarch new</c> records about how it generated a project; known, and not read by <c>check</c>.</summary>
    private static readonly string[] GenerationKeys = ["template", "pyarch-version", "framework", "database", "with", "env", "python"];

    /// <summary>The configuration of the project at <paramref name="root"/>, or the defaults when it has none.</summary>
    public static ConfigurationResult Find(string root, IReadOnlyList<Rule> rules)
    {
        // Messages name the file as the user would type it from where pyarch runs.
        string Shown(string name) => root is "." or "" ? name : Path.Join(root, name);
        string dedicated = Path.Combine(root, "pyarch.toml");
        if (File.Exists(dedicated))
        {
            return ReadFile(dedicated, Shown("pyarch.toml"), rules, FoundFile.ReadAllText);
        }
        string pyproject = Path.Combine(root, "pyproject.toml");
        return File.Exists(pyproject) ? ReadFile(pyproject, Shown("pyproject.toml"), rules, FoundFile.ReadAllText) : new(PyarchConfiguration.Default, null);
    }

    /// <summary>Reads <paramref name="path"/>, named <paramref name="display"/> in messages; a <c>pyproject.toml</c> is read at <c>[tool.pyarch]</c>.</summary>
    public static ConfigurationResult ReadFile(string path, string display, IReadOnlyList<Rule> rules) => ReadFile(path, display, rules, File.ReadAllText);

    private static ConfigurationResult ReadFile(string path, string display, IReadOnlyList<Rule> rules, Func<string, string> read)
    {
        string text;
        try
        {
            text = read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(PyarchConfiguration.Default, new Problem(display, 0, "cannot read: " + e.Message));
        }
        return Read(display, text, Path.GetFileName(path) == "pyproject.toml", rules);
    }

    public static ConfigurationResult Read(string file, string text, bool pyproject, IReadOnlyList<Rule> rules)
    {
        var toml = TomlReader.Read(file, text);
        if (toml.Document is not { } document)
        {
            return new(PyarchConfiguration.Default, toml.Problem);
        }
        var table = pyproject ? document.Find("tool.pyarch") : document;
        if (table is null)
        {
            return new(PyarchConfiguration.Default, null);
        }
        try
        {
            var section = table as TomlValue.Table ?? throw new ConfigurationException(table.Line, "[tool.pyarch] must be a table");
            return new(new Reader(file, pyproject ? "[tool.pyarch]" : "the top level", rules).Read(section), null);
        }
        catch (ConfigurationException e)
        {
            return new(PyarchConfiguration.Default, new Problem(file, e.Line, e.Message));
        }
    }

    /// <summary>
    /// The command line's say over a configuration, as Ruff's: <c>--select</c> replaces <c>select</c>, <c>--ignore</c>
    /// adds to <c>ignore</c>. Each value holds comma-separated selectors; a bad one is an error naming the option.
    /// </summary>
    public static ConfigurationResult Override(PyarchConfiguration configuration, IEnumerable<string> select, IEnumerable<string> ignore, IReadOnlyList<Rule> rules)
    {
        var parsed = new Dictionary<string, List<RuleSelector>>();
        foreach (var (option, values) in new[] { ("--select", select), ("--ignore", ignore) })
        {
            parsed[option] = [];
            foreach (string text in values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            {
                if (RuleSelector.Parse(text, rules, out string error) is not { } selector)
                {
                    return new(configuration, new Problem(option, 0, error));
                }
                parsed[option].Add(selector);
            }
        }
        return new(configuration with
        {
            Select = parsed["--select"].Count > 0 ? parsed["--select"] : configuration.Select,
            Ignore = [.. configuration.Ignore, .. parsed["--ignore"]],
        }, null);
    }

    private sealed class ConfigurationException(int line, string message) : Exception(message)
    {
        public int Line { get; } = line;
    }

    private sealed class Reader(string file, string where, IReadOnlyList<Rule> rules)
    {
        public PyarchConfiguration Read(TomlValue.Table section)
        {
            foreach (var (key, value) in section.Entries)
            {
                if (!Keys.Contains(key) && !GenerationKeys.Contains(key))
                {
                    throw new ConfigurationException(value.Line, $"unknown key '{key}' in {where} (known keys: {string.Join(", ", Keys)})");
                }
            }
            var configuration = PyarchConfiguration.Default with { File = file };
            if (section["select"] is { } select)
            {
                configuration = configuration with { Select = Selectors(select, "select") };
            }
            return configuration with
            {
                ExtendSelect = section["extend-select"] is { } extend ? Selectors(extend, "extend-select") : [],
                Ignore = section["ignore"] is { } ignore ? Selectors(ignore, "ignore") : [],
                Exclude = section["exclude"] is { } exclude ? [.. Strings(exclude, "exclude").Select(p => new PathPattern(p.Value))] : [],
                PerFileIgnores = section["per-file-ignores"] is { } perFile ? PerFileIgnores(perFile) : [],
                Severities = section["severity"] is { } severity ? Severities(severity) : new Dictionary<string, Severity>(),
                Options = section["rules"] is { } options ? Options(options) : new Dictionary<string, RuleOptions>(),
            };
        }

        private static List<TomlValue.Str> Strings(TomlValue value, string key) =>
            value is TomlValue.Array array && array.Items.All(i => i is TomlValue.Str)
                ? array.Items.Cast<TomlValue.Str>().ToList()
                : throw new ConfigurationException(value.Line, $"'{key}' must be an array of strings");

        private List<RuleSelector> Selectors(TomlValue value, string key) =>
            Strings(value, key).Select(s => RuleSelector.Parse(s.Value, rules, out string error)
                ?? throw new ConfigurationException(s.Line, $"{key}: {error}")).ToList();

        private static TomlValue.Table Table(TomlValue value, string key) =>
            value as TomlValue.Table ?? throw new ConfigurationException(value.Line, $"'{key}' must be a table");

        private List<PerFileIgnore> PerFileIgnores(TomlValue value) =>
            Table(value, "per-file-ignores").Entries
                .Select(e => new PerFileIgnore(new PathPattern(e.Key), Selectors(e.Value, $"per-file-ignores.\"{e.Key}\"")))
                .ToList();

        private Rule KnownCode(string code, int line, string key) =>
            rules.FirstOrDefault(r => r.Code == code)
            ?? throw new ConfigurationException(line, $"{key}: unknown rule code '{code}' (a full code such as PA311; pyarch rules lists them)");

        private Dictionary<string, Severity> Severities(TomlValue value)
        {
            var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
            foreach (var (code, level) in Table(value, "severity").Entries)
            {
                KnownCode(code, level.Line, "severity");
                severities[code] = (level as TomlValue.Str)?.Value switch
                {
                    "error" => Severity.Error,
                    "warning" => Severity.Warning,
                    "info" => Severity.Info,
                    _ => throw new ConfigurationException(level.Line, $"severity.{code} must be \"error\", \"warning\" or \"info\""),
                };
            }
            return severities;
        }

        private Dictionary<string, RuleOptions> Options(TomlValue value)
        {
            var options = new Dictionary<string, RuleOptions>(StringComparer.Ordinal);
            foreach (var (code, entry) in Table(value, "rules").Entries)
            {
                var rule = KnownCode(code, entry.Line, "rules");
                var values = new Dictionary<string, object>(StringComparer.Ordinal);
                foreach (var (key, option) in Table(entry, $"rules.{code}").Entries)
                {
                    if (rule.Options.FirstOrDefault(o => o.Name == key) is not { } declared)
                    {
                        string known = rule.Options.Count == 0 ? "it has no options" : "its options: " + string.Join(", ", rule.Options.Select(o => o.Name));
                        throw new ConfigurationException(option.Line, $"unknown option '{key}' for {code} ({known})");
                    }
                    values[key] = (declared.Kind, option) switch
                    {
                        (RuleOptionKind.Boolean, TomlValue.Bool b) => b.Value,
                        (RuleOptionKind.Integer, TomlValue.Integer i) => i.Value,
                        (RuleOptionKind.String, TomlValue.Str s) => s.Value,
                        (RuleOptionKind.Strings, TomlValue.Array) => Strings(option, $"rules.{code}.{key}").Select(s => s.Value).ToList(),
                        _ => throw new ConfigurationException(option.Line, $"rules.{code}.{key} must be {declared.Expected}"),
                    };
                }
                options[code] = new RuleOptions(values);
            }
            return options;
        }
    }
}
