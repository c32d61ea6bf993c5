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
        var lookup = byImport.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var module in model.Modules.Modules)
        {
            foreach (var import in module.Imports)
            {
                if (import.Level > 0 || import.Module is not { } name || model.Modules.IsInternal(name))
                {
                    continue;
                }
                // Each dotted prefix (a, a.b, a.b.c) may be a catalog import, looked up without making its string.
                for (int end = name.IndexOf('.'); ; end = name.IndexOf('.', end + 1))
                {
                    if (lookup.TryGetValue(end < 0 ? name : name.AsSpan(0, end), out var techs))
                    {
                        foreach (var tech in techs)
                        {
                            stack.Add(tech.Category, tech.Id, new Evidence(module.Path, import.Line, $"imports {name}"));
                        }
                    }
                    if (end < 0)
                    {
                        break;
                    }
                }
            }
        }
    }

    private void MatchFiles()
    {
        // Patterns are many and trees can be large: exact names are looked up, and nothing is allocated per file.
        var byName = model.Tree.Files.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var tech in _catalog.Where(t => t.Files.Length > 0))
        {
            foreach (string pattern in tech.Files)
            {
                if (pattern.EndsWith('/'))
                {
                    string folder = pattern.TrimEnd('/');
                    string nested = "/" + folder;
                    foreach (string dir in model.Tree.Directories.Where(d => d == folder || d.EndsWith(nested, StringComparison.Ordinal)).Order(StringComparer.Ordinal).Take(1))
                    {
                        stack.Add(tech.Category, tech.Id, new Evidence(dir + "/", 0, $"folder {folder}/"));
                    }
                    continue;
                }
                int star = pattern.IndexOf('*', StringComparison.Ordinal);
                var files = star < 0
                    ? byName.GetValueOrDefault(pattern) ?? []
                    : model.Tree.Files.Where(f => Matches(f.Name, pattern.AsSpan(0, star), pattern.AsSpan(star + 1)));
                foreach (var file in files.Take(3))
                {
                    stack.Add(tech.Category, tech.Id, new Evidence(file.Path, 0, $"file {file.Name}"));
                }
            }
        }
    }

    /// <summary>A name matching a one-star pattern, given as the text before and after its star.</summary>
    private static bool Matches(string name, ReadOnlySpan<char> before, ReadOnlySpan<char> after) =>
        name.Length >= before.Length + after.Length && name.StartsWith(before, StringComparison.Ordinal) && name.EndsWith(after, StringComparison.Ordinal);

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
