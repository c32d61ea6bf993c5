using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Deployment;

/// <summary>PA402: the final stage runs on the full <c>python</c> image rather than a slim, alpine or distroless one.</summary>
public sealed class HeavyPythonBaseImage : Rule, IProjectRule
{
    public override string Code => "PA402";

    public override string Name => "heavy-python-base-image";

    public override RuleCategory Category => RuleCategory.Deployment;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Summary => "The final image is built on the full `python` image instead of a slim one";

    public override string Documentation => """
        ## What it does
        Finds a Dockerfile whose final stage (following `FROM <earlier stage>` back to the external image) is the
        official `python` image in its full Debian variant: no tag, `latest`, `3.12`, `3.12-bookworm`, ... rather than
        a `-slim` or `-alpine` tag or another base such as distroless. Earlier stages are not checked: a builder stage
        that compiles wheels may use the full image, since only what it copies out reaches the final image.

        ## Why is this bad?
        The full image carries compilers, headers and hundreds of Debian packages (about 1 GB against about
        150 MB for `-slim`). The application does not use them at run time, but every pull, cold start and
        vulnerability scan pays for them, and each package is more surface to patch.

        ## Example
        ```dockerfile
        FROM python:3.12
        COPY . /app
        RUN pip install --no-cache-dir /app
        CMD ["gunicorn", "app:app"]
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12 AS build
        COPY . /src
        RUN pip wheel --no-cache-dir --wheel-dir /wheels /src

        FROM python:3.12-slim
        COPY --from=build /wheels /wheels
        RUN pip install --no-cache-dir /wheels/*
        CMD ["gunicorn", "app:app"]
        ```

        ## References
        - [Docker Hub: python image variants](https://hub.docker.com/_/python)
        - [Docker docs: multi-stage builds](https://docs.docker.com/build/building/multi-stage/)
        """;

    public void Check(ProjectContext context)
    {
        foreach (var file in context.Model.Dockerfiles)
        {
            if (file.FinalStage is not { } final || DockerStages.BaseImage(file, final) is not { } written)
            {
                continue;
            }
            var image = ImageReference.Parse(written);
            string tag = image.Tag ?? "latest";
            if (image.IsOfficialPython && !tag.Contains("slim", StringComparison.Ordinal) && !tag.Contains("alpine", StringComparison.Ordinal)
                && !tag.Contains("windowsservercore", StringComparison.Ordinal) && !tag.Contains("nanoserver", StringComparison.Ordinal))
            {
                var origin = DockerStages.Lineage(file, final).Last();
                context.Report(file.File, origin.Line, $"The final stage runs on the full `{written}` image", "FROM " + origin.BaseImage);
            }
        }
    }
}
