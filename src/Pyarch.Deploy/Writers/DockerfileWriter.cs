using System.Text;

namespace Pyarch.Deploy.Writers;

/// <summary>
/// The guide's Dockerfile, hardened: slim base of the project's Python, a builder stage only where it pays (lock
/// export, native wheels), dependencies from the project's own files with <c>--no-cache-dir</c> before the code,
/// no secret in <c>ENV</c>, a numeric non-root user, a <c>HEALTHCHECK</c> on the health route, exec-form <c>CMD</c>.
/// </summary>
internal static class DockerfileWriter
{
    public static GeneratedFile Write(DeployFacts facts)
    {
        var install = facts.Install;
        var text = new StringBuilder(FileHeader.For(facts));
        if (facts.Runtime.Any())
        {
            text.AppendLine("# The app reads these at run time; the platform sets them (secrets never go into the image):");
            foreach (var setting in facts.Runtime)
            {
                string kind = (setting.Secret, setting.Required) switch
                {
                    (true, true) => " (secret)",
                    (true, false) => " (secret, optional)",
                    (false, false) => " (optional)",
                    _ => "",
                };
                text.AppendLine($"#   env {setting.Name}{kind}  {FileHeader.Where(setting.Evidence.File, setting.Evidence.Line)}");
            }
        }
        string extras = string.Concat(install.ExtraPackages.Select(p => " " + p));
        if (install.NeedsBuilder)
        {
            text.AppendLine().AppendLine($"FROM {facts.Python.Image} AS builder").AppendLine("WORKDIR /build");
            if (install.BuildPackages.Count > 0)
            {
                text.AppendLine(AptInstall(install.BuildPackages));
            }
            AppendCopies(text, install.Files);
            if (install.Export is not null)
            {
                text.AppendLine($"RUN {install.Export}");
            }
            if (install.BuildPackages.Count > 0)
            {
                text.AppendLine($"RUN pip wheel --no-cache-dir --wheel-dir /wheels -r {install.Requirements}{extras}");
            }
        }
        text.AppendLine().AppendLine($"FROM {facts.Python.Image}");
        var env = new List<string> { "PYTHONDONTWRITEBYTECODE=1", "PYTHONUNBUFFERED=1", "PIP_DISABLE_PIP_VERSION_CHECK=1" };
        env.AddRange(facts.Fixed.Select(s => $"{s.Name}={s.Value}"));
        text.AppendLine("ENV " + string.Join(" \\\n    ", env)).AppendLine("WORKDIR /app");
        if (install.RuntimePackages.Count > 0)
        {
            text.AppendLine(AptInstall(install.RuntimePackages));
        }
        if (install.BuildPackages.Count > 0)
        {
            text.AppendLine("COPY --from=builder /wheels /wheels").AppendLine("RUN pip install --no-cache-dir --no-index /wheels/*.whl && rm -rf /wheels");
        }
        else if (install.Export is not null)
        {
            text.AppendLine("COPY --from=builder /build/requirements.txt ./").AppendLine($"RUN pip install --no-cache-dir -r requirements.txt{extras}");
        }
        else
        {
            AppendCopies(text, install.Files);
            text.AppendLine($"RUN pip install --no-cache-dir -r {install.Requirements}{extras}");
        }
        text.AppendLine("COPY . .");
        if (facts.CollectStatic is { } collect)
        {
            text.AppendLine("RUN " + string.Join(' ', collect.Words));
        }
        text.AppendLine($"RUN useradd --uid {DeployFacts.User} --no-create-home --shell /usr/sbin/nologin app")
            .AppendLine($"USER {DeployFacts.User}")
            .AppendLine($"EXPOSE {WebServer.ContainerPort}");
        if (facts.HealthPath is { } health)
        {
            text.AppendLine($"HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD {Shell.Json(Shell.HealthProbe(health.Value))}");
        }
        text.AppendLine($"CMD {Shell.Json(facts.Server.ContainerCommand)}");
        return new GeneratedFile("Dockerfile", text.ToString());
    }

    private static string AptInstall(IEnumerable<string> packages) =>
        $"RUN apt-get update && apt-get install -y --no-install-recommends {string.Join(' ', packages)} && rm -rf /var/lib/apt/lists/*";

    /// <summary>One <c>COPY</c> per folder, each file keeping its path (<c>requirements/base.txt</c> stays under <c>requirements/</c>).</summary>
    private static void AppendCopies(StringBuilder text, IEnumerable<string> files)
    {
        foreach (var group in files.GroupBy(f => Path.GetDirectoryName(f)?.Replace('\\', '/') ?? ""))
        {
            text.AppendLine($"COPY {string.Join(' ', group)} {(group.Key.Length == 0 ? "./" : group.Key + "/")}");
        }
    }
}
