using System.Text;
using Pyarch.Project;

namespace Pyarch.Deploy.Writers;

/// <summary>
/// The comment every generated file starts with: that pyarch wrote it, and the evidence (file:line) behind each
/// decision, so a reviewer can check the file against the project instead of trusting it.
/// </summary>
internal static class FileHeader
{
    public static string For(DeployFacts facts, params string[] extra)
    {
        var lines = new List<string>
        {
            "Written by `pyarch deploy` from the project as it is; rerun it with --force after changes. Evidence:",
            $"  web: {facts.Entry.Kind.ToUpperInvariant()} app {facts.Entry.Target} ({Where(facts.Entry.File, facts.Entry.Line)}); {facts.Server.Reason}",
            $"  python {facts.Python.Version}: {facts.Python.Evidence.Reason}{At(facts.Python.Evidence)}",
            $"  dependencies: {string.Join(", ", facts.Install.Files)} ({facts.Install.Evidence.Reason})",
        };
        if (facts.HealthPath is { } health)
        {
            lines.Add($"  health route {health.Value} ({Where(health.File, health.Line)})");
        }
        foreach (var process in new[] { facts.Release, facts.CollectStatic }.OfType<ProcessCommand>().Concat(facts.Workers))
        {
            lines.Add($"  {process.Name}: {process.Evidence.Reason}{At(process.Evidence)}");
        }
        foreach (var setting in facts.Fixed)
        {
            lines.Add($"  {setting.Name}={setting.Value}: {setting.Evidence.Reason}{At(setting.Evidence)}");
        }
        lines.AddRange(extra);
        var text = new StringBuilder();
        foreach (string line in lines)
        {
            text.Append("# ").AppendLine(line);
        }
        return text.ToString();
    }

    public static string Where(string file, int line) => line > 0 ? $"{file}:{line}" : file;

    private static string At(Evidence evidence) => evidence.File.Length == 0 ? "" : " (" + Where(evidence.File, evidence.Line) + ")";
}
