using Pyarch.Project;

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
    int Files);
