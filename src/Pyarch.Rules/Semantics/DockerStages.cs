using System.Text;
using Pyarch.Project.Deployment;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// How the stages of a Dockerfile relate, as the builder sees them: a stage built <c>FROM</c> an earlier stage's name
/// inherits its files, <c>ENV</c> and <c>USER</c>; the image is the final stage plus every stage it is built on, while
/// other stages only lend files through <c>COPY --from</c>; <c>ARG</c>s before the first <c>FROM</c> are in scope
/// in <c>FROM</c> lines, and <c>ENV</c> and <c>ARG</c> values are environment variables of later <c>RUN</c>s.
/// </summary>
public static class DockerStages
{
    /// <summary>The earlier stage that <paramref name="stage"/> is built on, or null for an external image.</summary>
    public static DockerStage? Parent(Dockerfile file, DockerStage stage)
    {
        int index = IndexOf(file, stage);
        return file.Stages.Take(index).LastOrDefault(s => string.Equals(s.Name, stage.BaseImage, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The stage and the stages it is built on, nearest first.</summary>
    public static IEnumerable<DockerStage> Lineage(Dockerfile file, DockerStage stage)
    {
        for (DockerStage? s = stage; s is not null; s = Parent(file, s))
        {
            yield return s;
        }
    }

    /// <summary>The stages whose layers end up in the image: the final stage and the stages it is built on.</summary>
    public static IReadOnlySet<DockerStage> InImage(Dockerfile file) =>
        file.FinalStage is { } final ? Lineage(file, final).ToHashSet() : new HashSet<DockerStage>();

    /// <summary>The external image a stage starts from, <c>ARG</c> defaults substituted; null when an <c>ARG</c> has no default.</summary>
    public static string? BaseImage(Dockerfile file, DockerStage stage)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in file.GlobalArgs.SelectMany(KeyValues))
        {
            if (value is not null)
            {
                args[name] = value;
            }
        }
        return Substitute(Lineage(file, stage).Last().BaseImage, args);
    }

    /// <summary>The <c>NAME=value</c> pairs of an <c>ENV</c> or <c>ARG</c> (value null for an <c>ARG</c> without default), including the legacy <c>ENV NAME value</c>.</summary>
    public static IReadOnlyList<(string Name, string? Value)> KeyValues(DockerInstruction instruction)
    {
        var words = ShellWords.Split(instruction.Arguments);
        if (instruction.Keyword == "ENV" && words.Count > 0 && !words[0].Contains('=', StringComparison.Ordinal))
        {
            string rest = instruction.Arguments[instruction.Arguments.IndexOf(words[0], StringComparison.Ordinal)..][words[0].Length..].Trim();
            return [(words[0], string.Join(' ', ShellWords.Split(rest)))];
        }
        return words.Select(w => w.Split('=', 2)).Select(kv => (kv[0], kv.Length > 1 ? kv[1] : (string?)null)).ToList();
    }

    /// <summary>
    /// The <c>ENV</c> values and <c>ARG</c> defaults a RUN at <paramref name="before"/> sees: those of the stages the
    /// stage is built on, then the stage's own instructions before it.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Variables(Dockerfile file, DockerStage stage, DockerInstruction before)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in Lineage(file, stage).Reverse())
        {
            foreach (var instruction in s.Instructions.TakeWhile(i => !ReferenceEquals(i, before)))
            {
                if (instruction.Keyword is "ENV" or "ARG")
                {
                    foreach (var (name, value) in KeyValues(instruction))
                    {
                        if (value is not null)
                        {
                            variables[name] = value;
                        }
                    }
                }
            }
        }
        return variables;
    }

    /// <summary>True for the values pip and uv read as "on" in a boolean environment variable.</summary>
    public static bool IsTruthy(string? value) => value?.ToLowerInvariant() is "1" or "true" or "on" or "yes";

    /// <summary>Replaces <c>$NAME</c>, <c>${NAME}</c>, <c>${NAME:-default}</c> and <c>${NAME-default}</c>; null when a name has no value.</summary>
    public static string? Substitute(string text, IReadOnlyDictionary<string, string> variables)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '$' || i + 1 >= text.Length)
            {
                sb.Append(text[i]);
                continue;
            }
            string name;
            string? fallback = null;
            if (text[i + 1] == '{' && text.IndexOf('}', i) is int close and > 0)
            {
                string inner = text[(i + 2)..close];
                int dash = inner.IndexOf('-', StringComparison.Ordinal);
                name = (dash < 0 ? inner : inner[..dash]).TrimEnd(':');
                fallback = dash < 0 ? null : inner[(dash + 1)..];
                i = close;
            }
            else
            {
                int end = i + 1;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
                {
                    end++;
                }
                name = text[(i + 1)..end];
                i = end - 1;
            }
            if ((variables.GetValueOrDefault(name) ?? fallback) is not { } value)
            {
                return null;
            }
            sb.Append(value);
        }
        return sb.ToString();
    }

    private static int IndexOf(Dockerfile file, DockerStage stage)
    {
        for (int i = 0; i < file.Stages.Count; i++)
        {
            if (ReferenceEquals(file.Stages[i], stage))
            {
                return i;
            }
        }
        return file.Stages.Count;
    }
}
