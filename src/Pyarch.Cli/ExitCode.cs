namespace Pyarch.Cli;

/// <summary>The process exit codes, as Ruff documents them for its linter.</summary>
public enum ExitCode
{
    /// <summary>Everything ran and nothing was found (or every file parsed).</summary>
    Clean = 0,

    /// <summary>Findings were reported, or a file was refused.</summary>
    Findings = 1,

    /// <summary>A usage, configuration or internal error: the command could not do its job.</summary>
    Error = 2,
}
