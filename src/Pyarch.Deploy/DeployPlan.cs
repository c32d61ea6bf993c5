namespace Pyarch.Deploy;

/// <summary>The files to write, and notes the user should read (a server that is not declared, no health route, ...).</summary>
public sealed record DeployPlan(DeployFacts Facts, IReadOnlyList<GeneratedFile> Files, IReadOnlyList<string> Notes);
