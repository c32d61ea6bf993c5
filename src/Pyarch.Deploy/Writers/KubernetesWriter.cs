using YamlDotNet.RepresentationModel;
using static Pyarch.Deploy.Writers.Yaml;

namespace Pyarch.Deploy.Writers;

/// <summary>
/// Kubernetes manifests: a ConfigMap and a Deployment whose env names every variable the code reads (secrets from
/// a Secret the operator creates), probes on the health route, resources, <c>runAsNonRoot</c> with the image's
/// numeric user; a Service; the migrations as a Job; one Deployment per background worker.
/// </summary>
internal static class KubernetesWriter
{
    public static IReadOnlyList<GeneratedFile> Write(DeployFacts facts)
    {
        string secrets = facts.Name + "-secrets";
        string secretHelp = facts.Runtime.Any(s => s.Secret)
            ? $"Create the Secret first: kubectl create secret generic {secrets} " + string.Join(' ', facts.Runtime.Where(s => s.Secret).Select(s => $"--from-literal={s.Name}=..."))
            : "No secret is read by the code.";
        var optional = facts.Environment.Where(e => !e.Secret && !e.Required).Select(e => e.Name).ToList();
        string optionalHelp = optional.Count == 0 ? "" : "Optional settings (the code has defaults): add them to the ConfigMap to override: " + string.Join(", ", optional);
        string header = FileHeader.For(facts, ["Set the image to the one you build from the Dockerfile.", secretHelp, .. optionalHelp.Length == 0 ? Array.Empty<string>() : [optionalHelp]]);
        var files = new List<GeneratedFile>
        {
            new("deploy/kubernetes/app.yaml", Documents(header, [ConfigMap(facts), WebDeployment(facts), Service(facts)])),
        };
        if (facts.Release is { } release)
        {
            files.Add(new("deploy/kubernetes/migrate-job.yaml", Documents(header, [Job(facts, release)])));
        }
        if (facts.Workers.Count > 0)
        {
            files.Add(new("deploy/kubernetes/workers.yaml", Documents(header, facts.Workers.Select(w => WorkerDeployment(facts, w)))));
        }
        return files;
    }

    private static YamlMappingNode Metadata(DeployFacts facts, string name, string component) =>
        Map(("name", Plain(name)), ("labels", Map(("app", Plain(facts.Name)), ("component", Plain(component)))));

    private static YamlMappingNode ConfigMap(DeployFacts facts) => Map(
        ("apiVersion", Plain("v1")),
        ("kind", Plain("ConfigMap")),
        ("metadata", Metadata(facts, facts.Name + "-config", "config")),
        ("data", Map(facts.Environment.Where(e => !e.Secret && e.Required).Select(e => (e.Name, (YamlNode?)Str(e.Value ?? ""))).ToArray())));

    /// <summary>
    /// Every variable by name: plain ones from the ConfigMap, secrets from the Secret. A variable the code reads with
    /// a default is optional, so that a missing key keeps the default instead of becoming an empty string.
    /// </summary>
    public static YamlSequenceNode Env(DeployFacts facts) => Seq(facts.Environment.Select(e => (YamlNode)Map(
        ("name", Plain(e.Name)),
        ("valueFrom", Map((e.Secret ? "secretKeyRef" : "configMapKeyRef", Map(
            ("name", Plain(facts.Name + (e.Secret ? "-secrets" : "-config"))), ("key", Plain(e.Name)),
            ("optional", e.Required ? null : Plain("true")))))))));

    private static YamlMappingNode Container(DeployFacts facts, string name, IReadOnlyList<string>? command, params (string, YamlNode?)[] more) => Map(
        [
            ("name", Plain(name)),
            ("image", Plain($"registry.example.com/{facts.Name}:1.0.0")),
            ("command", command is null ? null : Words(command)),
            ("env", facts.Environment.Count == 0 ? null : Env(facts)),
            .. more,
            ("securityContext", Map(("allowPrivilegeEscalation", Plain("false")), ("capabilities", Map(("drop", Words(["ALL"])))))),
        ]);

    private static YamlMappingNode PodSpec(YamlMappingNode container, string? restartPolicy = null) => Map(
        ("securityContext", Map(("runAsNonRoot", Plain("true")), ("runAsUser", Plain(DeployFacts.User)))),
        ("restartPolicy", restartPolicy is null ? null : Plain(restartPolicy)),
        ("containers", Seq([container])));

    private static YamlMappingNode Probe(DeployFacts facts, int delay) => facts.HealthPath is { } health
        ? Map(("httpGet", Map(("path", Plain(health.Value)), ("port", Plain("http")))), ("initialDelaySeconds", Plain(delay)), ("periodSeconds", Plain(10)))
        : Map(("tcpSocket", Map(("port", Plain("http")))), ("initialDelaySeconds", Plain(delay)), ("periodSeconds", Plain(10)));

    private static YamlMappingNode Resources(string cpu, string memory, string limit) => Map(
        ("requests", Map(("cpu", Plain(cpu)), ("memory", Plain(memory)))), ("limits", Map(("memory", Plain(limit)))));

    private static YamlMappingNode Deployment(DeployFacts facts, string name, string component, int replicas, YamlMappingNode container) => Map(
        ("apiVersion", Plain("apps/v1")),
        ("kind", Plain("Deployment")),
        ("metadata", Metadata(facts, name, component)),
        ("spec", Map(
            ("replicas", Plain(replicas)),
            ("selector", Map(("matchLabels", Map(("app", Plain(facts.Name)), ("component", Plain(component)))))),
            ("template", Map(("metadata", Metadata(facts, name, component)), ("spec", PodSpec(container)))))));

    private static YamlMappingNode WebDeployment(DeployFacts facts) => Deployment(facts, facts.Name, "web", 2, Container(facts, "web", null,
        ("ports", Seq([Map(("name", Plain("http")), ("containerPort", Plain(WebServer.ContainerPort)))])),
        ("readinessProbe", Probe(facts, 5)),
        ("livenessProbe", Probe(facts, 20)),
        ("resources", Resources("250m", "256Mi", "512Mi"))));

    private static YamlMappingNode WorkerDeployment(DeployFacts facts, ProcessCommand worker) =>
        Deployment(facts, facts.Name + "-" + worker.Name, worker.Name, worker.Name == "beat" ? 1 : 2,
            Container(facts, worker.Name, worker.Words, ("resources", Resources("250m", "256Mi", "512Mi"))));

    private static YamlMappingNode Service(DeployFacts facts) => Map(
        ("apiVersion", Plain("v1")),
        ("kind", Plain("Service")),
        ("metadata", Metadata(facts, facts.Name, "web")),
        ("spec", Map(
            ("selector", Map(("app", Plain(facts.Name)), ("component", Plain("web")))),
            ("ports", Seq([Map(("name", Plain("http")), ("port", Plain(80)), ("targetPort", Plain("http")))])))));

    private static YamlMappingNode Job(DeployFacts facts, ProcessCommand release) => Map(
        ("apiVersion", Plain("batch/v1")),
        ("kind", Plain("Job")),
        ("metadata", Metadata(facts, facts.Name + "-migrate", "migrate")),
        ("spec", Map(
            ("backoffLimit", Plain(1)),
            ("template", Map(
                ("metadata", Metadata(facts, facts.Name + "-migrate", "migrate")),
                ("spec", PodSpec(Container(facts, "migrate", release.Words), "Never")))))));
}
