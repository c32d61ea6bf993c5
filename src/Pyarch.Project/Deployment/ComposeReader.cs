using Pyarch.Project.Formats;
using YamlDotNet.RepresentationModel;

namespace Pyarch.Project.Deployment;

/// <summary>Reads a Docker Compose file: each service's <c>command</c>/<c>entrypoint</c>, <c>environment</c> names and the Dockerfile it builds.</summary>
public static class ComposeReader
{
    public static DeploymentFile Read(string path, string text)
    {
        var yaml = YamlReader.Read(path, text);
        if (yaml.Problem is not null)
        {
            return new DeploymentFile(path, "compose", [], [yaml.Problem]);
        }
        var commands = new List<ServiceCommand>();
        var dockerfiles = new List<string>();
        var environment = new List<EnvVariable>();
        string folder = Path.GetDirectoryName(path)?.Replace('\\', '/') ?? "";
        foreach (var (key, service) in yaml.Documents.FirstOrDefault().Get("services").Pairs())
        {
            string name = key.Scalar() ?? "";
            foreach (string field in new[] { "entrypoint", "command" })
            {
                if (YamlCommands.From(path, service.Get(field), $"compose service {name} {field}") is { } command)
                {
                    commands.Add(command);
                }
            }
            environment.AddRange(Environment(path, service.Get("environment")));
            var build = service.Get("build");
            string context = build.Scalar() ?? build.Get("context").Scalar() ?? ".";
            if (build is not null)
            {
                string dockerfile = build.Get("dockerfile").Scalar() ?? "Dockerfile";
                dockerfiles.Add(ProjectModel.NormalizePath(folder, context + "/" + dockerfile));
            }
        }
        return new DeploymentFile(path, "compose", commands, []) { Dockerfiles = dockerfiles, Environment = environment };
    }

    /// <summary>
    /// <c>environment:</c> as a mapping (<c>KEY: value</c>) or a list (<c>- KEY=value</c>); a bare <c>KEY</c> or a
    /// null value passes the variable through from the host, so it has no value here.
    /// </summary>
    private static IEnumerable<EnvVariable> Environment(string path, YamlNode? node)
    {
        foreach (var (key, value) in node.Pairs())
        {
            if (key.Scalar() is { Length: > 0 } name)
            {
                yield return new EnvVariable(name, path, YamlReader.LineOf(key)) { HasValue = !string.IsNullOrEmpty(value.Scalar()) };
            }
        }
        foreach (var item in node.Items())
        {
            if (item.Scalar() is { Length: > 0 } text)
            {
                int eq = text.IndexOf('=', StringComparison.Ordinal);
                string name = eq < 0 ? text : text[..eq];
                yield return new EnvVariable(name.Trim(), path, YamlReader.LineOf(item)) { HasValue = eq >= 0 && eq < text.Length - 1 };
            }
        }
    }
}
