namespace Pyarch.Project.Detect;

/// <summary>Gathers evidence per (category, id) while the detectors run, keeping each piece of evidence once.</summary>
public sealed class StackCollector
{
    private readonly Dictionary<(string Category, string Id), List<Evidence>> _found = [];
    /// <summary>What each list holds, for the duplicate check: a tree importing a library in thousands of files made a list search quadratic.</summary>
    private readonly HashSet<(string Category, string Id, Evidence Evidence)> _seen = [];

    public void Add(string category, string id, Evidence evidence)
    {
        if (!_found.TryGetValue((category, id), out var list))
        {
            list = [];
            _found[(category, id)] = list;
        }
        if (_seen.Add((category, id, evidence)))
        {
            list.Add(evidence);
        }
    }

    /// <summary>
    /// At most <see cref="MaxEvidence"/> items, declarations and configuration before imports (a large project
    /// imports a framework in hundreds of files), in file and line order.
    /// </summary>
    private static List<Evidence> Strongest(List<Evidence> evidence) =>
        evidence.OrderBy(e => e.Reason.StartsWith("imports ", StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)
            .Take(MaxEvidence)
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)
            .ToList();

    public const int MaxEvidence = 6;

    public bool Has(string category, string id) => _found.ContainsKey((category, id));

    public IReadOnlyList<Evidence> EvidenceFor(string category, string id) =>
        _found.TryGetValue((category, id), out var list) ? list : [];

    /// <summary>Every category of the contract, each sorted by id; evidence sorted by file and line.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<StackEntry>> ToStack()
    {
        var stack = new Dictionary<string, IReadOnlyList<StackEntry>>(StringComparer.Ordinal);
        foreach (string category in Knowledge.StackCategory.All)
        {
            stack[category] = _found.Where(f => f.Key.Category == category)
                .Select(f => new StackEntry(f.Key.Id, Strongest(f.Value)))
                .OrderBy(e => e.Id, StringComparer.Ordinal)
                .ToList();
        }
        return stack;
    }
}
