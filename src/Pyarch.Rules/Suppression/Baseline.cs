using System.Text.Encodings.Web;
using System.Text.Json;
using Pyarch.Project;

namespace Pyarch.Rules.Suppression;

/// <summary>
/// The findings a project accepted when it adopted pyarch (<c>--write-baseline</c>), so that CI fails only on new
/// ones (<c>--baseline</c>). It stores fingerprints with counts, not lines: moving code keeps its findings
/// suppressed, and a second finding identical to a baselined one is still reported. The code and file of each entry
/// are there for the humans reviewing the file; only the fingerprint and count are read back.
/// </summary>
public sealed class Baseline
{
    public const string Schema = "pyarch.baseline/1";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IReadOnlyDictionary<string, int> _counts;

    private Baseline(IReadOnlyDictionary<string, int> counts) => _counts = counts;

    /// <summary>The baseline of <paramref name="findings"/>, as JSON sorted by file, code and fingerprint.</summary>
    public static string Write(IEnumerable<Finding> findings)
    {
        var entries = findings
            .GroupBy(f => f.Fingerprint, StringComparer.Ordinal)
            .Select(g => (Fingerprint: g.Key, Count: g.Count(), g.First().Code, g.First().File))
            .OrderBy(e => e.File ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Code, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", Schema);
            writer.WriteStartArray("findings");
            foreach (var entry in entries)
            {
                writer.WriteStartObject();
                writer.WriteString("code", entry.Code);
                writer.WriteString("file", entry.File);
                writer.WriteString("fingerprint", entry.Fingerprint);
                writer.WriteNumber("count", entry.Count);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Reads a baseline written by <see cref="Write"/>; <paramref name="file"/> names it in the error.</summary>
    public static (Baseline? Baseline, Problem? Error) Read(string file, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out var schema) || schema.GetString() != Schema
                || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                return (null, new Problem(file, 0, $"not a pyarch baseline (expected \"schema\": \"{Schema}\" and a \"findings\" array)"));
            }
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in findings.EnumerateArray())
            {
                if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("fingerprint", out var fingerprint)
                    || fingerprint.ValueKind != JsonValueKind.String || !entry.TryGetProperty("count", out var count) || !count.TryGetInt32(out int n) || n < 1)
                {
                    return (null, new Problem(file, 0, "every baseline entry needs a \"fingerprint\" string and a positive \"count\""));
                }
                counts[fingerprint.GetString()!] = counts.GetValueOrDefault(fingerprint.GetString()!) + n;
            }
            return (new Baseline(counts), null);
        }
        catch (JsonException e)
        {
            return (null, new Problem(file, (int)(e.LineNumber ?? -1) + 1, "invalid JSON: " + e.Message));
        }
    }

    /// <summary>
    /// Moves the findings the baseline holds to the suppressed ones (by <c>baseline</c>), at most as many per
    /// fingerprint as it counted; the first in report order are the ones taken.
    /// </summary>
    public CheckResult Apply(CheckResult result)
    {
        var left = new Dictionary<string, int>(_counts, StringComparer.Ordinal);
        var kept = new List<Finding>();
        var suppressed = new List<SuppressedFinding>(result.Suppressed);
        foreach (var finding in result.Findings)
        {
            if (left.TryGetValue(finding.Fingerprint, out int n) && n > 0)
            {
                left[finding.Fingerprint] = n - 1;
                suppressed.Add(new SuppressedFinding(finding, "baseline"));
            }
            else
            {
                kept.Add(finding);
            }
        }
        return result with { Findings = kept, Suppressed = FindingTriage.Ordered(suppressed, s => s.Finding).ToList() };
    }
}
