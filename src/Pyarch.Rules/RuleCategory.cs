namespace Pyarch.Rules;

/// <summary>The families of <c>spec/rules-catalog.md</c>, one per hundred of the code (PA1xx structure, PA2xx configuration, ...).</summary>
public enum RuleCategory
{
    Structure,
    Configuration,
    Security,
    Deployment,
    Dependencies,
    Testing,
    Performance,
    Operations,
}
