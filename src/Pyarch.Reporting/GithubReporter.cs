using System.Text;
using Pyarch.Rules;

namespace Pyarch.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one annotation per finding:
/// <c>::error file=app.py,line=4,col=9,endLine=4,endColumn=19,title=PA311 flask-debug-true::message</c>.
/// Severities map to <c>error</c>, <c>warning</c> and <c>notice</c>; columns count characters; a whole-line finding
/// has no columns and a finding with no file no <c>file</c>. Input errors are <c>error</c> annotations too. Escaping
/// is the one of GitHub's <c>@actions/core</c>: <c>%</c>, CR and LF in the message, and also <c>:</c> and <c>,</c> in
/// property values.
/// </summary>
public sealed class GithubReporter(SourceLines sources)
{
    public string Render(CheckResult result)
    {
        var output = new StringBuilder();
        foreach (var finding in result.Findings)
        {
            var properties = new List<(string, string)>();
            if (finding.File is { } file)
            {
                properties.Add(("file", file));
                properties.Add(("line", Number(finding.Line)));
                if (!FindingText.IsWholeLine(finding))
                {
                    properties.Add(("col", Number(sources.CodePointColumn(file, finding.Line, finding.Column))));
                    properties.Add(("endLine", Number(finding.EndLine)));
                    properties.Add(("endColumn", Number(sources.CodePointColumn(file, finding.EndLine, finding.EndColumn))));
                }
            }
            properties.Add(("title", $"{finding.Code} {finding.Name}"));
            Command(output, Level(finding.Severity), properties, finding.Message);
        }
        foreach (var error in result.Errors)
        {
            var properties = new List<(string, string)> { ("file", error.File) };
            if (error.Line > 0)
            {
                properties.Add(("line", Number(error.Line)));
            }
            properties.Add(("title", "pyarch could not read this input"));
            Command(output, "error", properties, error.Message);
        }
        return output.ToString();
    }

    private static void Command(StringBuilder output, string level, List<(string Key, string Value)> properties, string message) =>
        output.Append("::").Append(level).Append(' ')
            .AppendJoin(',', properties.Select(p => $"{p.Key}={EscapeProperty(p.Value)}"))
            .Append("::").Append(EscapeData(message)).Append('\n');

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
