using Pyarch.Rules.Rules.Security;

namespace Pyarch.Rules;

/// <summary>
/// Every rule pyarch has, one line each, sorted by code. A retired rule stays here with
/// <see cref="RuleStatus.Removed"/> so that its code is never reused. A meta-test checks the order, that codes and
/// names are unique, that every rule has its documentation headings and a fixture folder.
/// </summary>
public static class RuleRegistry
{
    public static readonly IReadOnlyList<Rule> All =
    [
        new FlaskDebugTrue(),
    ];

    public static Rule? Find(string code) => All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
}
