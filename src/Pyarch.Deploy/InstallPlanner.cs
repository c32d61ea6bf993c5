using Pyarch.Project;
using Pyarch.Project.Manifests;

namespace Pyarch.Deploy;

/// <summary>
/// Chooses how the image installs dependencies, from the project's own files: a lock file (exported to a
/// requirements file in a builder stage by its own pinned tool), else a requirements file with every file it
/// includes, else <c>pyproject.toml</c>'s <c>[project] dependencies</c>. Native drivers that need a compiler
/// are built into wheels in the builder stage so the final image carries no compiler.
/// </summary>
internal static class InstallPlanner
{
    private static readonly (string Lock, string[] Files, string Export)[] Locks =
    [
        ("uv.lock", ["pyproject.toml", "uv.lock"], "pip install --no-cache-dir uv==0.5.11 && uv export --frozen --no-dev --no-hashes --no-emit-project -o requirements.txt"),
        ("poetry.lock", ["pyproject.toml", "poetry.lock"], "pip install --no-cache-dir poetry==1.8.5 && poetry export --only main --without-hashes -o requirements.txt"),
        ("Pipfile.lock", ["Pipfile", "Pipfile.lock"], "pip install --no-cache-dir pipenv==2024.4.0 && pipenv requirements > requirements.txt"),
    ];

    private static readonly string[] RequirementsFiles =
        ["requirements.txt", "requirements/production.txt", "requirements/prod.txt", "requirements/base.txt"];

    /// <summary>Distributions that compile against a system library: what the builder needs, and what the final image runs with.</summary>
    private static readonly (string Distribution, string[] Build, string[] Runtime)[] NativeBuilds =
    [
        ("psycopg2", ["gcc", "libc6-dev", "libpq-dev"], ["libpq5"]),
        ("mysqlclient", ["gcc", "libc6-dev", "pkg-config", "default-libmysqlclient-dev"], ["libmariadb3"]),
    ];

    private const string PyprojectExport =
        "python -c \"import tomllib; print('\\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))\" > requirements.txt";

    public static InstallPlan Plan(ProjectModel model, PythonVersion python)
    {
        var plan = FromLock(model) ?? FromRequirements(model) ?? FromPyproject(model, python)
            ?? throw new DeployException("no dependency manifest: add requirements.txt, a lock file (uv.lock, poetry.lock, Pipfile.lock) or [project] dependencies in pyproject.toml");
        var declared = model.Declarations.Where(r => r.Group is null).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var native = NativeBuilds.Where(n => declared.Contains(n.Distribution)).ToList();
        return plan with
        {
            BuildPackages = native.SelectMany(n => n.Build).Distinct().ToList(),
            RuntimePackages = native.SelectMany(n => n.Runtime).ToList(),
        };
    }

    private static InstallPlan? FromLock(ProjectModel model) =>
        Locks.Where(l => l.Files.All(model.Tree.HasFile))
            .Select(l => new InstallPlan(l.Files, new Evidence(l.Lock, 0, "lock file")) { Export = l.Export })
            .FirstOrDefault();

    private static InstallPlan? FromRequirements(ProjectModel model)
    {
        var byPath = model.RequirementsFiles.ToDictionary(r => r.File, StringComparer.Ordinal);
        string? root = RequirementsFiles.FirstOrDefault(byPath.ContainsKey);
        if (root is null)
        {
            return null;
        }
        // requirements.txt often starts with "-r requirements/base.txt": every included file must be in the image first.
        var files = new List<string>();
        var queue = new Queue<string>([root]);
        while (queue.TryDequeue(out var file))
        {
            if (files.Contains(file) || !byPath.TryGetValue(file, out var requirements))
            {
                continue;
            }
            files.Add(file);
            string folder = Path.GetDirectoryName(file)?.Replace('\\', '/') ?? "";
            foreach (var include in requirements.Includes.Concat(requirements.Constraints))
            {
                queue.Enqueue(ProjectModel.NormalizePath(folder, include.Target));
            }
        }
        return new InstallPlan(files, new Evidence(root, 0, "requirements file")) { Requirements = root };
    }

    private static InstallPlan? FromPyproject(ProjectModel model, PythonVersion python)
    {
        var pyproject = model.Manifests.FirstOrDefault(m => m.File == "pyproject.toml" && m.Requirements.Any(r => r.Group is null));
        if (pyproject is null)
        {
            return null;
        }
        if (python.Minor.CompareTo((3, 11)) < 0)
        {
            throw new DeployException($"pyproject.toml: dependencies without a lock file need Python 3.11+ (tomllib) to be installed before the code is copied, and the project pins {python.Version}: add requirements.txt or a lock file");
        }
        return new InstallPlan(["pyproject.toml"], new Evidence(pyproject.File, 0, "[project] dependencies")) { Export = PyprojectExport };
    }
}
