using System.Text.RegularExpressions;
using Pyarch.Project.Formats;
using YamlDotNet.RepresentationModel;

namespace Pyarch.Project.Manifests;

/// <summary>
/// Reads a conda environment file: conda packages (<c>numpy=1.26</c>, <c>conda-forge::pandas</c>) and the
/// <c>pip:</c> list. <c>python=3.11</c> gives the Python version, not a requirement.
/// </summary>
public static partial class CondaEnvironmentReader
{
    [GeneratedRegex(@"^(?:[\w.-]+::)?(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?<spec>[=<>!~].*)?$")]
    private static partial Regex CondaSpec();

    /// <summary>True when a YAML document looks like a conda environment (a <c>dependencies</c> list and a <c>name</c> or <c>channels</c>).</summary>
    public static bool Looks(YamlNode root) =>
        root.Get("dependencies") is YamlSequenceNode && (root.Get("channels") is not null || root.Get("name") is not null);

    public static Manifest Read(string path, string text)
    {
        var yaml = YamlReader.Read(path, text);
        if (yaml.Problem is not null)
        {
            return new Manifest(path, ManifestKind.CondaEnvironment, [], [yaml.Problem]);
        }
        var requirements = new List<Requirement>();
        var problems = new List<Problem>();
        Evidenced<string>? python = null;
        foreach (var item in yaml.Documents.FirstOrDefault().Get("dependencies").Items())
        {
            if (item is YamlMappingNode && item.Get("pip") is { } pip)
            {
                foreach (var entry in pip.Items())
                {
                    ReadPip(path, entry, requirements, problems);
                }
                continue;
            }
            string? spec = item.Scalar();
            var match = spec is null ? null : CondaSpec().Match(spec.Trim());
            if (match is null || !match.Success)
            {
                problems.Add(new Problem(path, YamlReader.LineOf(item), $"invalid conda package: '{spec}'"));
                continue;
            }
            string name = match.Groups["name"].Value;
            string version = CondaVersion(match.Groups["spec"].Value.Trim());
            if (name == "python")
            {
                python = new(version, path, YamlReader.LineOf(item));
                continue;
            }
            requirements.Add(new Requirement(Requirement.Normalize(name), name, version, [], null, null, path, YamlReader.LineOf(item)));
        }
        return new Manifest(path, ManifestKind.CondaEnvironment, requirements, problems) { RequiresPython = python };
    }

    private static void ReadPip(string path, YamlNode entry, List<Requirement> requirements, List<Problem> problems)
    {
        string text = entry.Scalar() ?? "";
        if (text.StartsWith('-'))
        {
            return; // "-r requirements.txt" and index options: the included file is read on its own.
        }
        var requirement = Pep508.Parse(text, null, path, YamlReader.LineOf(entry));
        if (requirement is null)
        {
            problems.Add(new Problem(path, YamlReader.LineOf(entry), $"invalid requirement: '{text}'"));
        }
        else
        {
            requirements.Add(requirement);
        }
    }

    /// <summary>Conda's <c>=3.11</c> means "3.11.*"; <c>==</c> and comparisons mean what PEP 440 says.</summary>
    private static string CondaVersion(string spec)
    {
        if (spec.Length == 0)
        {
            return "";
        }
        if (spec.StartsWith('=') && !spec.StartsWith("==", StringComparison.Ordinal))
        {
            string version = spec[1..].Split('=')[0];
            return "==" + version + (version.EndsWith('*') ? "" : ".*");
        }
        return spec.Replace(" ", "", StringComparison.Ordinal);
    }
}
