namespace Pyarch.Project.Deployment;

/// <summary>
/// One Dockerfile instruction after joining continuation lines. <see cref="ExecForm"/> is the JSON array of
/// an exec-form <c>CMD</c>/<c>ENTRYPOINT</c>/<c>RUN</c>, null for shell form. Heredoc bodies are kept apart.
/// </summary>
public sealed record DockerInstruction(string Keyword, string Arguments, int Line, IReadOnlyList<string>? ExecForm, IReadOnlyList<string> Heredocs)
{
    /// <summary>The command as a shell would see it: exec-form words joined by spaces, else the arguments.</summary>
    public string CommandText => ExecForm is null ? Arguments : string.Join(' ', ExecForm);

    /// <summary>
    /// The variables an <c>ENV</c> or <c>ARG</c> sets: <c>ENV A=1 B="x y"</c>, the legacy <c>ENV A 1</c>, <c>ARG A</c>
    /// (no value) and <c>ARG A=1</c>; empty for other instructions.
    /// </summary>
    public IEnumerable<EnvVariable> Variables(string file)
    {
        if (Keyword is not ("ENV" or "ARG"))
        {
            yield break;
        }
        var words = SplitWords(Arguments);
        if (Keyword == "ENV" && words.Count > 0 && !words[0].Contains('='))
        {
            yield return new EnvVariable(words[0], file, Line) { HasValue = words.Count > 1 };
            yield break;
        }
        foreach (string word in words)
        {
            int eq = word.IndexOf('=', StringComparison.Ordinal);
            yield return new EnvVariable(eq < 0 ? word : word[..eq], file, Line) { HasValue = eq >= 0 && eq < word.Length - 1 };
        }
    }

    /// <summary>Splits at unquoted whitespace, dropping the quotes, as Docker reads <c>ENV</c> words.</summary>
    private static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        char quote = '\0';
        foreach (char c in text)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            else
            {
                word.Append(c);
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words;
    }
}

/// <summary>A build stage: <c>FROM image [AS name]</c> and what follows up to the next <c>FROM</c>.</summary>
public sealed record DockerStage(string BaseImage, string? Name, int Line, IReadOnlyList<DockerInstruction> Instructions);

/// <summary>A parsed Dockerfile: the <c>ARG</c>s before the first <c>FROM</c>, and the stages in order.</summary>
public sealed record Dockerfile(string File, IReadOnlyList<DockerInstruction> GlobalArgs, IReadOnlyList<DockerStage> Stages, IReadOnlyList<Problem> Problems)
{
    public DockerStage? FinalStage => Stages.Count > 0 ? Stages[^1] : null;

    /// <summary>The last <c>ENTRYPOINT</c> and <c>CMD</c> of the final stage: what the container runs.</summary>
    public IEnumerable<DockerInstruction> StartCommands =>
        FinalStage is null ? [] : new[] { "ENTRYPOINT", "CMD" }
            .Select(k => FinalStage.Instructions.LastOrDefault(i => i.Keyword == k))
            .OfType<DockerInstruction>();
}
