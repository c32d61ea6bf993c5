namespace Pyarch.Project;

/// <summary>A value read from a file together with where it was read.</summary>
public sealed record Evidenced<T>(T Value, string File, int Line);
