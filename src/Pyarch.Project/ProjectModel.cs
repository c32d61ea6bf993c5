using Pyarch.Project.Deployment;
using Pyarch.Project.Manifests;
using Pyarch.Project.Modules;
using Pyarch.Project.Workspace;

namespace Pyarch.Project;

/// <summary>
/// Everything pyarch read from one project folder: the kept files, every manifest, deployment and tool file,
/// the Python modules with their imports, and each problem met on the way. Paths are relative to
/// <see cref="Root"/> with <c>/</c> separators. Detection, rules and deploy read this model, never the disk.
/// </summary>
public sealed record ProjectModel
{
    public required string Root { get; init; }

    public required WorkspaceTree Tree { get; init; }

    public IReadOnlyList<RequirementsFile> RequirementsFiles { get; init; } = [];

    public IReadOnlyList<Manifest> Manifests { get; init; } = [];

    public IReadOnlyList<LockFile> LockFiles { get; init; } = [];

    public IReadOnlyList<Dockerfile> Dockerfiles { get; init; } = [];

    /// <summary><c>.dockerignore</c> files, and <c>&lt;Dockerfile&gt;.dockerignore</c> files that BuildKit prefers beside their Dockerfile.</summary>
    public IReadOnlyList<DockerIgnore> DockerIgnores { get; init; } = [];

    public IReadOnlyList<DeploymentFile> DeploymentFiles { get; init; } = [];

    /// <summary>Commands of the shell scripts that Dockerfiles, Procfiles and compose files run.</summary>
    public IReadOnlyList<ServiceCommand> ScriptCommands { get; init; } = [];

    public IReadOnlyList<EnvVariable> EnvVariables { get; init; } = [];

    public IReadOnlyList<PreCommitHook> PreCommitHooks { get; init; } = [];

    public IReadOnlyList<CiFile> CiFiles { get; init; } = [];

    /// <summary>Versions pinned by <c>runtime.txt</c> or <c>.python-version</c>, as written.</summary>
    public IReadOnlyList<Evidenced<string>> PythonVersionPins { get; init; } = [];

    public required ModuleIndex Modules { get; init; }

    public required ModuleNaming Naming { get; init; }

    public IReadOnlyList<Problem> Problems { get; init; } = [];

    /// <summary>The project's own declarations: manifests, and requirements files except those only used as <c>-c</c> constraints.</summary>
    public IEnumerable<Requirement> Declarations
    {
        get
        {
            var constraintsOnly = ConstraintOnlyFiles();
            return RequirementsFiles.Where(r => !constraintsOnly.Contains(r.File)).SelectMany(r => r.Requirements)
                .Concat(Manifests.SelectMany(m => m.Requirements));
        }
    }

    /// <summary>Every command a deployment runs: Dockerfile start commands, Procfile, compose, platform files, the scripts they call.</summary>
    public IEnumerable<ServiceCommand> Commands =>
        Dockerfiles.SelectMany(d => d.StartCommands.Select(i => new ServiceCommand(d.File, i.Line, i.CommandText, "Dockerfile " + i.Keyword)))
            .Concat(DeploymentFiles.SelectMany(d => d.Commands))
            .Concat(ScriptCommands);

    private HashSet<string> ConstraintOnlyFiles()
    {
        var included = new HashSet<string>(StringComparer.Ordinal);
        var constraints = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in RequirementsFiles)
        {
            string dir = Path.GetDirectoryName(file.File)?.Replace('\\', '/') ?? "";
            included.UnionWith(file.Includes.Select(i => NormalizePath(dir, i.Target)));
            constraints.UnionWith(file.Constraints.Select(c => NormalizePath(dir, c.Target)));
        }
        constraints.ExceptWith(included);
        return constraints;
    }

    /// <summary>Joins a relative reference to the folder it was written in, resolving <c>.</c> and <c>..</c>.</summary>
    public static string NormalizePath(string directory, string reference)
    {
        var parts = new List<string>();
        foreach (string part in (directory.Length == 0 ? reference : directory + "/" + reference).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }
}
