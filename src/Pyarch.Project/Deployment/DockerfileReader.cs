using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pyarch.Project.Deployment;

/// <summary>
/// Reads the Dockerfile format as BuildKit does: the <c># escape=</c> directive, continuation lines (with comment
/// lines inside them dropped), heredocs (<c>&lt;&lt;EOF</c>, <c>&lt;&lt;-EOF</c>, quoted delimiters), exec and shell forms.
/// </summary>
public static partial class DockerfileReader
{
    [GeneratedRegex(@"<<(?<dash>-?)(?<quote>[""']?)(?<word>[A-Za-z_][A-Za-z0-9_]*)\k<quote>")]
    private static partial Regex HeredocMarker();

    [GeneratedRegex(@"^\s*#\s*escape\s*=\s*(?<char>\S)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EscapeDirective();

    public static Dockerfile Read(string path, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        char escape = lines.Length > 0 && EscapeDirective().Match(lines[0]) is { Success: true } m ? m.Groups["char"].Value[0] : '\\';
        var problems = new List<Problem>();
        var instructions = new List<DockerInstruction>();
        int i = 0;
        while (i < lines.Length)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                i++;
                continue;
            }
            int start = i;
            string logical = JoinContinuations(lines, ref i, escape);
            var heredocs = ReadHeredocs(path, logical, lines, ref i, start, problems);
            instructions.Add(ToInstruction(logical, start + 1, heredocs, path, problems));
        }
        return Split(path, instructions, problems);
    }

    private static string JoinContinuations(string[] lines, ref int i, char escape)
    {
        var joined = new System.Text.StringBuilder();
        while (i < lines.Length)
        {
            string line = lines[i++].TrimEnd();
            if (joined.Length > 0 && line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            if (line.EndsWith(escape))
            {
                joined.Append(line[..^1]).Append(' ');
                continue;
            }
            joined.Append(line);
            break;
        }
        return joined.ToString().Trim();
    }

    private static List<string> ReadHeredocs(string path, string logical, string[] lines, ref int i, int start, List<Problem> problems)
    {
        var bodies = new List<string>();
        string keyword = logical.Split(' ', 2)[0].ToUpperInvariant();
        if (keyword is not ("RUN" or "COPY" or "ADD"))
        {
            return bodies;
        }
        foreach (Match marker in HeredocMarker().Matches(logical))
        {
            string word = marker.Groups["word"].Value;
            bool stripTabs = marker.Groups["dash"].Value == "-";
            var body = new List<string>();
            bool closed = false;
            while (i < lines.Length)
            {
                string line = lines[i++];
                if ((stripTabs ? line.TrimStart('\t') : line).TrimEnd('\r') == word)
                {
                    closed = true;
                    break;
                }
                body.Add(line);
            }
            if (!closed)
            {
                problems.Add(new Problem(path, start + 1, $"unterminated heredoc: no line '{word}' closes <<{word}"));
            }
            bodies.Add(string.Join('\n', body));
        }
        return bodies;
    }

    private static DockerInstruction ToInstruction(string logical, int line, List<string> heredocs, string path, List<Problem> problems)
    {
        int space = logical.IndexOfAny([' ', '\t']);
        string keyword = (space < 0 ? logical : logical[..space]).ToUpperInvariant();
        string arguments = space < 0 ? "" : logical[(space + 1)..].Trim();
        if (!KnownInstructions.Contains(keyword))
        {
            problems.Add(new Problem(path, line, $"unknown Dockerfile instruction '{keyword}'"));
        }
        return new DockerInstruction(keyword, arguments, line, ExecForm(keyword, arguments), heredocs);
    }

    private static readonly HashSet<string> KnownInstructions =
    [
        "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER",
        "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
    ];

    private static IReadOnlyList<string>? ExecForm(string keyword, string arguments)
    {
        if (keyword is not ("CMD" or "ENTRYPOINT" or "RUN" or "SHELL") || !arguments.StartsWith('['))
        {
            return null;
        }
        try
        {
            using var doc = JsonDocument.Parse(arguments);
            if (doc.RootElement.ValueKind != JsonValueKind.Array || doc.RootElement.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                return null;
            }
            return doc.RootElement.EnumerateArray().Select(e => e.GetString()!).ToList();
        }
        catch (JsonException)
        {
            return null; // Docker runs an invalid JSON array in shell form.
        }
    }

    private static Dockerfile Split(string path, List<DockerInstruction> instructions, List<Problem> problems)
    {
        var globalArgs = new List<DockerInstruction>();
        var stages = new List<DockerStage>();
        List<DockerInstruction>? current = null;
        foreach (var instruction in instructions)
        {
            if (instruction.Keyword == "FROM")
            {
                var words = instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToArray();
                string? name = words.Length >= 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
                current = [];
                stages.Add(new DockerStage(words.FirstOrDefault() ?? "", name, instruction.Line, current));
            }
            else if (current is null)
            {
                if (instruction.Keyword != "ARG")
                {
                    problems.Add(new Problem(path, instruction.Line, $"{instruction.Keyword} before the first FROM"));
                }
                globalArgs.Add(instruction);
            }
            else
            {
                current.Add(instruction);
            }
        }
        return new Dockerfile(path, globalArgs, stages, problems);
    }
}
