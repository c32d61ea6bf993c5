using Pyarch.Project.Formats;

namespace Pyarch.Project.Deployment;

/// <summary>Reads a Docker Compose file: each service's <c>command</c>/<c>entrypoint</c> and the Dockerfile it builds.</summary>
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
            var build = service.Get("build");
            string context = build.Scalar() ?? build.Get("context").Scalar() ?? ".";
            if (build is not null)
            {
                string dockerfile = build.Get("dockerfile").Scalar() ?? "Dockerfile";
                dockerfiles.Add(ProjectModel.NormalizePath(folder, context + "/" + dockerfile));
            }
        }
        return new DeploymentFile(path, "compose", commands, []) { Dockerfiles = dockerfiles };
    }
}
