using Pyarch.Project;
using Pyarch.Rules.Suppression;

namespace Pyarch.Rules;

/// <summary>
/// The outcome of <c>pyarch check</c>: findings sorted by file, line, column and code; the suppressed ones with what
/// silenced them; the inputs that could not be read; and how many files were analyzed.
/// </summary>
public sealed record CheckResult(
    string Root,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<SuppressedFinding> Suppressed,
    IReadOnlyList<Problem> Errors,
    int Files)
{
    /// <summary>Inline suppressions that silenced nothing: a <c># pyarch: ignore[X]</c> with no X finding on its line.</summary>
    public IReadOnlyList<UnusedSuppression> UnusedSuppressions { get; init; } = [];

    /// <summary>
    /// The results of several project folders as one, rooted at the current folder: each path gets its folder as a
    /// prefix (<c>services/api/app.py</c>). Fingerprints stay those of each project, so each one's baseline still holds.
    /// </summary>
    public static CheckResult Combine(IReadOnlyList<(string Folder, CheckResult Result)> results)
    {
        string Under(string folder, string file) => folder is "" or "." ? file : folder.TrimEnd('/') + "/" + file;
        Finding Move(string folder, Finding f) => f with { File = f.File is null ? null : Under(folder, f.File) };
        return new CheckResult(
            ".",
            [.. results.SelectMany(r => r.Result.Findings.Select(f => Move(r.Folder, f)))],
            [.. results.SelectMany(r => r.Result.Suppressed.Select(s => s with { Finding = Move(r.Folder, s.Finding) }))],
            [.. results.SelectMany(r => r.Result.Errors.Select(e => e with { File = Under(r.Folder, e.File) }))],
            results.Sum(r => r.Result.Files))
        {
            UnusedSuppressions = [.. results.SelectMany(r => r.Result.UnusedSuppressions.Select(u => u with { File = Under(r.Folder, u.File) }))],
        };
    }
}
