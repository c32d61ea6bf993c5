using static Pyarch.Deploy.Writers.Yaml;

namespace Pyarch.Deploy.Writers;

/// <summary>
/// Cloud Run's <c>service.yaml</c> (Knative Serving): the image on the container port, env by name (secrets from
/// Secret Manager), startup and liveness probes on the health route. Cloud Run serves only the web process.
/// </summary>
internal static class CloudRunWriter
{
    public static GeneratedFile Write(DeployFacts facts)
    {
        var extra = new List<string> { "Deploy with: gcloud run services replace service.yaml (set the image first)." };
        if (facts.Release is { } release)
        {
            extra.Add($"Run the migrations as a Cloud Run job before each deploy, not on boot: {Shell.Join(release.Words)}");
        }
        extra.AddRange(facts.Workers.Select(w => $"Cloud Run does not run background workers; run `{Shell.Join(w.Words)}` elsewhere (GKE, a VM)."));
        var optional = facts.Environment.Where(e => !e.Secret && !e.Required).ToList();
        if (optional.Count > 0)
        {
            extra.Add("Optional settings (the code has defaults), add them under env to override: " + string.Join(", ", optional.Select(e => e.Name)));
        }
        var env = facts.Environment.Except(optional).Select(e => (YamlDotNet.RepresentationModel.YamlNode)(e.Secret
            ? Map(("name", Plain(e.Name)), ("valueFrom", Map(("secretKeyRef", Map(("name", Plain(e.Name.ToLowerInvariant().Replace('_', '-'))), ("key", Str("latest")))))))
            : Map(("name", Plain(e.Name)), ("value", Str(e.Value ?? "")))));
        var probe = facts.HealthPath is { } health
            ? Map(("httpGet", Map(("path", Plain(health.Value)), ("port", Plain(WebServer.ContainerPort)))))
            : Map(("tcpSocket", Map(("port", Plain(WebServer.ContainerPort)))));
        var container = Map(
            ("image", Plain($"REGION-docker.pkg.dev/PROJECT/{facts.Name}/{facts.Name}:1.0.0")),
            ("ports", Seq([Map(("containerPort", Plain(WebServer.ContainerPort)))])),
            ("env", facts.Environment.Count == optional.Count ? null : Seq(env)),
            ("resources", Map(("limits", Map(("cpu", Str("1")), ("memory", Plain("512Mi")))))),
            ("startupProbe", probe),
            ("livenessProbe", probe));
        var service = Map(
            ("apiVersion", Plain("serving.knative.dev/v1")),
            ("kind", Plain("Service")),
            ("metadata", Map(("name", Plain(facts.Name)))),
            ("spec", Map(("template", Map(("spec", Map(("containerConcurrency", Plain(80)), ("containers", Seq([container])))))))));
        return new GeneratedFile("service.yaml", Documents(FileHeader.For(facts, [.. extra]), [service]));
    }
}
