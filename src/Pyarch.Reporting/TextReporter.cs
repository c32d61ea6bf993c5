using System.Text;
using Pyarch.Rules;

namespace Pyarch.Reporting;

/// <summary>
/// The human report: findings grouped by file, each with its source line and a caret under the flagged columns
/// (ANSI colours only when asked, i.e. on a terminal), then input errors, unused suppressions, a count per rule and
/// the totals. On the source line of a rule that finds secrets, all from the flagged text on is masked.
/// </summary>
public sealed class TextReporter(SourceLines sources, IReadOnlyList<Rule> rules, bool color)
{
    private const int VisibleSecretChars = 4;
    private readonly StringBuilder _out = new();

    public string Render(CheckResult result)
    {
        _out.Clear();
        foreach (var file in result.Findings.GroupBy(f => f.File))
        {
            _out.Append(Paint("1", file.Key ?? "(project)")).Append('\n');
            foreach (var finding in file)
            {
                string where = file.Key is null ? "-" : $"{finding.Line}:{finding.Column}";
                _out.Append($"  {where}  {Paint(SeverityColor(finding.Severity), FindingText.Of(finding.Severity))}  {Paint("1", finding.Code)}  {finding.Message}  {Paint("2", $"[{finding.Name}]")}\n");
                Snippet(finding);
            }
            _out.Append('\n');
        }
        Section("Input errors (the rest was checked)", result.Errors.Select(e => e.ToString()));
        Section("Unused suppressions", result.UnusedSuppressions.Select(u =>
            $"{u.File}:{u.Line}: {(u.Code is null ? $"bare `{u.By}`" : $"{u.Code} in `{u.By}`")}: {u.Reason}"));
        Section("Findings per rule", result.Findings
            .GroupBy(f => (f.Code, f.Name))
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => $"{g.Key.Code}  {g.Key.Name}  {g.Count()}"));
        _out.Append(Totals(result)).Append('\n');
        return _out.ToString();
    }

    private void Snippet(Finding finding)
    {
        if (sources.Line(finding.File, finding.Line) is not { } text)
        {
            return;
        }
        int start, end;
        if (FindingText.IsWholeLine(finding))
        {
            start = text.Length - text.TrimStart().Length;
            end = text.TrimEnd().Length;
        }
        else
        {
            start = SourceLines.Utf16Index(text, finding.Column);
            end = finding.EndLine == finding.Line ? SourceLines.Utf16Index(text, finding.EndColumn) : text.TrimEnd().Length;
        }
        end = Math.Max(end, start);
        if (rules.FirstOrDefault(r => r.Code == finding.Code) is { FindsSecrets: true })
        {
            // Up to the end of the line, not of the flagged text: a rule may flag the name (`db_password`) of a value
            // that stands after it on the line.
            int keep = Math.Min(end, start + VisibleSecretChars);
            int lineEnd = Math.Max(end, text.TrimEnd().Length);
            text = text[..keep] + new string('*', lineEnd - keep) + text[lineEnd..];
        }
        string number = finding.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string gutter = new(' ', number.Length);
        string indent = string.Concat(text[..start].Select(c => c == '\t' ? '\t' : ' '));
        int width = Math.Max(1, text[start..end].EnumerateRunes().Count());
        _out.Append($"    {Paint("2", number + " |")} {text}\n");
        _out.Append($"    {Paint("2", gutter + " |")} {indent}{Paint(SeverityColor(finding.Severity), new string('^', width))}\n");
    }

    private void Section(string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }
        _out.Append(Paint("1", title + ":")).Append('\n');
        foreach (string line in list)
        {
            _out.Append("  ").Append(line).Append('\n');
        }
        _out.Append('\n');
    }

    private static string Totals(CheckResult result)
    {
        var parts = new List<string>();
        if (result.Findings.Count == 0)
        {
            parts.Add("No findings");
        }
        else
        {
            int files = result.Findings.Where(f => f.File is not null).Select(f => f.File).Distinct().Count();
            var bySeverity = string.Join(", ", new[] { Severity.Error, Severity.Warning, Severity.Info }
                .Select(s => (Severity: s, Count: result.Findings.Count(f => f.Severity == s)))
                .Where(s => s.Count > 0)
                .Select(s => s.Severity == Severity.Info ? $"{s.Count} info" : Plural(s.Count, FindingText.Of(s.Severity))));
            parts.Add($"{Plural(result.Findings.Count, "finding")} ({bySeverity}) in {Plural(files, "file")}");
        }
        parts.Add($"{Plural(result.Files, "file")} checked");
        if (result.Suppressed.Count > 0)
        {
            parts.Add($"{result.Suppressed.Count} suppressed");
        }
        if (result.Errors.Count > 0)
        {
            parts.Add(Plural(result.Errors.Count, "input error"));
        }
        if (result.UnusedSuppressions.Count > 0)
        {
            parts.Add(Plural(result.UnusedSuppressions.Count, "unused suppression"));
        }
        return string.Join("; ", parts) + ".";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => "31",
        Severity.Warning => "33",
        _ => "36",
    };

    private string Paint(string ansi, string text) => color ? $"\u001b[{ansi}m{text}\u001b[0m" : text;
}
