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
}
