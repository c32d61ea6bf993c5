namespace Pyarch.Rules.Suppression;

/// <summary>
/// A suppression that silenced nothing, reported so that stale comments get removed (Ruff's RUF100): the code it
/// names (null for a bare <c># noqa</c>), how it was written, and why it is listed: <c>unused</c>, or
/// <c>unknown code</c> for a code pyarch has no rule for.
/// </summary>
public sealed record UnusedSuppression(string File, int Line, string? Code, string By, string Reason);
