namespace Pyarch.Project.Manifests;

/// <summary>A console script a package installs: <c>name = "module:function"</c>.</summary>
public sealed record EntryScript(string Name, string Target, string File, int Line);
