using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Deployment;

/// <summary>PA406: the image's last <c>USER</c> is root, or it sets none, or it names a user rather than a numeric UID.</summary>
public sealed class ContainerRunsAsRoot : Rule, IProjectRule
{
    public override string Code => "PA406";

    public override string Name => "container-runs-as-root";

    public override RuleCategory Category => RuleCategory.Deployment;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["hadolint:DL3002", "hadolint:DL3066"];

    public override string Summary => "The container runs as root";

    public override string Documentation => """
        ## What it does
        Looks at the final stage, and the stages it is built `FROM`, for the `USER` the container starts with:
        - the last `USER` is `root` or `0` (with or without a group): a warning, as hadolint DL3002;
        - there is no `USER` at all: info level, because the base image may set a user (pyarch does not pull it);
          a `distroless` `nonroot` image counts as setting one;
        - the last `USER` is a name such as `app`: info level, as hadolint DL3066. Kubernetes' `runAsNonRoot`
          can only verify a numeric UID and refuses to start a pod whose image user is a name.

        Only the final image is checked: builder stages that are only copied from never run.

        ## Why is this bad?
        A process running as root in the container is root on the files the container can reach, and one kernel or
        runtime bug away from root on the host. An application server has no need for it.

        ## Example
        ```dockerfile
        FROM python:3.12-slim
        COPY . /app
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim
        RUN useradd --uid 10001 --no-create-home app
        COPY . /app
        USER 10001
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
        ```

        ## References
        - [Docker docs: USER](https://docs.docker.com/reference/dockerfile/#user)
        - [Kubernetes: security context, runAsNonRoot](https://kubernetes.io/docs/tasks/configure-pod-container/security-context/)
        - [hadolint DL3002](https://github.com/hadolint/hadolint/wiki/DL3002) and [DL3066](https://github.com/hadolint/hadolint/wiki/DL3066)
        """;

    public void Check(ProjectContext context)
    {
        foreach (var file in context.Model.Dockerfiles)
        {
            if (file.FinalStage is not { } final)
            {
                continue;
            }
            var user = DockerStages.Lineage(file, final).Select(s => s.Instructions.LastOrDefault(i => i.Keyword == "USER")).FirstOrDefault(u => u is not null);
            if (user is null)
            {
                string image = DockerStages.BaseImage(file, final) ?? "";
                if (!image.Contains("nonroot", StringComparison.Ordinal))
                {
                    context.Report(Severity.Info, file.File, final.Line, "The final stage sets no `USER`, so the container runs as the base image's user, root unless it sets one", "FROM " + final.BaseImage);
                }
                continue;
            }
            string uid = user.Arguments.Split(':')[0].Trim();
            if (uid is "root" or "0")
            {
                context.Report(file.File, user.Line, $"The container runs as root (`USER {user.Arguments}`)", "USER " + user.Arguments, "hadolint:DL3002");
            }
            else if (!uid.All(char.IsAsciiDigit) && !uid.StartsWith('$'))
            {
                context.Report(Severity.Info, file.File, user.Line, $"`USER {user.Arguments}` names a user, not a numeric UID", "USER " + user.Arguments, "hadolint:DL3066");
            }
        }
    }
}
