namespace Pyarch.Project.Knowledge.Stack;

/// <summary>
/// The <c>env_managers</c> category: each counts for the files that only it writes or reads. pip counts for
/// requirements files and pip-tools for <c>.in</c> files compiled to <c>.txt</c>; conda also for conda
/// environment files with other names (both decided by the detector, which reads the files).
/// </summary>
public static class EnvManagers
{
    public const string Pip = "pip";
    public const string PipTools = "pip-tools";
    public const string Poetry = "poetry";
    public const string Pipenv = "pipenv";
    public const string Conda = "conda";
    public const string Uv = "uv";
    public const string Pdm = "pdm";
    public const string Hatch = "hatch";

    private const string C = StackCategory.EnvManagers;

    public static readonly Technology[] All =
    [
        new(Pip, C),
        new(PipTools, C),
        new(Poetry, C) { Files = ["poetry.lock", "poetry.toml"], Sections = ["poetry"] },
        new(Pipenv, C) { Files = ["Pipfile", "Pipfile.lock"] },
        new(Conda, C) { Files = ["environment.yml", "environment.yaml", "conda.yml", "conda.yaml"] },
        new(Uv, C) { Files = ["uv.lock", "uv.toml"], Sections = ["uv"] },
        new(Pdm, C) { Files = ["pdm.lock", "pdm.toml"], Sections = ["pdm"] },
        new(Hatch, C) { Files = ["hatch.toml"], Sections = ["hatch"] },
    ];
}
