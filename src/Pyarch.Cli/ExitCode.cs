namespace Pyarch.Cli;

/// <summary>The process exit codes, as Ruff documents them: clean, findings, usage or internal error.</summary>
public enum ExitCode
{
    Clean = 0,
    Findings = 1,
    Error = 2,
}
