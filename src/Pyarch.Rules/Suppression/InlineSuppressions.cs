using System.Collections.Concurrent;
using Pyarch.Project.Workspace;
using Pyarch.Text;

namespace Pyarch.Rules.Suppression;

/// <summary>
/// The suppression comments of one check. Python files are scanned while the engine walks them, from the text it
/// already holds; any other file is read once, and only when it has a finding. So unused suppressions are found in
/// every Python file, and in other files only when they have a finding of some rule.
/// </summary>
public sealed class InlineSuppressions(string root)
{
    private readonly ConcurrentDictionary<string, List<SuppressionComment>> _byFile = new(StringComparer.Ordinal);

    public void ScanPython(string file, SourceText source) => _byFile[file] = SuppressionComments.InPython(source);

    /// <summary>
    /// Splits <paramref name="findings"/> into those no comment covers and those suppressed, and lists the comments
    /// that covered nothing. A code counts as unused only when its rule ran (<paramref name="checkedCodes"/>), as
    /// Ruff's RUF100 does; a code no rule has (<paramref name="knownCodes"/>) is listed as unknown.
    /// </summary>
    public (List<Finding> Kept, List<SuppressedFinding> Suppressed, List<UnusedSuppression> Unused) Apply(
        IEnumerable<Finding> findings, IReadOnlySet<string> checkedCodes, IReadOnlySet<string> knownCodes)
    {
        var kept = new List<Finding>();
        var suppressed = new List<SuppressedFinding>();
        var used = new Dictionary<SuppressionComment, HashSet<string>>(ReferenceEqualityComparer.Instance);
        foreach (var finding in findings)
        {
            var comments = finding.File is { } file ? _byFile.GetOrAdd(file, Read) : [];
            // A comment on the line is more specific than one for the whole file, so it is the one credited.
            var comment = comments.FirstOrDefault(c => !c.FileLevel && c.Covers(finding)) ?? comments.FirstOrDefault(c => c.Covers(finding));
            if (comment is null)
            {
                kept.Add(finding);
                continue;
            }
            suppressed.Add(new SuppressedFinding(finding, comment.By));
            (used.TryGetValue(comment, out var codes) ? codes : used[comment] = []).Add(finding.Code);
        }
        return (kept, suppressed, Unused(used, checkedCodes, knownCodes));
    }

    private List<UnusedSuppression> Unused(Dictionary<SuppressionComment, HashSet<string>> used, IReadOnlySet<string> checkedCodes, IReadOnlySet<string> knownCodes)
    {
        var unused = new List<UnusedSuppression>();
        foreach (var (file, comments) in _byFile)
        {
            foreach (var comment in comments)
            {
                var hits = used.GetValueOrDefault(comment) ?? [];
                if (comment.Codes is null)
                {
                    // A bare "# noqa" serves every linter (flake8, Ruff, pylint): one that covers nothing of pyarch's
                    // is still someone's, so only a bare "# pyarch: ignore" is pyarch's to call unused.
                    if (hits.Count == 0 && checkedCodes.Count > 0 && comment.By != SuppressionComments.Noqa)
                    {
                        unused.Add(new UnusedSuppression(file, comment.Line, null, comment.By, "unused"));
                    }
                    continue;
                }
                foreach (string code in comment.Codes.Distinct())
                {
                    if (!knownCodes.Contains(code))
                    {
                        unused.Add(new UnusedSuppression(file, comment.Line, code, comment.By, "unknown code"));
                    }
                    else if (checkedCodes.Contains(code) && !hits.Contains(code))
                    {
                        unused.Add(new UnusedSuppression(file, comment.Line, code, comment.By, "unused"));
                    }
                }
            }
        }
        return unused
            .OrderBy(u => u.File, StringComparer.Ordinal)
            .ThenBy(u => u.Line)
            .ThenBy(u => u.Code ?? "", StringComparer.Ordinal)
            .ToList();
    }

    private List<SuppressionComment> Read(string file)
    {
        try
        {
            return SuppressionComments.InText(FoundFile.ReadAllText(Path.Combine(root, file)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // The loader already reported the file it could not read.
        }
    }
}
