namespace Pyarch.Project.Deployment;

/// <summary>
/// One Dockerfile instruction after joining continuation lines. <see cref="ExecForm"/> is the JSON array of
/// an exec-form <c>CMD</c>/<c>ENTRYPOINT</c>/<c>RUN</c>, null for shell form. Heredoc bodies are kept apart.
/// </summary>
public sealed record DockerInstruction(string Keyword, string Arguments, int Line, IReadOnlyList<string>? ExecForm, IReadOnlyList<string> Heredocs)
{
    /// <summary>The command as a shell would see it: exec-form words joined by spaces, else the arguments.</summary>
    public string CommandText => ExecForm is null ? Arguments : string.Join(' ', ExecForm);
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
