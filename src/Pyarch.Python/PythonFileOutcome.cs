namespace Pyarch.Python;

/// <summary>One file read from disk and parsed: its size in bytes and either a parse result or a failure.</summary>
public sealed record PythonFileOutcome(string Path, long Length, ParseResult? Result, FileFailure? Failure)
{
    /// <summary>True when the file gave a tree; false for a syntax error or a failure.</summary>
    public bool Parsed => Result is { Succeeded: true };
}
