namespace Pyarch.Deploy.Writers;

/// <summary>The build context's exclusions: secrets (<c>.env*</c>), history, virtual environments, caches and tests.</summary>
internal static class DockerignoreWriter
{
    private static readonly string[] Patterns =
    [
        ".env", ".env.*", "*.env", ".git", ".gitignore", ".venv", "venv", "env", ".python-version",
        "**/__pycache__", "**/*.py[cod]", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox", ".nox", ".coverage",
        "htmlcov", "tests", "**/tests", "test_*.py", "**/test_*.py", "conftest.py", "*.sqlite3", "node_modules",
        "Dockerfile", ".dockerignore", "docker-compose*.yml", "compose*.yaml",
    ];

    public static GeneratedFile Write(DeployFacts facts) =>
        new(".dockerignore", FileHeader.For(facts) + string.Join('\n', Patterns) + "\n");
}
