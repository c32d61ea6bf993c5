namespace Pyarch.Rules.Configuration;

/// <summary>
/// What a project's <c>[tool.pyarch]</c> (or <c>pyarch.toml</c>) asks of <c>pyarch check</c>: which rules run, which
/// files and findings are left out, severity overrides and rule options. <see cref="Default"/> runs every stable rule.
/// </summary>
public sealed record PyarchConfiguration
{
    public static readonly PyarchConfiguration Default = new();

    /// <summary>The file the configuration was read from, relative to the project root, or null for the defaults.</summary>
    public string? File { get; init; }

    public IReadOnlyList<RuleSelector> Select { get; init; } = [RuleSelector.All];

    public IReadOnlyList<RuleSelector> ExtendSelect { get; init; } = [];

    public IReadOnlyList<RuleSelector> Ignore { get; init; } = [];

    public IReadOnlyList<PerFileIgnore> PerFileIgnores { get; init; } = [];

    public IReadOnlyList<PathPattern> Exclude { get; init; } = [];

    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>();

    public IReadOnlyDictionary<string, RuleOptions> Options { get; init; } = new Dictionary<string, RuleOptions>();

    /// <summary>
    /// The stable rules selected, as Ruff decides: for each rule the most specific selector naming it wins, and between
    /// a select and an ignore of the same specificity the ignore wins. So <c>select = ["PA3"]</c> with
    /// <c>ignore = ["PA31"]</c> and <c>extend-select = ["PA311"]</c> runs PA311 and every PA3xx outside PA31x.
    /// </summary>
    public IReadOnlyList<Rule> SelectRules(IEnumerable<Rule> rules) =>
        rules.Where(r => r.Status == RuleStatus.Stable && IsSelected(r.Code)).ToList();

    private bool IsSelected(string code)
    {
        int selected = Select.Concat(ExtendSelect).Where(s => s.Matches(code)).Select(s => s.Specificity).DefaultIfEmpty(-1).Max();
        int ignored = Ignore.Where(s => s.Matches(code)).Select(s => s.Specificity).DefaultIfEmpty(-1).Max();
        return selected >= 0 && selected > ignored;
    }

    public RuleOptions OptionsFor(Rule rule) => Options.GetValueOrDefault(rule.Code) ?? RuleOptions.Empty;

    public bool IsExcluded(string path) => Exclude.Any(p => p.Matches(path));

    /// <summary>The finding with its severity as configured.</summary>
    public Finding WithSeverity(Finding finding) =>
        Severities.TryGetValue(finding.Code, out var severity) ? finding with { Severity = severity } : finding;

    public bool IgnoresPerFile(Finding finding) => PerFileIgnores.Any(p => p.Ignores(finding));
}
