using Pyarch.Project.Formats;

namespace Pyarch.Project.Manifests;

/// <summary>Reads pipenv's <c>Pipfile</c>: <c>[packages]</c>, <c>[dev-packages]</c>, custom categories and <c>[requires]</c>.</summary>
public static class PipfileReader
{
    public static Manifest Read(string path, string text)
    {
        var toml = TomlReader.Read(path, text);
        if (toml.Document is not { } doc)
        {
            return new Manifest(path, ManifestKind.Pipfile, [], [toml.Problem!]);
        }
        var requirements = new List<Requirement>();
        foreach (var (section, value) in doc.Entries)
        {
            if (section is "source" or "requires" or "scripts" or "pipenv" || value is not TomlValue.Table table)
            {
                continue;
            }
            string? group = section == "packages" ? null : section == "dev-packages" ? "dev" : section;
            foreach (var (name, spec) in table.Entries)
            {
                requirements.Add(ReadEntry(path, name, spec, group));
            }
        }
        var python = doc.Find("requires.python_version") as TomlValue.Str ?? doc.Find("requires.python_full_version") as TomlValue.Str;
        return new Manifest(path, ManifestKind.Pipfile, requirements, [])
        {
            RequiresPython = python is null ? null : new("==" + python.Value + (python.Value.Count(c => c == '.') == 1 ? ".*" : ""), path, python.Line),
        };
    }

    private static Requirement ReadEntry(string path, string name, TomlValue spec, string? group)
    {
        string version = spec switch
        {
            TomlValue.Str s => s.Value,
            TomlValue.Table t => t.GetString("version") ?? "",
            _ => "",
        };
        var extras = (spec as TomlValue.Table)?["extras"] is TomlValue.Array a ? a.Items.OfType<TomlValue.Str>().Select(x => x.Value).ToArray() : [];
        string? marker = (spec as TomlValue.Table)?.GetString("markers");
        return new Requirement(Requirement.Normalize(name), name, version == "*" ? "" : version.Replace(" ", "", StringComparison.Ordinal), extras, marker, group, path, spec.Line);
    }
}
