namespace Pyarch.Project.Modules;

/// <summary>An edge of the internal import graph: a project module importing another project module.</summary>
public sealed record ImportEdge(string From, string To, int Line);
