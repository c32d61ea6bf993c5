using Pyarch.Project.Formats;

namespace Pyarch.Project.Manifests;

/// <summary>
/// Reads <c>pyproject.toml</c>: PEP 621 <c>[project]</c> with optional dependencies, PEP 735
/// <c>[dependency-groups]</c>, <c>[tool.poetry]</c> with its groups, <c>[tool.uv]</c>, <c>[tool.pdm]</c>,
/// <c>[tool.hatch]</c> environments, <c>[build-system]</c>, and which <c>[tool.X]</c> tables exist.
/// </summary>
public static class PyprojectReader
{
    public static Manifest Read(string path, string text)
    {
        var toml = TomlReader.Read(path, text);
        if (toml.Document is not { } doc)
        {
            return new Manifest(path, ManifestKind.Pyproject, [], [toml.Problem!]);
        }
        var requirements = new List<Requirement>();
        var problems = new List<Problem>();
        var scripts = new List<EntryScript>();
        var project = doc.GetTable("project");
        var poetry = doc.Find("tool.poetry") as TomlValue.Table;
        Evidenced<string>? requiresPython = project?["requires-python"] is TomlValue.Str rp ? new(rp.Value, path, rp.Line) : null;

        var reader = new PepListReader(path, requirements, problems);
        reader.ReadList(project?["dependencies"], null);
        foreach (var (extra, list) in Entries(project?.GetTable("optional-dependencies")))
        {
            reader.ReadList(list, extra);
        }
        foreach (var (group, list) in Entries(doc.GetTable("dependency-groups")))
        {
            reader.ReadList(list, group);
        }
        reader.ReadList(doc.Find("tool.uv.dev-dependencies"), "dev");
        foreach (var (group, list) in Entries(doc.Find("tool.pdm.dev-dependencies") as TomlValue.Table))
        {
            reader.ReadList(list, group);
        }
        foreach (var (env, table) in Entries(doc.Find("tool.hatch.envs") as TomlValue.Table))
        {
            reader.ReadList((table as TomlValue.Table)?["dependencies"], "hatch:" + env);
            reader.ReadList((table as TomlValue.Table)?["extra-dependencies"], "hatch:" + env);
        }
        reader.ReadList(doc.Find("build-system.requires"), "build-system");
        if (poetry is not null)
        {
            requiresPython ??= ReadPoetry(path, poetry, requirements);
            ReadScripts(path, poetry.GetTable("scripts"), scripts);
        }
        ReadScripts(path, project?.GetTable("scripts"), scripts);

        string? name = project?.GetString("name") ?? poetry?.GetString("name");
        string? backend = doc.Find("build-system.build-backend") is TomlValue.Str b ? b.Value : null;
        return new Manifest(path, ManifestKind.Pyproject, requirements, problems)
        {
            ProjectName = name,
            RequiresPython = requiresPython,
            ToolSections = ToolSections(path, doc),
            Scripts = scripts,
            BuildBackend = backend,
        };
    }

    private static IEnumerable<(string Key, TomlValue Value)> Entries(TomlValue.Table? table) =>
        table is null ? [] : table.Entries.Select(e => (e.Key, e.Value));

    private static List<ToolSection> ToolSections(string path, TomlValue.Table doc)
    {
        var sections = new List<ToolSection>();
        foreach (var (tool, value) in Entries(doc.GetTable("tool")))
        {
            sections.Add(new ToolSection(tool, path, value.Line));
        }
        return sections;
    }

    private static void ReadScripts(string path, TomlValue.Table? table, List<EntryScript> scripts)
    {
        foreach (var (name, value) in Entries(table))
        {
            if (value is TomlValue.Str target)
            {
                scripts.Add(new EntryScript(name, target.Value, path, value.Line));
            }
        }
    }

    private static Evidenced<string>? ReadPoetry(string path, TomlValue.Table poetry, List<Requirement> requirements)
    {
        Evidenced<string>? python = null;
        void ReadTable(TomlValue? deps, string? group)
        {
            foreach (var (name, value) in Entries(deps as TomlValue.Table))
            {
                if (name == "python")
                {
                    python ??= value is TomlValue.Str s ? new(PoetryConstraint.ToSpecifier(s.Value), path, s.Line) : null;
                    continue;
                }
                requirements.Add(PoetryRequirement(path, name, value, group));
            }
        }
        ReadTable(poetry["dependencies"], null);
        ReadTable(poetry["dev-dependencies"], "dev");
        foreach (var (group, table) in Entries(poetry.GetTable("group")))
        {
            ReadTable((table as TomlValue.Table)?["dependencies"], group);
        }
        return python;
    }

    private static Requirement PoetryRequirement(string path, string name, TomlValue value, string? group)
    {
        string constraint = "";
        string[] extras = [];
        string? marker = null;
        switch (value)
        {
            case TomlValue.Str s:
                constraint = s.Value;
                break;
            case TomlValue.Table t:
                constraint = t.GetString("version") ?? "";
                extras = (t["extras"] as TomlValue.Array)?.Items.OfType<TomlValue.Str>().Select(x => x.Value).ToArray() ?? [];
                marker = t.GetString("markers");
                break;
            case TomlValue.Array a:
                constraint = a.Items.OfType<TomlValue.Table>().Select(x => x.GetString("version")).FirstOrDefault(v => v is not null) ?? "";
                break;
        }
        return new Requirement(Requirement.Normalize(name), name, PoetryConstraint.ToSpecifier(constraint), extras, marker, group, path, value.Line);
    }

    /// <summary>Reads arrays of PEP 508 strings, reporting each invalid entry once.</summary>
    internal sealed class PepListReader(string path, List<Requirement> requirements, List<Problem> problems)
    {
        public void ReadList(TomlValue? list, string? group)
        {
            if (list is not TomlValue.Array array)
            {
                return;
            }
            foreach (var item in array.Items)
            {
                if (item is not TomlValue.Str s)
                {
                    continue; // {include-group = "..."} entries repeat another group's requirements.
                }
                var requirement = Pep508.Parse(s.Value, group, path, s.Line);
                if (requirement is null)
                {
                    problems.Add(new Problem(path, s.Line, $"invalid requirement: '{s.Value}'"));
                }
                else
                {
                    requirements.Add(requirement);
                }
            }
        }
    }
}
