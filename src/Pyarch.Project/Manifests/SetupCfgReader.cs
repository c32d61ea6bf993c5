using Pyarch.Project.Formats;

namespace Pyarch.Project.Manifests;

/// <summary>
/// Reads INI-format tool and package configuration: <c>setup.cfg</c> (<c>[options] install_requires</c>,
/// extras, console scripts) and <c>tox.ini</c> (<c>deps</c> of each environment). Every section that
/// configures a tool (<c>[flake8]</c>, <c>[mypy]</c>, <c>[tool:pytest]</c>, <c>[isort]</c>, ...) is listed too.
/// </summary>
public static class SetupCfgReader
{
    public static Manifest Read(string path, string text)
    {
        var ini = IniReader.Read(path, text);
        var requirements = new List<Requirement>();
        var problems = new List<Problem>(ini.Problems);
        var options = ini.Document.Section("options");
        ReadLines(path, options?.Get("install_requires"), null, requirements, problems);
        foreach (var extra in ini.Document.Section("options.extras_require")?.Entries ?? [])
        {
            ReadLines(path, extra, extra.Key, requirements, problems);
        }
        bool isTox = Path.GetFileName(path).Equals("tox.ini", StringComparison.OrdinalIgnoreCase);
        foreach (var section in ini.Document.Sections.Where(s => s.Name.StartsWith("testenv", StringComparison.Ordinal)))
        {
            ReadLines(path, section.Get("deps"), "tox", requirements, problems);
        }
        var scripts = new List<EntryScript>();
        if (ini.Document.Section("options.entry_points")?.Get("console_scripts") is { } console)
        {
            foreach (var (line, number) in SplitLines(console))
            {
                var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
                if (parts.Length == 2)
                {
                    scripts.Add(new EntryScript(parts[0], parts[1], path, number));
                }
            }
        }
        var python = options?.Get("python_requires");
        return new Manifest(path, isTox ? ManifestKind.ToxIni : ManifestKind.SetupCfg, requirements, problems)
        {
            ProjectName = ini.Document.Section("metadata")?.Get("name")?.Value,
            RequiresPython = python is null ? null : new(python.Value.Replace(" ", "", StringComparison.Ordinal), path, python.Line),
            ToolSections = ini.Document.Sections.Select(s => new ToolSection(ToolOf(s.Name), path, s.Line)).ToList(),
            Scripts = scripts,
        };
    }

    /// <summary><c>[tool:pytest]</c> and <c>[mypy-foo.*]</c> configure pytest and mypy.</summary>
    private static string ToolOf(string section)
    {
        string name = section.StartsWith("tool:", StringComparison.Ordinal) ? section[5..] : section;
        int dash = name.IndexOf('-', StringComparison.Ordinal);
        return name.StartsWith("mypy-", StringComparison.Ordinal) || name.StartsWith("testenv", StringComparison.Ordinal) && dash > 0 ? name[..dash] : name.Split(':')[0];
    }

    private static IEnumerable<(string Text, int Line)> SplitLines(IniEntry entry)
    {
        for (int i = 0; i < entry.ValueParts.Count; i++)
        {
            string line = entry.ValueParts[i].Split(" #")[0].Trim();
            if (line.Length > 0)
            {
                yield return (line, entry.ValueLines[i]);
            }
        }
    }

    private static void ReadLines(string path, IniEntry? entry, string? group, List<Requirement> requirements, List<Problem> problems)
    {
        if (entry is null)
        {
            return;
        }
        foreach (var (line, number) in SplitLines(entry))
        {
            // tox deps may hold "-r requirements.txt" or "{[base]deps}" substitutions, which declare nothing new.
            if (line.StartsWith('-') || line.StartsWith('{') || line.StartsWith('.'))
            {
                continue;
            }
            var requirement = Pep508.Parse(line, group, path, number);
            if (requirement is null)
            {
                problems.Add(new Problem(path, number, $"invalid requirement: '{line}'"));
            }
            else
            {
                requirements.Add(requirement);
            }
        }
    }
}
