namespace Pyarch.Deploy;

/// <summary>A <c>--target</c>: its id, what it writes, and the writer that renders it from the facts.</summary>
public sealed record DeployTarget(string Id, string Description, Func<DeployFacts, IReadOnlyList<GeneratedFile>> Write);
