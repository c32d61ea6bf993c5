using System.Text.RegularExpressions;
using Pyarch.Project;

namespace Pyarch.Deploy;

/// <summary>
/// The image's Python: <c>.python-version</c>, then the lowest version <c>requires-python</c> allows, then
/// <c>runtime.txt</c>; never the Python of the machine pyarch runs on.
/// </summary>
internal static partial class PythonVersionChoice
{
    /// <summary>Used only when the project pins nothing; a note tells the user to pin.</summary>
    private const string Fallback = "3.12";

    public static PythonVersion Choose(ProjectModel model, Evidenced<string>? requiresPython, List<string> notes)
    {
        PythonVersion? FromPin(string fileName) => model.PythonVersionPins
            .Where(p => Path.GetFileName(p.File) == fileName && Exact().IsMatch(p.Value))
            .Select(p => new PythonVersion(p.Value, new Evidence(p.File, p.Line, $"{fileName} pins {p.Value}")))
            .FirstOrDefault();

        var chosen = FromPin(".python-version");
        if (chosen is null && requiresPython is not null && Lowest(requiresPython.Value) is { } lowest)
        {
            chosen = new PythonVersion(lowest, new Evidence(requiresPython.File, requiresPython.Line, $"requires-python {requiresPython.Value}: the lowest allowed version"));
        }
        chosen ??= FromPin("runtime.txt");
        if (chosen is null)
        {
            notes.Add($"the project pins no Python version (.python-version, requires-python, runtime.txt); the image uses {Fallback}: pin it");
            return new PythonVersion(Fallback, new Evidence("", 0, "no Python pin in the project"));
        }
        return chosen;
    }

    /// <summary>The lowest <c>major.minor</c> a specifier allows (<c>&gt;=3.10,&lt;4</c> gives 3.10; <c>~=3.11</c>, <c>==3.11.*</c>, <c>^3.11</c> give 3.11).</summary>
    internal static string? Lowest(string specifier)
    {
        var lower = specifier.Split(',')
            .Select(c => LowerBound().Match(c.Trim()))
            .Where(m => m.Success)
            .Select(m => (Major: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Minor: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return lower.Count == 0 ? null : lower.Max() is var (major, minor) ? $"{major}.{minor}" : null;
    }

    [GeneratedRegex(@"^\d+\.\d+(\.\d+)?$")]
    private static partial Regex Exact();

    [GeneratedRegex(@"^(?:>=|>|==|~=|\^|~)?\s*(\d+)\.(\d+)")]
    private static partial Regex LowerBound();
}
