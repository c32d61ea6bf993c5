namespace Pyarch.Rules;

/// <summary>A finding that a suppression silenced, kept so that reports can show it: <c>by</c> is
/// <c>SILENCED_SYSTEM_CHECKS</c>, <c>noqa</c>, <c>pyarch: ignore</c>, <c>pyarch: ignore-file</c>, <c>per-file-ignores</c> or <c>baseline</c>.</summary>
public sealed record SuppressedFinding(Finding Finding, string By);
