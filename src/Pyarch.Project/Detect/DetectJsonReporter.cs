using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pyarch.Project.Detect;

/// <summary>
/// Writes <c>pyarch.detect/1</c> exactly as <c>spec/detect-json.md</c> lays it out, with <see cref="Utf8JsonWriter"/>
/// (no reflection, so it works under Native AOT). Added fields: <c>projects</c> (sub-projects of a monorepo) and
/// <c>problems</c>. Whole-file evidence has <c>"line": null</c>.
/// </summary>
public static class DetectJsonReporter
{
    public const string Schema = "pyarch.detect/1";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(DetectResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            Write(writer, result);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Several projects of a monorepo (<c>--all</c>): one object per project under <c>projects</c>.</summary>
    public static string RenderAll(IReadOnlyList<DetectResult> results)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", "pyarch.detect-all/1");
            writer.WriteStartArray("projects");
            foreach (var result in results)
            {
                Write(writer, result);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Write(Utf8JsonWriter writer, DetectResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteString("root", result.Root);
        WriteNullable(writer, "python_requires", result.PythonRequires);
        WriteNullable(writer, "primary_framework", result.PrimaryFramework);
        writer.WriteStartArray("frameworks");
        foreach (var framework in result.Frameworks)
        {
            writer.WriteStartObject();
            writer.WriteString("id", framework.Id);
            WriteNullable(writer, "version", framework.Version);
            WriteEvidence(writer, framework.Evidence);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteLayout(writer, result.Layout);
        writer.WriteStartArray("entry_points");
        foreach (var entry in result.EntryPoints)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", entry.Kind);
            writer.WriteString("target", entry.Target);
            writer.WriteString("file", entry.File);
            writer.WriteNumber("line", entry.Line);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartObject("stack");
        foreach (var (category, entries) in result.Stack)
        {
            WriteStrings(writer, category, entries.Select(e => e.Id));
        }
        writer.WriteEndObject();
        WriteStrings(writer, "projects", result.Projects);
        WriteProblems(writer, result.Problems);
        writer.WriteEndObject();
    }

    private static void WriteLayout(Utf8JsonWriter writer, LayoutResult layout)
    {
        writer.WriteStartObject("layout");
        writer.WriteString("pattern", layout.Pattern);
        writer.WriteNumber("score", layout.Score);
        WriteStrings(writer, "missing", layout.Missing);
        WriteEvidence(writer, layout.Evidence);
        writer.WriteEndObject();
    }

    private static void WriteProblems(Utf8JsonWriter writer, IReadOnlyList<Problem> problems) =>
        WriteLocated(writer, "problems", "message", problems.Select(p => (p.File, p.Line, p.Message)));

    private static void WriteEvidence(Utf8JsonWriter writer, IReadOnlyList<Evidence> evidence) =>
        WriteLocated(writer, "evidence", "reason", evidence.Select(e => (e.File, e.Line, e.Reason)));

    /// <summary>A list of <c>{"file", "line", textName}</c> objects: evidence and problems share this shape.</summary>
    private static void WriteLocated(Utf8JsonWriter writer, string name, string textName, IEnumerable<(string File, int Line, string Text)> items)
    {
        writer.WriteStartArray(name);
        foreach (var (file, line, text) in items)
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            WriteLine(writer, line);
            writer.WriteString(textName, text);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
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

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
