using System.Text;
using Pyarch.Rules;

namespace Pyarch.Reporting;

/// <summary>The rule catalog for people: <c>pyarch rules</c> as a table sorted by code, <c>pyarch rule CODE</c> as its documentation.</summary>
public static class RuleCatalogTextReporter
{
    public static string Table(IEnumerable<Rule> rules)
    {
        var sorted = rules.OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        int name = sorted.Select(r => r.Name.Length).DefaultIfEmpty(4).Max();
        var output = new StringBuilder();
        output.Append($"{"CODE",-6} {"NAME".PadRight(name)} {"CATEGORY",-13} {"SEVERITY",-8} {"STATUS",-7} SUMMARY\n");
        foreach (var rule in sorted)
        {
            output.Append($"{rule.Code,-6} {rule.Name.PadRight(name)} {FindingText.Of(rule.Category),-13} {FindingText.Of(rule.DefaultSeverity),-8} {Status(rule),-7} {rule.Summary}\n");
        }
        return output.ToString();
    }

    public static string Describe(Rule rule)
    {
        var output = new StringBuilder();
        output.Append($"# {rule.Code} {rule.Name}\n\n");
        output.Append($"{rule.Summary}.\n\n");
        output.Append($"Category: {FindingText.Of(rule.Category)}. Default severity: {FindingText.Of(rule.DefaultSeverity)}. Status: {Status(rule)}.\n");
        if (rule.Anchors.Count > 0)
        {
            output.Append($"Corresponds to: {string.Join(", ", rule.Anchors)}.\n");
        }
        if (rule.Options.Count > 0)
        {
            string options = string.Join("; ", rule.Options.Select(o => $"{o.Name}, {o.Expected}"));
            output.Append($"Options ([tool.pyarch.rules.{rule.Code}]): {options}.\n");
        }
        output.Append('\n').Append(rule.Documentation.TrimEnd()).Append('\n');
        return output.ToString();
    }

    private static string Status(Rule rule) => rule.Status == RuleStatus.Removed ? "removed" : "stable";
}
