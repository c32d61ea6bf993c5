using Pyarch.Project.Frameworks;
using Pyarch.Project.Knowledge;

namespace Pyarch.Project.Detect;

/// <summary>
/// Applies the knowledge catalog to a project: every declaration, import, marker file, tool section, Django
/// setting, deployment command, pre-commit hook and CI deploy step is checked against every technology's data.
/// Adding a technology to the catalog needs no change here.
/// </summary>
public sealed class CatalogMatcher(ProjectModel model, DjangoFacts? django, StackCollector stack)
{
    private readonly IReadOnlyList<Technology> _catalog = TechnologyCatalog.All;

    public void Run()
    {
        MatchDeclarations();
        MatchImports();
        MatchFiles();
        MatchSections();
        MatchSettings();
        MatchCommands();
        MatchHooksAndCi();
    }

    private void MatchDeclarations()
    {
        foreach (var requirement in model.Declarations.Where(r => r.Group != "build-system"))
        {
            foreach (var tech in _catalog.Where(t => !t.ImportOnly && t.Distributions.Any(d => DistributionMatches(d, requirement.Name))))
            {
                stack.Add(tech.Category, tech.Id, new Evidence(requirement.File, requirement.Line, $"declared dependency {requirement.DisplayName}"));
            }
        }
    }

    private static bool DistributionMatches(string pattern, string name) =>
        pattern.EndsWith('*') ? name.StartsWith(pattern[..^1], StringComparison.Ordinal) : pattern == name;

    private void MatchImports()
    {
        var byImport = new Dictionary<string, List<Technology>>(StringComparer.Ordinal);
        foreach (var tech in _catalog)
        {
            foreach (string import in tech.Imports)
            {
                (byImport.TryGetValue(import, out var list) ? list : byImport[import] = []).Add(tech);
            }
        }
        foreach (var module in model.Modules.Modules)
        {
            foreach (var import in module.Imports)
            {
                if (import.Level > 0 || import.Module is not { } name || model.Modules.IsInternal(name))
                {
                    continue;
                }
                foreach (string prefix in Prefixes(name))
                {
                    foreach (var tech in byImport.GetValueOrDefault(prefix) ?? [])
                    {
                        stack.Add(tech.Category, tech.Id, new Evidence(module.Path, import.Line, $"imports {name}"));
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Prefixes(string dotted)
    {
        for (int dot = dotted.IndexOf('.'); dot >= 0; dot = dotted.IndexOf('.', dot + 1))
        {
            yield return dotted[..dot];
        }
        yield return dotted;
    }

    private void MatchFiles()
    {
        foreach (var tech in _catalog.Where(t => t.Files.Length > 0))
        {
            foreach (string pattern in tech.Files)
            {
                if (pattern.EndsWith('/'))
                {
                    string folder = pattern.TrimEnd('/');
                    foreach (string dir in model.Tree.Directories.Where(d => d == folder || d.EndsWith("/" + folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal).Take(1))
                    {
                        stack.Add(tech.Category, tech.Id, new Evidence(dir + "/", 0, $"folder {folder}/"));
                    }
                    continue;
                }
                foreach (var file in model.Tree.Files.Where(f => FileMatches(pattern, f.Name)).Take(3))
                {
                    stack.Add(tech.Category, tech.Id, new Evidence(file.Path, 0, $"file {file.Name}"));
                }
            }
        }
    }

    private static bool FileMatches(string pattern, string name)
    {
        int star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return name == pattern;
        }
        return name.Length >= pattern.Length - 1 && name.StartsWith(pattern[..star], StringComparison.Ordinal)
            && name.EndsWith(pattern[(star + 1)..], StringComparison.Ordinal);
    }

    private void MatchSections()
    {
        foreach (var section in model.Manifests.SelectMany(m => m.ToolSections))
        {
            foreach (var tech in _catalog.Where(t => t.Sections.Contains(section.Tool, StringComparer.Ordinal)))
            {
                string reason = section.File.EndsWith(".toml", StringComparison.Ordinal) ? $"[tool.{section.Tool}] table" : $"[{section.Tool}] section";
                stack.Add(tech.Category, tech.Id, new Evidence(section.File, section.Line, reason));
            }
        }
    }

    private void MatchSettings()
    {
        if (django is null)
        {
            return;
        }
        foreach (var value in django.Settings.All)
        {
            foreach (var tech in _catalog.Where(t => t.Settings.Any(s => value.Value == s || value.Value.StartsWith(s + ".", StringComparison.Ordinal))))
            {
                stack.Add(tech.Category, tech.Id, new Evidence(value.File, value.Line, $"settings entry '{value.Value}'"));
            }
        }
    }

    private void MatchCommands()
    {
        foreach (var command in model.Commands)
        {
            foreach (string program in CommandWords.Programs(command.Text))
            {
                foreach (var tech in _catalog.Where(t => t.Executables.Contains(program, StringComparer.Ordinal)))
                {
                    stack.Add(tech.Category, tech.Id, new Evidence(command.File, command.Line, $"{command.Origin} runs {program}"));
                }
            }
        }
    }

    private void MatchHooksAndCi()
    {
        foreach (var hook in model.PreCommitHooks)
        {
            foreach (var tech in _catalog.Where(t => t.Hooks.Contains(hook.Id, StringComparer.Ordinal)))
            {
                stack.Add(tech.Category, tech.Id, new Evidence(hook.File, hook.Line, $"pre-commit hook {hook.Id}"));
            }
        }
        foreach (var ci in model.CiFiles)
        {
            foreach (var tech in _catalog.Where(t => t.CiMentions.Length > 0))
            {
                foreach (string mention in tech.CiMentions.Where(m => ci.Text.Contains(m, StringComparison.OrdinalIgnoreCase)))
                {
                    stack.Add(tech.Category, tech.Id, new Evidence(ci.File, ci.LineOf(mention), $"deploy step '{mention}'"));
                }
            }
        }
    }
}
