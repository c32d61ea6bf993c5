namespace Pyarch.Rules.Rules.Deployment;

/// <summary>PA407: a <c>CMD</c> or <c>ENTRYPOINT</c> in shell form, which runs the server under <c>/bin/sh -c</c>.</summary>
public sealed class ShellFormStartCommand : Rule, IProjectRule
{
    public override string Code => "PA407";

    public override string Name => "shell-form-start-command";

    public override RuleCategory Category => RuleCategory.Deployment;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["hadolint:DL3025"];

    public override string Summary => "A Dockerfile `CMD` or `ENTRYPOINT` is in shell form, so the server does not receive stop signals";

    public override string Documentation => """
        ## What it does
        Finds `CMD` and `ENTRYPOINT` instructions written in shell form (`CMD gunicorn app:app`) rather than as a JSON
        array (`CMD ["gunicorn", "app:app"]`), in every stage, as hadolint DL3025 does. A JSON array Docker cannot
        parse (single quotes, a trailing comma) is shell form too. Unlike hadolint, a shell form that starts with
        `exec` is not reported: the shell replaces itself with the server, which then receives the signals.

        ## Why is this bad?
        In shell form Docker runs `/bin/sh -c "<command>"`, and the shell is PID 1. `docker stop` and Kubernetes send
        SIGTERM to the shell, which does not pass it on: gunicorn and uvicorn never shut down gracefully, in-flight
        requests are cut when SIGKILL arrives ten or thirty seconds later, and every stop takes that long.

        ## Example
        ```dockerfile
        FROM python:3.12-slim
        CMD gunicorn --bind 0.0.0.0:8000 app:app
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
        ```

        ## References
        - [Docker docs: shell and exec form](https://docs.docker.com/reference/dockerfile/#shell-and-exec-form)
        - [gunicorn: signal handling](https://docs.gunicorn.org/en/stable/signals.html)
        - [hadolint DL3025](https://github.com/hadolint/hadolint/wiki/DL3025)
        """;

    public void Check(ProjectContext context)
    {
        foreach (var file in context.Model.Dockerfiles)
        {
            foreach (var instruction in file.Stages.SelectMany(s => s.Instructions))
            {
                if (instruction.Keyword is "CMD" or "ENTRYPOINT" && instruction.ExecForm is null && instruction.Arguments.Length > 0
                    && !instruction.Arguments.StartsWith("exec ", StringComparison.Ordinal))
                {
                    string written = $"{instruction.Keyword} {instruction.Arguments}";
                    context.Report(file.File, instruction.Line, $"`{instruction.Keyword}` is in shell form, so `/bin/sh` is PID 1 and stop signals do not reach the server", written, "hadolint:DL3025");
                }
            }
        }
    }
}
