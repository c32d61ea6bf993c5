namespace Pyarch.Project.Workspace;

/// <summary>What a file is to pyarch, decided by its name and place alone.</summary>
public enum FileKind
{
    Other,
    Python,
    Requirements,
    PipToolsInput,
    Pyproject,
    Pipfile,
    SetupCfg,
    ToxIni,
    IniToolConfig,
    Lock,
    CondaEnvironment,
    Dockerfile,
    DockerIgnore,
    Compose,
    Procfile,
    PlatformFile,
    Yaml,
    CiPipeline,
    PythonVersion,
    Env,
    PreCommit,
    ShellScript,
}
