namespace Pyarch.Rules.Configuration;

/// <summary>
/// A code selector as Ruff reads them: a full code (<c>PA311</c>), a prefix of codes (<c>PA3</c>, <c>PA31</c>) or
/// <c>ALL</c>. When several selectors name a rule, the most specific (longest) one decides.
/// </summary>
public sealed record RuleSelector(string Text)
{
    public static readonly RuleSelector All = new("ALL");

    public bool Matches(string code) => Text == "ALL" || code.StartsWith(Text, StringComparison.Ordinal);

    /// <summary>0 for <c>ALL</c>, else the length of the prefix: <c>PA311</c> beats <c>PA31</c> beats <c>PA3</c>.</summary>
    public int Specificity => Text == "ALL" ? 0 : Text.Length;

    /// <summary>
    /// The selector, or null with <paramref name="error"/> saying why: it must be <c>ALL</c> or <c>PA</c> and digits,
    /// and name at least one rule pyarch has (a typo that selects nothing would silently check nothing).
    /// </summary>
    public static RuleSelector? Parse(string text, IReadOnlyList<Rule> rules, out string error)
    {
        error = "";
        if (text == "ALL")
        {
            return All;
        }
        bool wellFormed = text.Length is > 2 and <= 5 && text.StartsWith("PA", StringComparison.Ordinal) && text.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0;
        if (!wellFormed || !rules.Any(r => r.Code.StartsWith(text, StringComparison.Ordinal)))
        {
            error = wellFormed
                ? $"unknown rule code '{text}' (pyarch rules lists them)"
                : $"invalid rule selector '{text}': expected a code such as PA311, a prefix such as PA3, or ALL";
            return null;
        }
        return new RuleSelector(text);
    }

    public override string ToString() => Text;
}
