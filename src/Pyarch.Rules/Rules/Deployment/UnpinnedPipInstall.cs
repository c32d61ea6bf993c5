using Pyarch.Project;
using Pyarch.Project.Deployment;
using Pyarch.Project.Manifests;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Deployment;

/// <summary>PA404: a <c>pip install</c> in a Dockerfile whose packages, or whose requirements file's lines, are not pinned.</summary>
public sealed class UnpinnedPipInstall : Rule, IProjectRule
{
    public override string Code => "PA404";

    public override string Name => "unpinned-pip-install";

    public override RuleCategory Category => RuleCategory.Deployment;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["hadolint:DL3013"];

    public override string Summary => "A `pip install` in a Dockerfile installs packages without pinned versions";

    public override string Documentation => """
        ## What it does
        Reads the words of every `pip install` (and `uv pip install`) in a `RUN`, including heredoc scripts. A package
        named there is pinned when it has `==` (or `===`), is a wheel or archive file, a local path, or a VCS URL with
        `@ref`. A package with no version at all is reported as hadolint DL3013 does; a range such as `>=2` is
        reported too, without that anchor, since hadolint counts ranges as pinned.

        Unlike hadolint, a `-r`/`--requirement` or `-c`/`--constraint` file is not taken on trust: the rule finds it in
        the repository (following the `COPY` that put it in the image, relative to the build context, which is the
        Dockerfile's folder or else the project root) and reports the lines that are not pinned with `==`, following
        its own `-r` includes. A file it cannot find is not reported. Local projects (`pip install .`,
        `pip install -e .`) are exempt, as is an install with `--require-hashes`, and a package that a `-c`
        constraints file pins.

        ## Why is this bad?
        An unpinned install takes whatever release is newest at build time. Two builds of the same commit can
        ship different code, and a broken or malicious release reaches production without any change in the
        repository.

        ## Example
        ```dockerfile
        FROM python:3.12-slim
        RUN pip install --no-cache-dir gunicorn flask
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim
        RUN pip install --no-cache-dir gunicorn==23.0.0 flask==3.1.0
        ```

        ## References
        - [pip: repeatable installs](https://pip.pypa.io/en/stable/topics/repeatable-installs/)
        - [pip: secure installs (hash-checking mode)](https://pip.pypa.io/en/stable/topics/secure-installs/)
        - [hadolint DL3013](https://github.com/hadolint/hadolint/wiki/DL3013)
        """;

    public void Check(ProjectContext context)
    {
        foreach (var file in context.Model.Dockerfiles)
        {
            foreach (var stage in file.Stages)
            {
                foreach (var run in DockerRun.In(stage))
                {
                    foreach (var install in run.Commands.Select(PythonInstall.PipInstall).OfType<PythonInstall>())
                    {
                        if (!install.Has("--require-hashes"))
                        {
                            Check(context, file, stage, run, install);
                        }
                    }
                }
            }
        }
    }

    private static void Check(ProjectContext context, Dockerfile file, DockerStage stage, DockerRun run, PythonInstall install)
    {
        int line = run.Instruction.Line;
        string snippet = "RUN " + run.Instruction.Arguments;
        var constraints = install.Values("-c", "--constraint").Select(c => Find(context.Model, file, stage, run.Instruction, c)).ToList();
        var constrained = constraints.OfType<RequirementsFile>().SelectMany(c => Lines(context.Model, c, []))
            .Where(IsPinned).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach (string word in install.Packages())
        {
            if (IsExempt(word) || constraints.Any(c => c is null))
            {
                continue;
            }
            if (word.Contains("://", StringComparison.Ordinal))
            {
                context.Report(file.File, line, $"`{word}` is installed without a version", snippet, "hadolint:DL3013");
                continue;
            }
            if (Pep508.Parse(word, null, file.File, line) is not { } requirement || IsPinned(requirement) || constrained.Contains(requirement.Name))
            {
                continue;
            }
            if (requirement.Specifier.Length == 0)
            {
                context.Report(file.File, line, $"`{word}` is installed without a version", snippet, "hadolint:DL3013");
            }
            else
            {
                context.Report(file.File, line, $"`{word}` is installed with a version range, not a pin", snippet);
            }
        }
        foreach (string written in install.Values("-r", "--requirement", "-c", "--constraint"))
        {
            if (Find(context.Model, file, stage, run.Instruction, written) is not { } requirements)
            {
                continue;
            }
            var loose = Lines(context.Model, requirements, []).Where(r => !IsPinned(r)).Select(r => r.DisplayName).Distinct().ToList();
            if (loose.Count > 0)
            {
                string names = string.Join(", ", loose.Take(3).Select(n => $"`{n}`")) + (loose.Count > 3 ? $" and {loose.Count - 3} more" : "");
                context.Report(file.File, line, $"`{written}` ({requirements.File}) leaves {names} unpinned", snippet);
            }
        }
    }

    /// <summary>Local projects, archives, paths and shell expansions are not versioned names.</summary>
    private static bool IsExempt(string word) =>
        word.StartsWith('.') || word.StartsWith('/') || word.StartsWith('~') || word.Contains('$', StringComparison.Ordinal)
        || word.EndsWith(".whl", StringComparison.Ordinal) || word.EndsWith(".tar.gz", StringComparison.Ordinal) || word.EndsWith(".zip", StringComparison.Ordinal)
        || (word.Contains('/', StringComparison.Ordinal) && !word.Contains("://", StringComparison.Ordinal))
        || (word.Contains("://", StringComparison.Ordinal) && HasVcsRef(word));

    private static bool HasVcsRef(string url)
    {
        string path = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..].Split('#')[0];
        int slash = path.IndexOf('/', StringComparison.Ordinal);
        return !url.Contains('+', StringComparison.Ordinal) || (slash >= 0 && path[slash..].Contains('@', StringComparison.Ordinal));
    }

    private static bool IsPinned(Requirement requirement) =>
        requirement.Url is { } url ? HasVcsRef(url)
        : requirement.Specifier.StartsWith("==", StringComparison.Ordinal) && !requirement.Specifier.Contains('*', StringComparison.Ordinal)
            && !requirement.Specifier.Contains(',', StringComparison.Ordinal);

    /// <summary>The requirements of a file and of the files it includes with <c>-r</c>.</summary>
    private static IEnumerable<Requirement> Lines(ProjectModel model, RequirementsFile file, HashSet<string> seen)
    {
        if (!seen.Add(file.File))
        {
            return [];
        }
        string folder = file.File.LastIndexOf('/') is int slash and >= 0 ? file.File[..slash] : "";
        var included = file.Includes
            .Select(i => model.RequirementsFiles.FirstOrDefault(r => r.File == ProjectModel.NormalizePath(folder, i.Target)))
            .OfType<RequirementsFile>();
        return file.Requirements.Where(r => !(r.Editable && r.Url is null)).Concat(included.SelectMany(i => Lines(model, i, seen)));
    }

    /// <summary>
    /// The repository file that a path inside the image came from: the <c>COPY</c> in the stage's lineage, before the
    /// <c>RUN</c>, that put a file or folder at that path (paths resolved against <c>WORKDIR</c>), else the path as
    /// written; each looked up in the build context and then at the project root.
    /// </summary>
    private static RequirementsFile? Find(ProjectModel model, Dockerfile file, DockerStage stage, DockerInstruction run, string written)
    {
        var candidates = new List<string>();
        string workdir = "/";
        foreach (var instruction in DockerStages.Lineage(file, stage).Reverse().SelectMany(s => s.Instructions).TakeWhile(i => !ReferenceEquals(i, run)))
        {
            if (instruction.Keyword == "WORKDIR")
            {
                workdir = InImage(workdir, instruction.Arguments);
            }
            else if (instruction.Keyword is "COPY" or "ADD" && DockerCopy.Of(instruction) is { From: null } copy)
            {
                string destination = InImage(workdir, copy.Destination);
                bool folder = copy.Destination.EndsWith('/') || copy.Destination == "." || copy.Sources.Count > 1;
                string target = InImage(workdir, written);
                foreach (string source in copy.Sources)
                {
                    string sourceName = source.TrimEnd('/')[(source.TrimEnd('/').LastIndexOf('/') + 1)..];
                    if (!folder && target == destination)
                    {
                        candidates.Insert(0, source);
                    }
                    else if (target.StartsWith(destination.TrimEnd('/') + "/", StringComparison.Ordinal))
                    {
                        string rest = target[(destination.TrimEnd('/').Length + 1)..];
                        candidates.Insert(0, rest == sourceName ? source : source.TrimEnd('/') + "/" + rest);
                    }
                }
            }
        }
        candidates.Add(written.TrimStart('/'));
        string context = DockerCopy.ContextOf(file);
        return candidates
            .SelectMany(c => new[] { ProjectModel.NormalizePath(context, c), ProjectModel.NormalizePath("", c) })
            .Select(path => model.RequirementsFiles.FirstOrDefault(r => r.File == path))
            .FirstOrDefault(r => r is not null);
    }

    /// <summary>An image path resolved against the working directory.</summary>
    private static string InImage(string workdir, string path) =>
        "/" + ProjectModel.NormalizePath("", path.StartsWith('/') ? path : workdir + "/" + path);
}
