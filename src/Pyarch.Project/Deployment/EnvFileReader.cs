namespace Pyarch.Project.Deployment;

/// <summary>
/// One variable set by a <c>.env</c> file, a Dockerfile <c>ENV</c>/<c>ARG</c> or a compose <c>environment</c>.
/// Values are never kept, as they may be secrets; <see cref="HasValue"/> only says whether one is given.
/// </summary>
public sealed record EnvVariable(string Name, string File, int Line)
{
    public bool HasValue { get; init; } = true;
}

/// <summary>Reads <c>.env*</c> files: <c>NAME=value</c> lines, optionally prefixed by <c>export</c>.</summary>
public static class EnvFileReader
{
    public static (IReadOnlyList<EnvVariable> Variables, IReadOnlyList<Problem> Problems) Read(string path, string text)
    {
        var variables = new List<EnvVariable>();
        var problems = new List<Problem>();
        var lines = text.Split('\n');
        bool inQuotedValue = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (inQuotedValue)
            {
                inQuotedValue = !line.EndsWith('"');
                continue;
            }
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line[7..].TrimStart();
            }
            int eq = line.IndexOf('=', StringComparison.Ordinal);
            string name = eq > 0 ? line[..eq].Trim() : "";
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
            {
                problems.Add(new Problem(path, i + 1, "invalid .env line (expected NAME=value)"));
                continue;
            }
            string value = line[(eq + 1)..].Trim();
            inQuotedValue = value.StartsWith('"') && (value.Length == 1 || !value.EndsWith('"'));
            // python-dotenv reads an unquoted value that starts with '#' as a comment, so as empty.
            bool hasValue = value.Trim('"', '\'').Length > 0 && !value.StartsWith('#');
            variables.Add(new EnvVariable(name, path, i + 1) { HasValue = hasValue });
        }
        return (variables, problems);
    }

    /// <summary>
    /// The value of one <c>NAME=value</c> line (the line a <see cref="EnvVariable"/> points at): quotes removed, and
    /// for an unquoted value a trailing <c> #</c> comment dropped, as python-dotenv reads it.
    /// </summary>
    public static string Value(string line)
    {
        int eq = line.IndexOf('=', StringComparison.Ordinal);
        string value = eq < 0 ? "" : line[(eq + 1)..].Trim();
        if (value.Length >= 2 && value[0] is '"' or '\'' && value.IndexOf(value[0], 1) is int close and > 0)
        {
            return value[1..close];
        }
        int comment = value.IndexOf(" #", StringComparison.Ordinal);
        return (comment < 0 ? value : value[..comment]).Trim();
    }
}
