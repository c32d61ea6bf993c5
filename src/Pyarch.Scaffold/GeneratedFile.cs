namespace Pyarch.Scaffold;

/// <summary>A file of the project to be written, with a path relative to the project folder using '/'.</summary>
public sealed record GeneratedFile(string Path, string Content);
