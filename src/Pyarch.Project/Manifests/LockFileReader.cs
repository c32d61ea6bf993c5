using System.Text.Json;
using Pyarch.Project.Formats;

namespace Pyarch.Project.Manifests;

/// <summary>Reads lock files. Their packages are transitive pins, so they never count as declarations.</summary>
public static class LockFileReader
{
    /// <summary>The tool that writes a lock file of this name, or null.</summary>
    public static string? ToolOf(string fileName) => fileName switch
    {
        "poetry.lock" => "poetry",
        "uv.lock" => "uv",
        "pdm.lock" => "pdm",
        "Pipfile.lock" => "pipenv",
        _ => null,
    };

    public static LockFile Read(string path, string text)
    {
        string tool = ToolOf(Path.GetFileName(path)) ?? "unknown";
        return tool == "pipenv" ? ReadPipfileLock(path, text) : ReadTomlLock(path, tool, text);
    }

    private static LockFile ReadTomlLock(string path, string tool, string text)
    {
        var toml = TomlReader.Read(path, text);
        if (toml.Document is null)
        {
            return new LockFile(path, tool, [], [toml.Problem!]);
        }
        var packages = (toml.Document["package"] as TomlValue.Array)?.Items.OfType<TomlValue.Table>()
            .Where(p => p.GetString("name") is not null)
            .Select(p => new LockedPackage(Requirement.Normalize(p.GetString("name")!), p.GetString("version") ?? ""))
            .ToList() ?? [];
        return new LockFile(path, tool, packages, []);
    }

    private static LockFile ReadPipfileLock(string path, string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            var packages = new List<LockedPackage>();
            foreach (var section in doc.RootElement.EnumerateObject().Where(s => s.Name != "_meta" && s.Value.ValueKind == JsonValueKind.Object))
            {
                foreach (var package in section.Value.EnumerateObject())
                {
                    string version = package.Value.ValueKind == JsonValueKind.Object && package.Value.TryGetProperty("version", out var v) ? v.GetString() ?? "" : "";
                    packages.Add(new LockedPackage(Requirement.Normalize(package.Name), version.TrimStart('=')));
                }
            }
            return new LockFile(path, "pipenv", packages, []);
        }
        catch (JsonException e)
        {
            return new LockFile(path, "pipenv", [], [new Problem(path, (int)(e.LineNumber ?? 0) + 1, "invalid JSON: " + e.Message.Split(" Path:")[0])]);
        }
    }
}
