namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>linting</c> category: linters, formatters and the pre-commit framework.</summary>
public static class Linting
{
    public const string Ruff = "ruff";
    public const string Flake8 = "flake8";
    public const string Pylint = "pylint";
    public const string Black = "black";
    public const string Isort = "isort";
    public const string PreCommit = "pre-commit";

    private const string C = StackCategory.Linting;

    public static readonly Technology[] All =
    [
        new(Ruff, C) { Distributions = ["ruff"], Files = ["ruff.toml", ".ruff.toml"], Sections = ["ruff"], Hooks = ["ruff", "ruff-format", "ruff-check"], Executables = ["ruff"] },
        new(Flake8, C) { Distributions = ["flake8"], Files = [".flake8"], Sections = ["flake8"], Hooks = ["flake8"], Executables = ["flake8"] },
        new(Pylint, C) { Distributions = ["pylint", "pylint-django"], Files = [".pylintrc", "pylintrc"], Sections = ["pylint"], Hooks = ["pylint"], Executables = ["pylint"] },
        new(Black, C) { Distributions = ["black"], Sections = ["black"], Hooks = ["black"], Executables = ["black"] },
        new(Isort, C) { Distributions = ["isort"], Files = [".isort.cfg"], Sections = ["isort"], Hooks = ["isort"], Executables = ["isort"] },
        new(PreCommit, C) { Distributions = ["pre-commit"], Files = [".pre-commit-config.yaml", ".pre-commit-config.yml"] },
    ];
}
