namespace Pyarch.Python;

/// <summary>
/// Why a file yielded neither a tree nor a syntax error: it could not be read, it is too large, or the parser
/// failed. <c>Type</c> names the failure as Python would (<c>OSError</c>), or <c>InternalError</c> for a pyarch bug.
/// </summary>
public sealed record FileFailure(string Type, string Message);
