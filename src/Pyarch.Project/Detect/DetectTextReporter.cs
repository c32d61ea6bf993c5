using System.Globalization;
using System.Text;

namespace Pyarch.Project.Detect;

/// <summary>
/// The human summary of a detection: framework, layout with score and what is missing, entry points, the stack
/// by category, and problems. Colours (ANSI) only when asked, i.e. when stdout is a terminal. With
/// <c>verbose</c>, each claim is followed by its evidence.
/// </summary>
public sealed class DetectTextReporter(bool color, bool verbose)
{
    private readonly StringBuilder _out = new();

    public string Render(DetectResult result)
    {
        _out.Clear();
        Heading($"{result.Root}");
        Field("framework", result.PrimaryFramework ?? "none");
        foreach (var framework in result.Frameworks)
        {
            Line($"  {Bold(framework.Id)}{(framework.Version is null ? "" : " " + framework.Version)}");
            Evidence(framework.Evidence, "    ");
        }
        Field("python", result.PythonRequires ?? "not declared");
        var layout = result.Layout;
        Field("layout", $"{Bold(layout.Pattern)} ({Percent(layout.Score)} of the pattern present)");
        if (layout.Missing.Count > 0)
        {
            Line($"  missing: {Dim(string.Join(", ", layout.Missing))}");
        }
        Evidence(layout.Evidence, "    ");
        if (result.EntryPoints.Count > 0)
        {
            Field("entry points", "");
            foreach (var entry in result.EntryPoints)
            {
                Line($"  {entry.Kind,-5} {Bold(entry.Target)}  {Dim($"{entry.File}:{entry.Line}")}");
            }
        }
        Field("stack", "");
        foreach (var (category, entries) in result.Stack.Where(s => s.Value.Count > 0))
        {
            Line($"  {category,-17} {string.Join(", ", entries.Select(e => e.Id))}");
            foreach (var entry in entries.Where(_ => verbose))
            {
                Line($"    {entry.Id}");
                Evidence(entry.Evidence, "      ");
            }
        }
        if (result.Projects.Count > 0)
        {
            Line("");
            Line($"{Yellow("monorepo")}: {result.Projects.Count} projects ({string.Join(", ", result.Projects)}); run with --all to detect each");
        }
        if (result.Problems.Count > 0)
        {
            Line("");
            Line(Yellow($"{result.Problems.Count} problem(s) while reading:"));
            foreach (var problem in result.Problems)
            {
                Line($"  {problem}");
            }
        }
        return _out.ToString();
    }

    private void Evidence(IReadOnlyList<Evidence> evidence, string indent)
    {
        if (!verbose)
        {
            return;
        }
        foreach (var item in evidence)
        {
            Line(Dim($"{indent}{item.File}{(item.Line > 0 ? ":" + item.Line.ToString(CultureInfo.InvariantCulture) : "")}  {item.Reason}"));
        }
    }

    private static string Percent(double score) => ((int)Math.Round(score * 100)).ToString(CultureInfo.InvariantCulture) + "%";

    private void Heading(string text) => Line(Bold(text));

    private void Field(string name, string value) => Line($"{Cyan(name + ":")} {value}".TrimEnd());

    private void Line(string text) => _out.Append(text).Append('\n');

    private string Bold(string text) => color ? $"\u001b[1m{text}\u001b[0m" : text;

    private string Dim(string text) => color ? $"\u001b[2m{text}\u001b[0m" : text;

    private string Cyan(string text) => color ? $"\u001b[36m{text}\u001b[0m" : text;

    private string Yellow(string text) => color ? $"\u001b[33m{text}\u001b[0m" : text;
}
