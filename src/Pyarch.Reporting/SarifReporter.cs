using System.Text.Encodings.Web;
using System.Text.Json;
using Pyarch.Project;
using Pyarch.Rules;

namespace Pyarch.Reporting;

/// <summary>
/// SARIF 2.1.0 for code scanning, deterministic and free of absolute paths. <c>tool.driver.rules</c> holds the rules
/// that have a result, sorted by code, with their documentation as <c>fullDescription</c> and <c>help</c> (as Ruff's
/// <c>message/sarif.rs</c> does). Each result carries its stable fingerprint in <c>partialFingerprints</c> and a
/// location relative to <c>%SRCROOT%</c>, the folder checked; columns count code points. Suppressed findings are
/// results with <c>suppressions</c> (in source for comments and <c>SILENCED_SYSTEM_CHECKS</c>, external for
/// configuration and baseline), so code scanning shows them as dismissed. Inputs pyarch could not read are tool
/// execution notifications. Messages end with a period here, as SARIF asks, unlike the other formats.
/// </summary>
public sealed class SarifReporter(SourceLines sources, IReadOnlyList<Rule> rules, string version)
{
    /// <summary>Where pyarch is published: the NuGet page of the <c>pyarch</c> global tool package.</summary>
    public const string InformationUri = "https://www.nuget.org/packages/pyarch";

    private const string FingerprintKey = "pyarch/v1";
    private const string SourceRoot = "%SRCROOT%";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Render(CheckResult result)
    {
        var all = result.Findings.Select(f => (Finding: f, By: (string?)null))
            .Concat(result.Suppressed.Select(s => (s.Finding, By: (string?)s.By)))
            .ToList();
        var used = all.Select(r => r.Finding.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, used, all);
            writer.WriteStartObject("originalUriBaseIds");
            writer.WriteStartObject(SourceRoot);
            writer.WriteStartObject("description");
            writer.WriteString("text", "The project folder pyarch checked.");
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            WriteInvocation(writer, result.Errors);
            writer.WriteStartArray("results");
            foreach (var (finding, by) in all)
            {
                WriteResult(writer, finding, used.IndexOf(finding.Code), by);
            }
            writer.WriteEndArray();
            writer.WriteString("columnKind", "unicodeCodePoints");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private void WriteTool(Utf8JsonWriter writer, List<string> codes, List<(Finding Finding, string? By)> results)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "pyarch");
        writer.WriteString("version", version);
        writer.WriteString("semanticVersion", version);
        writer.WriteString("informationUri", InformationUri);
        writer.WriteStartArray("rules");
        foreach (string code in codes)
        {
            var finding = results.First(r => r.Finding.Code == code).Finding;
            var rule = rules.FirstOrDefault(r => r.Code == code);
            writer.WriteStartObject();
            writer.WriteString("id", code);
            writer.WriteString("name", finding.Name);
            Text(writer, "shortDescription", Sentence(rule?.Summary ?? finding.Name));
            if (rule is not null)
            {
                writer.WriteStartObject("fullDescription");
                writer.WriteString("text", rule.Documentation);
                writer.WriteEndObject();
                writer.WriteStartObject("help");
                writer.WriteString("text", rule.Documentation);
                writer.WriteString("markdown", rule.Documentation);
                writer.WriteEndObject();
            }
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(rule?.DefaultSeverity ?? finding.Severity));
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("category", FindingText.Of(finding.Category));
            Strings(writer, "anchors", rule?.Anchors ?? finding.Anchors);
            Strings(writer, "tags", [FindingText.Of(finding.Category)]);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteInvocation(Utf8JsonWriter writer, IReadOnlyList<Problem> errors)
    {
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", true);
        writer.WriteStartArray("toolExecutionNotifications");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("level", "error");
            Text(writer, "message", Sentence(error.Message));
            writer.WriteStartArray("locations");
            WriteLocation(writer, error.File, error.Line > 0 ? error.Line : null, null);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private void WriteResult(Utf8JsonWriter writer, Finding finding, int ruleIndex, string? suppressedBy)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.Code);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", Level(finding.Severity));
        Text(writer, "message", Sentence(finding.Message));
        writer.WriteStartArray("locations");
        if (finding.File is { } file)
        {
            WriteLocation(writer, file, finding.Line, FindingText.IsWholeLine(finding) ? null : finding);
        }
        writer.WriteEndArray();
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(FingerprintKey, finding.Fingerprint);
        writer.WriteEndObject();
        if (suppressedBy is not null)
        {
            writer.WriteStartArray("suppressions");
            writer.WriteStartObject();
            writer.WriteString("kind", suppressedBy is "per-file-ignores" or "baseline" ? "external" : "inSource");
            writer.WriteString("justification", $"suppressed by {suppressedBy}");
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private void WriteLocation(Utf8JsonWriter writer, string file, int? line, Finding? columns)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", Uri.EscapeDataString(file).Replace("%2F", "/", StringComparison.Ordinal));
        writer.WriteString("uriBaseId", SourceRoot);
        writer.WriteEndObject();
        if (line is { } start)
        {
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", start);
            if (columns is not null)
            {
                writer.WriteNumber("startColumn", sources.CodePointColumn(file, columns.Line, columns.Column));
                writer.WriteNumber("endLine", columns.EndLine);
                writer.WriteNumber("endColumn", sources.CodePointColumn(file, columns.EndLine, columns.EndColumn));
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('?') ? text : text + ".";

    private static void Text(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }
}
