using Pyarch.Project.Deployment;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Deployment;

/// <summary>PA403: a <c>pip install</c> in the image that keeps pip's download cache in the layer.</summary>
public sealed class PipCacheKept : Rule, IProjectRule
{
    public override string Code => "PA403";

    public override string Name => "pip-cache-kept";

    public override RuleCategory Category => RuleCategory.Deployment;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["hadolint:DL3042"];

    public override string Summary => "A `pip install` in a Dockerfile leaves pip's cache in the image";

    public override string Documentation => """
        ## What it does
        Finds `pip install`, `pip3 install`, `python -m pip install` and `uv pip install` in the `RUN`s of the
        stages that make up the image (the final stage and the stages it is built `FROM`) that would keep the
        package cache. A pip install is fine with `--no-cache-dir` (or `--no-cache`: pip takes any unambiguous
        start of a long option, down to `--no-ca`), with `PIP_NO_CACHE_DIR` set to a true value
        by `ENV`, `ARG`, an inline assignment or an `export` earlier in the `RUN`, or with a BuildKit
        `--mount=type=cache` on the cache folder (`/root/.cache` or `/root/.cache/pip`, or `PIP_CACHE_DIR`): the
        cache then lives outside the layer. `uv pip install` is fine with `--no-cache`, `UV_NO_CACHE` or a cache
        mount on `/root/.cache/uv` (or `UV_CACHE_DIR`). `pipx` and `pipenv` are other programs and are not checked.

        Unlike hadolint DL3042, a stage that the image is not built on (a builder whose results are copied out with
        `COPY --from`) is not reported, since its cache never reaches the image, and a cache mount is accepted.

        ## Why is this bad?
        pip keeps every downloaded wheel under `~/.cache/pip`. In an image that cache is never used again, but it is
        part of the layer: tens to hundreds of megabytes shipped with every pull.

        ## Example
        ```dockerfile
        FROM python:3.12-slim
        COPY requirements.txt .
        RUN pip install -r requirements.txt
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim
        COPY requirements.txt .
        RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
        ```

        ## References
        - [pip: caching](https://pip.pypa.io/en/stable/topics/caching/)
        - [Docker docs: cache mounts](https://docs.docker.com/build/cache/optimize/#use-cache-mounts)
        - [uv: caching](https://docs.astral.sh/uv/concepts/cache/)
        - [hadolint DL3042](https://github.com/hadolint/hadolint/wiki/DL3042)
        """;

    public void Check(ProjectContext context)
    {
        foreach (var file in context.Model.Dockerfiles)
        {
            foreach (var stage in DockerStages.InImage(file))
            {
                foreach (var run in DockerRun.In(stage))
                {
                    var variables = DockerStages.Variables(file, stage, run.Instruction);
                    foreach (var install in run.Commands.Select(PythonInstall.PipInstall).OfType<PythonInstall>())
                    {
                        if (!KeepsNoCache(install, run, variables))
                        {
                            string message = install.Tool == "uv"
                                ? "`uv pip install` keeps uv's cache in the image"
                                : $"`{string.Join(' ', install.Command.Words.TakeWhile(w => w != "install"))} install` keeps pip's cache in the image";
                            context.Report(file.File, run.Instruction.Line, message, "RUN " + run.Instruction.Arguments, install.Tool == "uv" ? [] : ["hadolint:DL3042"]);
                        }
                    }
                }
            }
        }
    }

    /// <summary>pip (optparse) takes any unambiguous start of a long option: <c>--no-cache</c> and <c>--no-ca</c> are <c>--no-cache-dir</c>.</summary>
    private static readonly string[] PipNoCacheDir = [.. Enumerable.Range("--no-ca".Length, "--no-cache-dir".Length - "--no-ca".Length + 1).Select(n => "--no-cache-dir"[..n])];

    private static bool KeepsNoCache(PythonInstall install, DockerRun run, IReadOnlyDictionary<string, string> variables)
    {
        var (option, variable, cacheVariable, folder) = install.Tool == "uv"
            ? (new[] { "--no-cache", "-n" }, "UV_NO_CACHE", "UV_CACHE_DIR", "/root/.cache/uv")
            : (PipNoCacheDir, "PIP_NO_CACHE_DIR", "PIP_CACHE_DIR", "/root/.cache/pip");
        if (install.Has(option) || DockerStages.IsTruthy(run.InlineVariable(install.Command, variable) ?? variables.GetValueOrDefault(variable)))
        {
            return true;
        }
        string cache = run.InlineVariable(install.Command, cacheVariable) ?? variables.GetValueOrDefault(cacheVariable) ?? folder;
        return run.HasCacheMount(cache) || IsParentMount(run, cache);
    }

    /// <summary>A cache mount on a folder that holds the cache (<c>/root/.cache</c> holds <c>/root/.cache/pip</c>).</summary>
    private static bool IsParentMount(DockerRun run, string cache)
    {
        for (string folder = cache; folder.LastIndexOf('/') is int slash and > 0; folder = folder[..slash])
        {
            if (run.Mounts.Any(m => m.GetValueOrDefault("type") == "cache" && m.GetValueOrDefault("target")?.TrimEnd('/') == folder[..slash]))
            {
                return true;
            }
        }
        return false;
    }
}
