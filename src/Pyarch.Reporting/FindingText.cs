using Pyarch.Rules;

namespace Pyarch.Reporting;

/// <summary>How every format spells the parts of a finding.</summary>
public static class FindingText
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string Of(RuleCategory category) => category.ToString().ToLowerInvariant();

    /// <summary>
    /// A project rule's finding on a whole line is reported at columns 1 to 1 of one line: it has no column range,
    /// and formats that can say "the whole line" (SARIF, GitHub) leave the columns out.
    /// </summary>
    public static bool IsWholeLine(Finding finding) => finding.Line == finding.EndLine && finding.Column == 1 && finding.EndColumn == 1;
}
