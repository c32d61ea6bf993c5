namespace Pyarch.Rules;

/// <summary>A key a rule reads from <c>[tool.pyarch.rules.CODE]</c>, and the one kind of value it takes.</summary>
public sealed record RuleOption(string Name, RuleOptionKind Kind)
{
    /// <summary>What a value must be, as configuration errors and the rule catalog say it.</summary>
    public string Expected => Kind switch
    {
        RuleOptionKind.Boolean => "a boolean (true or false)",
        RuleOptionKind.Integer => "an integer",
        RuleOptionKind.String => "a string",
        _ => "an array of strings",
    };
}

public enum RuleOptionKind
{
    Boolean,
    Integer,
    String,
    Strings,
}
