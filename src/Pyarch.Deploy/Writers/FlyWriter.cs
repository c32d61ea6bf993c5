using System.Text;

namespace Pyarch.Deploy.Writers;

/// <summary><c>fly.toml</c>: built from the Dockerfile, migrations as the <c>release_command</c>, worker processes, an HTTP check on the health route.</summary>
internal static class FlyWriter
{
    public static GeneratedFile Write(DeployFacts facts)
    {
        var runtime = facts.Runtime.ToList();
        string[] extra = runtime.Count == 0 ? [] : ["Set what the code reads before the first deploy: fly secrets set " + string.Join(' ', runtime.Select(e => e.Name + "=..."))];
        var text = new StringBuilder(FileHeader.For(facts, extra));
        text.AppendLine($"app = {Shell.DoubleQuoted(facts.Name)}").AppendLine();
        text.AppendLine("[build]").AppendLine("  dockerfile = \"Dockerfile\"").AppendLine();
        if (facts.Release is { } release)
        {
            text.AppendLine("[deploy]").AppendLine($"  release_command = {Shell.DoubleQuoted(Shell.Join(release.Words))}").AppendLine();
        }
        if (facts.Fixed.Any())
        {
            text.AppendLine("[env]");
            foreach (var setting in facts.Fixed)
            {
                text.AppendLine($"  {setting.Name} = {Shell.DoubleQuoted(setting.Value!)}");
            }
            text.AppendLine();
        }
        if (facts.Workers.Count > 0)
        {
            text.AppendLine("[processes]").AppendLine($"  app = {Shell.DoubleQuoted(Shell.Join(facts.Server.ContainerCommand))}");
            foreach (var worker in facts.Workers)
            {
                text.AppendLine($"  {worker.Name} = {Shell.DoubleQuoted(Shell.Join(worker.Words))}");
            }
            text.AppendLine();
        }
        text.AppendLine("[http_service]").AppendLine($"  internal_port = {WebServer.ContainerPort}").AppendLine("  force_https = true")
            .AppendLine("  processes = [\"app\"]");
        if (facts.HealthPath is { } health)
        {
            text.AppendLine().AppendLine("  [[http_service.checks]]").AppendLine("    grace_period = \"20s\"").AppendLine("    interval = \"30s\"")
                .AppendLine("    method = \"GET\"").AppendLine($"    path = {Shell.DoubleQuoted(health.Value)}").AppendLine("    timeout = \"5s\"");
        }
        return new GeneratedFile("fly.toml", text.ToString());
    }
}
