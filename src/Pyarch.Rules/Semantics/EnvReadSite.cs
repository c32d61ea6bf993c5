namespace Pyarch.Rules.Semantics;

/// <summary>An environment variable name the code reads, and where.</summary>
public sealed record EnvReadSite(string Name, string File, int Line);
