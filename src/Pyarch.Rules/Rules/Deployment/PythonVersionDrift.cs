using System.Text.RegularExpressions;
using Pyarch.Project;
using Pyarch.Project.Deployment;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Deployment;

/// <summary>PA413: the Python of the image and the Python the project's files ask for disagree.</summary>
public sealed partial class PythonVersionDrift : Rule, IProjectRule
{
    public override string Code => "PA413";

    public override string Name => "python-version-drift";

    public override RuleCategory Category => RuleCategory.Deployment;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Summary => "The Python version of the image, the version pins and `requires-python` disagree";

    public override string Documentation => """
        ## What it does
        Compares the Python versions a project states: the final stage's base image of each production Dockerfile
        (`python:3.11-slim`, `ghcr.io/astral-sh/uv:python3.12-bookworm`, with `ARG` defaults substituted),
        `.python-version` and `runtime.txt`, and the ranges of `requires-python`, Poetry's `python`, Pipfile's
        `python_version` and environment.yml's `python=`. It reports the first pair that cannot both hold, once per
        project, at the first file of the pair and naming the other. Versions agree on the components both give, so
        `3.11` agrees with `3.11.9`, and a range allows a version when it allows any release of it.

        ## Why is this bad?
        Tests, the lock file and the type checker run on one Python while the image runs another. Wheels resolved
        for 3.12 may not exist for 3.11, syntax from a newer version fails at import, and a dependency's
        `requires-python` can make the image's `pip install` pick older releases than those tested.

        ## Example
        ```dockerfile
        FROM python:3.11-slim
        CMD ["python", "-m", "app"]
        ```

        ```toml
        [project]
        name = "app"
        version = "1.0"
        requires-python = ">=3.12"
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim
        CMD ["python", "-m", "app"]
        ```

        ```toml
        [project]
        name = "app"
        version = "1.0"
        requires-python = ">=3.12"
        ```

        ## References
        - [Python Packaging: requires-python](https://packaging.python.org/en/latest/specifications/pyproject-toml/#requires-python)
        - [Docker Hub: python image tags](https://hub.docker.com/_/python)
        - [pyenv: .python-version](https://github.com/pyenv/pyenv#choosing-the-python-version)
        """;

    public void Check(ProjectContext context)
    {
        var model = context.Model;
        var exact = DeploymentScope.ProductionDockerfiles(model).Select(ImageVersion).OfType<Evidenced<int[]>>()
            .Concat(model.PythonVersionPins.Select(p => PythonVersions.Parse(p.Value) is { } v ? new Evidenced<int[]>(v, p.File, p.Line) : null).OfType<Evidenced<int[]>>())
            .ToList();
        var ranges = model.Manifests.Select(m => m.RequiresPython).OfType<Evidenced<string>>().ToList();
        foreach (var (version, index) in exact.Select((v, i) => (v, i)))
        {
            foreach (var other in exact.Skip(index + 1))
            {
                if (!PythonVersions.Agree(version.Value, other.Value))
                {
                    Report(context, version, $"pins Python {Show(other.Value)} in `{other.File}:{other.Line}`", other.File);
                    return;
                }
            }
            foreach (var range in ranges)
            {
                if (!PythonVersions.Allows(range.Value, version.Value))
                {
                    Report(context, version, $"asks for `{range.Value}` in `{range.File}:{range.Line}`", range.File);
                    return;
                }
            }
        }
    }

    private static void Report(ProjectContext context, Evidenced<int[]> version, string other, string otherFile) =>
        context.Report(version.File, version.Line, $"`{version.File}` gives Python {Show(version.Value)} while the project {other}", version.File + " " + otherFile);

    private static string Show(int[] version) => string.Join('.', version);

    /// <summary>The Python of the image's final stage, following <c>FROM stage</c> to the stage it names.</summary>
    private static Evidenced<int[]>? ImageVersion(Dockerfile dockerfile)
    {
        var stage = dockerfile.FinalStage;
        for (int hops = 0; stage is not null && hops < dockerfile.Stages.Count; hops++)
        {
            string image = Substitute(stage.BaseImage, dockerfile);
            var named = dockerfile.Stages.FirstOrDefault(s => s.Name is not null && string.Equals(s.Name, image, StringComparison.OrdinalIgnoreCase));
            if (named is null || named == stage)
            {
                return PythonVersions.OfImage(image) is { } version ? new Evidenced<int[]>(version, dockerfile.File, stage.Line) : null;
            }
            stage = named;
        }
        return null;
    }

    /// <summary>Replaces <c>$NAME</c>, <c>${NAME}</c> and <c>${NAME:-default}</c> with the default of a global <c>ARG</c>.</summary>
    private static string Substitute(string image, Dockerfile dockerfile)
    {
        var defaults = dockerfile.GlobalArgs
            .Select(a => a.Arguments.Split('=', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim())
            .ToDictionary(g => g.Key, g => g.Last()[1].Trim().Trim('"', '\''), StringComparer.Ordinal);
        return ArgReference().Replace(image, m =>
            defaults.TryGetValue(m.Groups["name"].Value, out var value) ? value : m.Groups["fallback"].Success ? m.Groups["fallback"].Value : m.Value);
    }

    [GeneratedRegex(@"\$\{?(?<name>[A-Za-z_][A-Za-z0-9_]*)(?::-(?<fallback>[^}]*))?\}?")]
    private static partial Regex ArgReference();
}
