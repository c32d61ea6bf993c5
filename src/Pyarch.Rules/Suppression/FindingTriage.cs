using Pyarch.Rules.Configuration;

namespace Pyarch.Rules.Suppression;

/// <summary>
/// Decides what becomes of each raw finding, in this order: dropped when its file is excluded; given its configured
/// severity and its fingerprint; suppressed by what the project silences (<c>SILENCED_SYSTEM_CHECKS</c>), then by
/// <c>per-file-ignores</c>, then by an inline comment. Whatever remains is reported, sorted by file, line, column
/// and code.
/// </summary>
internal sealed class FindingTriage(PyarchConfiguration configuration, IReadOnlyList<Silencer> silencers, InlineSuppressions inline)
{
    public (List<Finding> Findings, List<SuppressedFinding> Suppressed, List<UnusedSuppression> Unused) Sort(
        IEnumerable<Finding> raw, IReadOnlySet<string> checkedCodes, IReadOnlySet<string> knownCodes)
    {
        var silenced = silencers.GroupBy(s => s.Anchor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().By, StringComparer.Ordinal);
        var suppressed = new List<SuppressedFinding>();
        var remaining = new List<Finding>();
        foreach (var f in raw)
        {
            if (f.File is { } file && configuration.IsExcluded(file))
            {
                continue;
            }
            var finding = configuration.WithSeverity(f) with { Fingerprint = Fingerprints.Of(f) };
            if (finding.Anchors.FirstOrDefault(silenced.ContainsKey) is { } anchor)
            {
                suppressed.Add(new SuppressedFinding(finding, silenced[anchor]));
            }
            else if (configuration.IgnoresPerFile(finding))
            {
                suppressed.Add(new SuppressedFinding(finding, "per-file-ignores"));
            }
            else
            {
                remaining.Add(finding);
            }
        }
        var (kept, byComment, unused) = inline.Apply(remaining, checkedCodes, knownCodes);
        suppressed.AddRange(byComment);
        return (Ordered(kept, f => f).ToList(), Ordered(suppressed, s => s.Finding).ToList(), unused);
    }

    /// <summary>Rules run on many threads; this order makes every output the same from run to run.</summary>
    internal static IOrderedEnumerable<T> Ordered<T>(IEnumerable<T> items, Func<T, Finding> finding) => items
        .OrderBy(i => finding(i).File ?? "", StringComparer.Ordinal)
        .ThenBy(i => finding(i).Line)
        .ThenBy(i => finding(i).Column)
        .ThenBy(i => finding(i).Code, StringComparer.Ordinal)
        .ThenBy(i => finding(i).Message, StringComparer.Ordinal);
}
