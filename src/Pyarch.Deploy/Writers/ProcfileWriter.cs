using System.Text;

namespace Pyarch.Deploy.Writers;

/// <summary>
/// A Heroku-style Procfile: <c>web:</c> on <c>$PORT</c> with <c>WEB_CONCURRENCY</c> workers, <c>release:</c> for
/// migrations (run once per release, not on every boot), and one line per background process.
/// </summary>
internal static class ProcfileWriter
{
    public static GeneratedFile Write(DeployFacts facts)
    {
        string prefix = string.Concat(facts.Fixed.Select(s => $"{s.Name}={s.Value} "));
        var text = new StringBuilder(FileHeader.For(facts));
        text.AppendLine($"web: {prefix}{Shell.Join(facts.Server.PlatformCommand)}");
        foreach (var process in new[] { facts.Release }.OfType<ProcessCommand>().Concat(facts.Workers))
        {
            text.AppendLine($"{process.Name}: {prefix}{Shell.Join(process.Words)}");
        }
        return new GeneratedFile("Procfile", text.ToString());
    }
}
