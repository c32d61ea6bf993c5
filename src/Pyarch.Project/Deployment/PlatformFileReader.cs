using System.Text.Json;
using Pyarch.Project.Formats;

namespace Pyarch.Project.Deployment;

/// <summary>
/// Reads the start commands of hosting platforms' own files, each in its documented place: App Engine
/// <c>app.yaml</c> <c>entrypoint</c>, <c>render.yaml</c> <c>startCommand</c>, <c>heroku.yml</c> <c>run</c>,
/// <c>fly.toml</c> <c>[processes]</c>, and the platform's JSON files, which are checked for validity only.
/// </summary>
public static class PlatformFileReader
{
    public static DeploymentFile Read(string path, string text)
    {
        string name = Path.GetFileName(path);
        return name switch
        {
            "fly.toml" => ReadFly(path, text),
            _ when name.EndsWith(".json", StringComparison.Ordinal) => ReadJson(path, text),
            _ => ReadYaml(path, text, name),
        };
    }

    private static DeploymentFile ReadYaml(string path, string text, string name)
    {
        var yaml = YamlReader.Read(path, text);
        if (yaml.Problem is not null)
        {
            return new DeploymentFile(path, name, [], [yaml.Problem]);
        }
        var root = yaml.Documents.FirstOrDefault();
        var commands = new List<ServiceCommand>();
        void Add(ServiceCommand? command)
        {
            if (command is not null)
            {
                commands.Add(command);
            }
        }
        Add(YamlCommands.From(path, root.Get("entrypoint"), "App Engine entrypoint"));
        foreach (var service in root.Get("services").Items())
        {
            Add(YamlCommands.From(path, service.Get("startCommand"), "render service " + service.Get("name").Scalar()));
        }
        foreach (var (process, command) in root.Get("run").Pairs())
        {
            Add(YamlCommands.From(path, command.Get("command") ?? command, "heroku.yml " + process.Scalar()));
        }
        return new DeploymentFile(path, name, commands, []);
    }

    private static DeploymentFile ReadFly(string path, string text)
    {
        var toml = TomlReader.Read(path, text);
        if (toml.Document is null)
        {
            return new DeploymentFile(path, "fly.toml", [], [toml.Problem!]);
        }
        var commands = new List<ServiceCommand>();
        foreach (var (process, value) in (toml.Document.GetTable("processes")?.Entries ?? []))
        {
            if (value is TomlValue.Str s)
            {
                commands.Add(new ServiceCommand(path, s.Line, s.Value, "fly process " + process));
            }
        }
        return new DeploymentFile(path, "fly.toml", commands, []);
    }

    private static DeploymentFile ReadJson(string path, string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var kinds = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("containerDefinitions", out _)
                ? new[] { "ecs-task-definition" }
                : [];
            return new DeploymentFile(path, Path.GetFileName(path), [], []) { Kinds = kinds };
        }
        catch (JsonException e)
        {
            return new DeploymentFile(path, Path.GetFileName(path), [], [new Problem(path, (int)(e.LineNumber ?? 0) + 1, "invalid JSON: " + e.Message.Split(" Path:")[0])]);
        }
    }
}
