namespace Pyarch.Scaffold;

/// <summary>A request that pyarch refuses, with the sentence to show the user (exit code 2).</summary>
public sealed class ScaffoldError(string message) : Exception(message);
