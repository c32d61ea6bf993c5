using System.Text.RegularExpressions;

namespace Pyarch.Project.Manifests;

/// <summary>
/// Reads pip's requirements format: continuations, comments, <c>-r</c>/<c>-c</c> includes, <c>-e</c> editables,
/// URL requirements with <c>#egg=</c>, per-requirement options such as <c>--hash</c>, and global options.
/// </summary>
public static partial class RequirementsReader
{
    [GeneratedRegex(@"[#&]egg=(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)")]
    private static partial Regex EggFragment();

    public static RequirementsFile Read(string path, string text)
    {
        var requirements = new List<Requirement>();
        var includes = new List<FileReference>();
        var constraints = new List<FileReference>();
        var options = new List<string>();
        var problems = new List<Problem>();
        string? group = GroupOf(path);
        foreach (var (line, content) in LogicalLines(text))
        {
            string entry = StripPerRequirementOptions(content);
            if (entry.Length == 0)
            {
                continue;
            }
            if (entry.StartsWith('-'))
            {
                ReadOption(entry, line, includes, constraints, options, requirements, group, path, problems);
                continue;
            }
            var requirement = ReadRequirement(entry, group, path, line);
            if (requirement is not null)
            {
                requirements.Add(requirement);
            }
            else if (!IsLocalPath(entry))
            {
                problems.Add(new Problem(path, line, $"invalid requirement: '{entry}'"));
            }
        }
        bool compiled = text.Contains("pip-compile", StringComparison.Ordinal) || text.Contains("--hash=", StringComparison.Ordinal);
        return new RequirementsFile(path, requirements, includes, constraints, options, problems) { IsCompiled = compiled };
    }

    /// <summary>The group a file name implies: <c>requirements-dev.txt</c> and <c>requirements/dev.txt</c> give <c>dev</c>.</summary>
    public static string? GroupOf(string path)
    {
        string name = Path.GetFileNameWithoutExtension(path);
        string dir = Path.GetFileName(Path.GetDirectoryName(path) ?? "");
        if (dir == "requirements")
        {
            return name is "base" or "common" or "main" or "prod" or "production" ? null : name;
        }
        foreach (string prefix in new[] { "requirements-", "requirements_", "requirements." })
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return name[prefix.Length..];
            }
        }
        return null;
    }

    private static IEnumerable<(int Line, string Content)> LogicalLines(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int start = i;
            string current = StripComment(lines[i].TrimEnd('\r'));
            while (current.EndsWith('\\') && i + 1 < lines.Length)
            {
                current = current[..^1] + " " + StripComment(lines[++i].TrimEnd('\r'));
            }
            current = current.TrimEnd('\\').Trim();
            if (current.Length > 0)
            {
                yield return (start + 1, current);
            }
        }
    }

    private static string StripComment(string line)
    {
        // pip: a comment starts at '#' at the line start or after whitespace, so URL fragments survive.
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }
        return line;
    }

    private static string StripPerRequirementOptions(string entry)
    {
        if (entry.StartsWith('-'))
        {
            return entry;
        }
        int option = entry.IndexOf(" --", StringComparison.Ordinal);
        return option >= 0 ? entry[..option].Trim() : entry;
    }

    private static void ReadOption(
        string entry, int line, List<FileReference> includes, List<FileReference> constraints, List<string> options,
        List<Requirement> requirements, string? group, string path, List<Problem> problems)
    {
        var (flag, argument) = SplitOption(entry);
        switch (flag)
        {
            case "-r" or "--requirement":
                includes.Add(new FileReference(argument, line));
                break;
            case "-c" or "--constraint":
                constraints.Add(new FileReference(argument, line));
                break;
            case "-e" or "--editable":
                var editable = ReadRequirement(argument, group, path, line);
                if (editable is not null)
                {
                    requirements.Add(editable with { Editable = true });
                }
                else if (!IsLocalPath(argument))
                {
                    problems.Add(new Problem(path, line, $"invalid editable requirement: '{argument}'"));
                }
                break;
            default:
                options.Add(entry);
                break;
        }
    }

    private static (string Flag, string Argument) SplitOption(string entry)
    {
        int split = entry.IndexOfAny([' ', '=', '\t']);
        if (entry.StartsWith("--", StringComparison.Ordinal) || split < 0)
        {
            return split < 0 ? (entry, "") : (entry[..split], entry[(split + 1)..].Trim());
        }
        // Short flags may be glued to their argument: "-rbase.txt".
        return (entry[..2], entry[2..].Trim());
    }

    private static Requirement? ReadRequirement(string entry, string? group, string path, int line)
    {
        bool isUrl = entry.Contains("://", StringComparison.Ordinal) && !entry.Contains(" @ ", StringComparison.Ordinal);
        if (isUrl && EggFragment().Match(entry) is { Success: true } egg)
        {
            string name = egg.Groups["name"].Value;
            return new Requirement(Requirement.Normalize(name), name, "", [], null, group, path, line) { Url = entry };
        }
        if (isUrl)
        {
            return WheelRequirement(entry, group, path, line);
        }
        return Pep508.Parse(entry, group, path, line);
    }

    private static Requirement? WheelRequirement(string url, string? group, string path, int line)
    {
        // ".../Django-4.2-py3-none-any.whl" or ".../requests-2.31.0.tar.gz": the name is the file name up to the version.
        string file = url.Split('#')[0].Split('?')[0].TrimEnd('/');
        file = file[(file.LastIndexOf('/') + 1)..];
        var dash = file.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !(file.EndsWith(".whl", StringComparison.Ordinal) || file.EndsWith(".tar.gz", StringComparison.Ordinal) || file.EndsWith(".zip", StringComparison.Ordinal)))
        {
            return null;
        }
        string name = file[..dash];
        return new Requirement(Requirement.Normalize(name), name, "", [], null, group, path, line) { Url = url };
    }

    private static bool IsLocalPath(string entry) =>
        entry.StartsWith('.') || entry.StartsWith('/') || entry.StartsWith("file:", StringComparison.Ordinal) || entry.Contains("://", StringComparison.Ordinal);
}
