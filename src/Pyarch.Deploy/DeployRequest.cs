namespace Pyarch.Deploy;

/// <summary>What the user asked for: the targets to write and the <c>--entry</c> choices (an app target or a Django settings module).</summary>
public sealed record DeployRequest(IReadOnlyList<string> Targets, IReadOnlyList<string> Entries);
