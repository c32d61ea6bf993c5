using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Deployment;

/// <summary>PA401: a <c>FROM</c> image with no tag, the <c>latest</c> tag, or (info) a tag but no digest.</summary>
public sealed class BaseImageNotPinned : Rule, IProjectRule
{
    public override string Code => "PA401";

    public override string Name => "base-image-not-pinned";

    public override RuleCategory Category => RuleCategory.Deployment;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["hadolint:DL3006", "hadolint:DL3007", "scorecard:Pinned-Dependencies"];

    public override string Summary => "A Dockerfile base image has no tag, the `latest` tag, or no digest";

    public override string Documentation => """
        ## What it does
        Checks the image of every `FROM` (after substituting the defaults of `ARG`s declared before the first
        `FROM`) for a version. An image with no tag or with `latest` is a warning (hadolint DL3006, DL3007). An
        image with a tag but no `@sha256:` digest is reported at info level, as OpenSSF Scorecard's
        Pinned-Dependencies check does: a tag can be moved, a digest cannot. `scratch`, a `FROM` naming an earlier
        stage, and an image whose `ARG` has no default (it is chosen at build time) are not reported.

        ## Why is this bad?
        `python` with no tag means `python:latest`, which moves to a new Python release on its own: the next
        build of an unchanged repository gets another interpreter, and breaks or behaves differently. A tag such as
        `3.12-slim` still gets rebuilt with new system packages; only a digest makes the build repeatable.

        ## Example
        ```dockerfile
        FROM python
        COPY . /app
        CMD ["python", "/app/main.py"]
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim@sha256:4e8a8f9c3a5d1e7b2c6f0a9d8e7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c
        COPY . /app
        CMD ["python", "/app/main.py"]
        ```

        ## References
        - [Dockerfile reference: FROM](https://docs.docker.com/reference/dockerfile/#from)
        - [hadolint DL3006](https://github.com/hadolint/hadolint/wiki/DL3006) and [DL3007](https://github.com/hadolint/hadolint/wiki/DL3007)
        - [OpenSSF Scorecard: Pinned-Dependencies](https://github.com/ossf/scorecard/blob/main/docs/checks.md#pinned-dependencies)
        """;

    public void Check(ProjectContext context)
    {
        foreach (var file in context.Model.Dockerfiles)
        {
            foreach (var stage in file.Stages)
            {
                if (DockerStages.Parent(file, stage) is not null || DockerStages.BaseImage(file, stage) is not { } written)
                {
                    continue;
                }
                var image = ImageReference.Parse(written);
                if (image.Repository.Length == 0 || image.Repository == "scratch")
                {
                    continue;
                }
                string snippet = "FROM " + stage.BaseImage;
                if (image.Digest is not null)
                {
                    continue;
                }
                if (image.Tag is null)
                {
                    context.Report(file.File, stage.Line, $"The base image `{written}` has no tag, so it follows `latest`", snippet, "hadolint:DL3006");
                }
                else if (image.Tag == "latest")
                {
                    context.Report(file.File, stage.Line, $"The base image `{written}` uses the `latest` tag", snippet, "hadolint:DL3007");
                }
                else
                {
                    context.Report(Severity.Info, file.File, stage.Line, $"The base image `{written}` is pinned by tag but not by digest", snippet, "scorecard:Pinned-Dependencies");
                }
            }
        }
    }
}
