using Pyarch.Project.Formats;
using YamlDotNet.RepresentationModel;

namespace Pyarch.Project.Deployment;

/// <summary>
/// Reads YAML that may hold Kubernetes (or Knative) manifests: each document with <c>apiVersion</c> and
/// <c>kind</c> is a resource, and its containers' <c>command</c> plus <c>args</c> are commands it runs.
/// </summary>
public static class KubernetesReader
{
    public static DeploymentFile Read(string path, string text)
    {
        var yaml = YamlReader.Read(path, text);
        var kinds = new List<string>();
        var commands = new List<ServiceCommand>();
        foreach (var doc in yaml.Documents)
        {
            if (doc.Get("apiVersion").Scalar() is not { } api || doc.Get("kind").Scalar() is not { } kind)
            {
                continue;
            }
            kinds.Add(api.StartsWith("serving.knative.dev", StringComparison.Ordinal) ? "knative:" + kind : kind);
            foreach (var container in Containers(doc))
            {
                var words = container.Get("command").Items().Concat(container.Get("args").Items()).Select(n => n.Scalar() ?? "").ToList();
                if (words.Count > 0)
                {
                    commands.Add(new ServiceCommand(path, YamlReader.LineOf(container), string.Join(' ', words), $"{kind} container"));
                }
            }
        }
        var problems = yaml.Problem is null ? new List<Problem>() : [yaml.Problem];
        return new DeploymentFile(path, "kubernetes", commands, problems) { Kinds = kinds };
    }

    private static IEnumerable<YamlNode> Containers(YamlNode doc)
    {
        var spec = doc.Get("spec");
        var podSpecs = new[]
        {
            spec, spec.Get("template").Get("spec"), spec.Get("jobTemplate").Get("spec").Get("template").Get("spec"),
        };
        return podSpecs.SelectMany(p => p.Get("containers").Items().Concat(p.Get("initContainers").Items()));
    }
}
