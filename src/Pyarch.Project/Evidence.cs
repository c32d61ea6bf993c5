namespace Pyarch.Project;

/// <summary>What a reviewer needs to check a claim: a file relative to the project root, a 1-based line (0 for the whole file), a short reason.</summary>
public sealed record Evidence(string File, int Line, string Reason);
