namespace Pyarch.Project.Detect;

/// <summary>A program a command line runs (<c>gunicorn</c>), the words after it, and the <c>NAME=value</c> words before it.</summary>
public sealed record CommandInvocation(string Program, IReadOnlyList<string> Arguments, IReadOnlyList<string> Assignments);
