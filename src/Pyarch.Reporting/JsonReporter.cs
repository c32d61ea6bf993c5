using System.Text.Encodings.Web;
using System.Text.Json;
using Pyarch.Rules;

namespace Pyarch.Reporting;

/// <summary>
/// Writes <c>pyarch.check/1</c> exactly as <c>spec/check-json.md</c> lays it out, with <see cref="Utf8JsonWriter"/>
/// (no reflection, so it works under Native AOT). Added fields, which the contract allows:
/// <c>unused_suppressions</c> (file, line, code or null for a bare <c># pyarch: ignore</c>, by, reason) and its count in
/// <c>summary</c>. An error about a whole file has <c>"line": null</c>.
/// </summary>
public static class JsonReporter
{
    public const string Schema = "pyarch.check/1";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(CheckResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", Schema);
            writer.WriteString("root", result.Root);
            writer.WriteStartArray("findings");
            foreach (var finding in result.Findings)
            {
                WriteFinding(writer, finding);
            }
            writer.WriteEndArray();
            writer.WriteStartArray("suppressed");
            foreach (var suppressed in result.Suppressed)
            {
                writer.WriteStartObject();
                writer.WriteString("code", suppressed.Finding.Code);
                writer.WriteString("file", suppressed.Finding.File);
                writer.WriteNumber("line", suppressed.Finding.Line);
                writer.WriteString("by", suppressed.By);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("errors");
            foreach (var error in result.Errors)
            {
                writer.WriteStartObject();
                writer.WriteString("file", error.File);
                WriteLine(writer, error.Line);
                writer.WriteString("message", error.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("unused_suppressions");
            foreach (var unused in result.UnusedSuppressions)
            {
                writer.WriteStartObject();
                writer.WriteString("file", unused.File);
                writer.WriteNumber("line", unused.Line);
                writer.WriteString("code", unused.Code);
                writer.WriteString("by", unused.By);
                writer.WriteString("reason", unused.Reason);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("files", result.Files);
            writer.WriteNumber("findings", result.Findings.Count);
            writer.WriteNumber("suppressed", result.Suppressed.Count);
            writer.WriteNumber("errors", result.Errors.Count);
            writer.WriteNumber("unused_suppressions", result.UnusedSuppressions.Count);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("code", finding.Code);
        writer.WriteString("name", finding.Name);
        writer.WriteString("category", FindingText.Of(finding.Category));
        writer.WriteString("severity", FindingText.Of(finding.Severity));
        writer.WriteString("message", finding.Message);
        writer.WriteString("file", finding.File);
        writer.WriteNumber("line", finding.Line);
        writer.WriteNumber("column", finding.Column);
        writer.WriteNumber("end_line", finding.EndLine);
        writer.WriteNumber("end_column", finding.EndColumn);
        writer.WriteStartArray("anchors");
        foreach (string anchor in finding.Anchors)
        {
            writer.WriteStringValue(anchor);
        }
        writer.WriteEndArray();
        writer.WriteString("fingerprint", finding.Fingerprint);
        writer.WriteEndObject();
    }

    private static void WriteLine(Utf8JsonWriter writer, int line)
    {
        if (line > 0)
        {
            writer.WriteNumber("line", line);
        }
        else
        {
            writer.WriteNull("line");
        }
    }

    /// <summary>
    /// <c>pyarch rules --format json</c>: one object per rule, sorted by code, retired codes included with
    /// <c>"status": "removed"</c>.
    /// </summary>
    public static string RenderRules(IEnumerable<Rule> rules)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartArray();
            foreach (var rule in rules.OrderBy(r => r.Code, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("code", rule.Code);
                writer.WriteString("name", rule.Name);
                writer.WriteString("category", FindingText.Of(rule.Category));
                writer.WriteString("severity", FindingText.Of(rule.DefaultSeverity));
                writer.WriteStartArray("anchors");
                foreach (string anchor in rule.Anchors)
                {
                    writer.WriteStringValue(anchor);
                }
                writer.WriteEndArray();
                writer.WriteString("summary", rule.Summary);
                writer.WriteString("status", rule.Status == RuleStatus.Removed ? "removed" : "stable");
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
