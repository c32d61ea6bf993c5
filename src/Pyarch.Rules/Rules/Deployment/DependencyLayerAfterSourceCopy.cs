using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Deployment;

/// <summary>PA405: a stage copies the whole build context before it installs the dependencies.</summary>
public sealed class DependencyLayerAfterSourceCopy : Rule, IProjectRule
{
    public override string Code => "PA405";

    public override string Name => "dependency-layer-after-source-copy";

    public override RuleCategory Category => RuleCategory.Deployment;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Summary => "A Dockerfile copies the source before installing dependencies, so every code change reinstalls them";

    public override string Documentation => """
        ## What it does
        In each stage, finds a copy of the whole build context (`COPY . .`, `ADD . /app`, `COPY * ./`) that comes before
        the stage's first dependency install: `pip install` (or `python -m pip`, `uv pip install`), `uv sync`,
        `poetry install`, `pipenv install`/`sync`, `pdm install`/`sync` or `pip-sync`. A `pip install --no-deps`
        installs only the project and does not count, so `COPY . .` followed by `pip install --no-deps .`, after the
        dependencies were installed from the copied manifest, is the recommended shape and passes.

        ## Why is this bad?
        Docker reuses a layer only while everything before it is unchanged. With the whole source copied first, any
        edit to any file invalidates the install layer, and each build downloads and installs every dependency again:
        minutes per build instead of seconds.

        ## Example
        ```dockerfile
        FROM python:3.12-slim
        WORKDIR /app
        COPY . .
        RUN pip install --no-cache-dir -r requirements.txt
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim
        WORKDIR /app
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt
        COPY . .
        ```

        ## References
        - [Docker docs: optimize cache usage](https://docs.docker.com/build/cache/optimize/#order-your-layers)
        - [uv: Docker, intermediate layers](https://docs.astral.sh/uv/guides/integration/docker/#intermediate-layers)
        """;

    public void Check(ProjectContext context)
    {
        foreach (var file in context.Model.Dockerfiles)
        {
            foreach (var stage in file.Stages)
            {
                var install = DockerRun.In(stage).FirstOrDefault(r => r.Commands.Any(PythonInstall.IsDependencyInstall));
                if (install is null)
                {
                    continue;
                }
                var copy = DockerCopy.In(stage).FirstOrDefault(c => c.CopiesWholeContext && c.Instruction.Line < install.Instruction.Line);
                if (copy is not null)
                {
                    string written = $"{copy.Instruction.Keyword} {copy.Instruction.Arguments}";
                    context.Report(file.File, copy.Instruction.Line, $"`{written}` comes before the dependency install on line {install.Instruction.Line}", written);
                }
            }
        }
    }
}
