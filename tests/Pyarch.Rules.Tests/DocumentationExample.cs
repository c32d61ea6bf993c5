using System.Text.RegularExpressions;

namespace Pyarch.Rules.Tests;

/// <summary>
/// The code blocks under one heading of a rule's documentation, as a project: each fence's info string is the
/// language and, optionally, the file it stands for (<c>```python config/settings.py</c>). Without a path a block
/// is <c>app.py</c>, <c>Dockerfile</c>, <c>pyproject.toml</c> or <c>docker-compose.yml</c> by its language.
/// </summary>
internal static partial class DocumentationExample
{
    public static IReadOnlyList<(string Path, string Text)> Files(string documentation, string heading)
    {
        int start = documentation.IndexOf("## " + heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }
        int end = documentation.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        string section = end < 0 ? documentation[start..] : documentation[start..end];
        return Fence().Matches(section)
            .Select(m => (PathFor(m.Groups["lang"].Value, m.Groups["path"].Value), m.Groups["body"].Value))
            .ToList();
    }

    private static string PathFor(string language, string path) => path.Length > 0 ? path : language switch
    {
        "python" => "app.py",
        "dockerfile" => "Dockerfile",
        "toml" => "pyproject.toml",
        "yaml" => "docker-compose.yml",
        _ => throw new FormatException($"a ```{language} block needs a file path after the language"),
    };

    /// <summary>Writes the files into a new folder and returns it.</summary>
    public static string WriteProject(IReadOnlyList<(string Path, string Text)> files)
    {
        string root = Directory.CreateTempSubdirectory("pyarch-doc-").FullName;
        foreach (var (path, text) in files)
        {
            string full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return root;
    }

    [GeneratedRegex(@"^```(?<lang>[a-z]+)(?: (?<path>\S+))?\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
