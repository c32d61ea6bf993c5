namespace Pyarch.Deploy;

/// <summary>
/// pyarch cannot write deployment files without guessing or without more input: an ambiguous entry point, no
/// web application, an unknown target. The message is one line (candidates follow on their own lines).
/// </summary>
public sealed class DeployException(string message) : Exception(message);
