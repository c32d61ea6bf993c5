namespace Pyarch.Rules;

/// <summary>
/// One rule: its stable code, kebab-case name, category, default severity, the checks of other tools it
/// corresponds to, a one-line summary and its documentation (Ruff's headings: What it does, Why is this bad?,
/// Example, Use instead, References). Rules are stateless; each reports through the context it is given.
/// Subclass <see cref="PythonRule"/> to inspect syntax nodes or <see cref="ProjectRule"/> to read the project model.
/// </summary>
public abstract class Rule
{
    /// <summary>The stable code from <c>spec/rules-catalog.md</c>, e.g. <c>PA311</c>.</summary>
    public abstract string Code { get; }

    /// <summary>Kebab-case, naming the flagged pattern so that "allow &lt;name&gt;" reads naturally.</summary>
    public abstract string Name { get; }

    public abstract RuleCategory Category { get; }

    public abstract Severity DefaultSeverity { get; }

    /// <summary>Every check of another tool this rule can correspond to, as <c>tool:id</c>; a finding names the one that fired.</summary>
    public virtual IReadOnlyList<string> Anchors => [];

    /// <summary>One line for <c>pyarch rules</c> and SARIF <c>shortDescription</c>.</summary>
    public abstract string Summary { get; }

    /// <summary>Markdown with the headings What it does, Why is this bad?, Example, Use instead, References.</summary>
    public abstract string Documentation { get; }

    public virtual RuleStatus Status => RuleStatus.Stable;

    /// <summary>
    /// The keys this rule reads from <c>[tool.pyarch.rules.CODE]</c> and the kind of value each takes. Any other key,
    /// or a value of another kind, is a configuration error: a misspelt option or <c>"yes"</c> for a boolean never
    /// silently does nothing.
    /// </summary>
    public virtual IReadOnlyList<RuleOption> Options => [];

    /// <summary>
    /// True for rules that find secrets: reports never print the flagged text of their findings (the source line in
    /// text output shows it masked), whatever the message says.
    /// </summary>
    public virtual bool FindsSecrets => false;
}
