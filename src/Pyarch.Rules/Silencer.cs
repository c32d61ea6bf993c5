namespace Pyarch.Rules;

/// <summary>An anchor the project silences (<c>django:security.W008</c>), where, and by what (<c>SILENCED_SYSTEM_CHECKS</c>).</summary>
public sealed record Silencer(string Anchor, string File, int Line, string By);
