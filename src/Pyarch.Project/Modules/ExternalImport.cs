namespace Pyarch.Project.Modules;

/// <summary>An import of a third-party module and the distribution that most likely provides it.</summary>
public sealed record ExternalImport(string File, int Line, string Module, string Distribution);
