namespace Pyarch.Rules;

/// <summary>Whether a code is live. A retired code stays registered as <see cref="Removed"/> and is never reused.</summary>
public enum RuleStatus
{
    Stable,
    Removed,
}
