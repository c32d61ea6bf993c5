namespace Pyarch.Project.Workspace;

/// <summary>The naming rules that say which reader a file goes to.</summary>
public static class FileKinds
{
    public static FileKind Classify(string path)
    {
        string name = Path.GetFileName(path);
        string lower = name.ToLowerInvariant();
        string dir = path.Length > name.Length ? path[..(path.Length - name.Length - 1)] : "";
        string parent = Path.GetFileName(dir);
        return lower switch
        {
            _ when lower.EndsWith(".py", StringComparison.Ordinal) => FileKind.Python,
            "pyproject.toml" => FileKind.Pyproject,
            "pipfile" => FileKind.Pipfile,
            "setup.cfg" => FileKind.SetupCfg,
            "tox.ini" => FileKind.ToxIni,
            "pytest.ini" or "mypy.ini" or ".mypy.ini" or ".flake8" or ".isort.cfg" or ".pylintrc" or "pylintrc" => FileKind.IniToolConfig,
            "poetry.lock" or "uv.lock" or "pdm.lock" or "pipfile.lock" => FileKind.Lock,
            "environment.yml" or "environment.yaml" or "conda.yml" or "conda.yaml" => FileKind.CondaEnvironment,
            "procfile" => FileKind.Procfile,
            "runtime.txt" or ".python-version" => FileKind.PythonVersion,
            ".pre-commit-config.yaml" or ".pre-commit-config.yml" => FileKind.PreCommit,
            "app.yaml" or "app.json" or "heroku.yml" or "fly.toml" or "render.yaml" or "vercel.json" or "serverless.yml"
                or "serverless.yaml" or "zappa_settings.json" => FileKind.PlatformFile,
            _ when dir.EndsWith(".chalice", StringComparison.Ordinal) && lower.EndsWith(".json", StringComparison.Ordinal) => FileKind.PlatformFile,
            _ when lower == ".dockerignore" || lower.EndsWith(".dockerignore", StringComparison.Ordinal) => FileKind.DockerIgnore,
            _ when IsDockerfile(lower) => FileKind.Dockerfile,
            _ when IsCompose(lower) => FileKind.Compose,
            _ when IsCi(path, lower) => FileKind.CiPipeline,
            _ when lower.EndsWith(".txt", StringComparison.Ordinal) && (lower.Contains("requirements", StringComparison.Ordinal) || parent == "requirements") => FileKind.Requirements,
            _ when lower.EndsWith(".in", StringComparison.Ordinal) && (lower.Contains("requirements", StringComparison.Ordinal) || parent == "requirements") => FileKind.PipToolsInput,
            _ when lower == ".env" || lower.StartsWith(".env.", StringComparison.Ordinal) || lower.EndsWith(".env", StringComparison.Ordinal) => FileKind.Env,
            _ when lower.EndsWith(".sh", StringComparison.Ordinal) => FileKind.ShellScript,
            _ when lower.EndsWith(".yml", StringComparison.Ordinal) || lower.EndsWith(".yaml", StringComparison.Ordinal) => FileKind.Yaml,
            _ when lower.EndsWith(".json", StringComparison.Ordinal) && lower.Contains("task", StringComparison.Ordinal) => FileKind.PlatformFile,
            _ => FileKind.Other,
        };
    }

    /// <summary>Any file in Dockerfile format: <c>Dockerfile</c>, <c>Dockerfile.*</c>, <c>*.Dockerfile</c>, <c>*.dockerfile</c>.</summary>
    public static bool IsDockerfile(string lowerName) =>
        lowerName == "dockerfile" || lowerName.StartsWith("dockerfile.", StringComparison.Ordinal) || lowerName.EndsWith(".dockerfile", StringComparison.Ordinal);

    public static bool IsCompose(string lowerName) =>
        (lowerName.StartsWith("docker-compose", StringComparison.Ordinal) || lowerName.StartsWith("compose.", StringComparison.Ordinal) || lowerName == "compose.yaml" || lowerName == "compose.yml")
        && (lowerName.EndsWith(".yml", StringComparison.Ordinal) || lowerName.EndsWith(".yaml", StringComparison.Ordinal));

    private static bool IsCi(string path, string lowerName) =>
        path.StartsWith(".github/workflows/", StringComparison.Ordinal) || path.StartsWith(".circleci/", StringComparison.Ordinal)
        || lowerName is ".gitlab-ci.yml" or "cloudbuild.yaml" or "cloudbuild.yml" or "azure-pipelines.yml" or "bitbucket-pipelines.yml"
        || lowerName == "jenkinsfile" || lowerName == "makefile";
}
