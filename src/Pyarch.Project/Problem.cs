namespace Pyarch.Project;

/// <summary>An input pyarch could not read fully: the file relative to the root, a 1-based line (0 for the whole file), and what went wrong.</summary>
public sealed record Problem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
