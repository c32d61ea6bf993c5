using Pyarch.Project.Settings;
using Pyarch.Python.Ast;
using Pyarch.Text;

namespace Pyarch.Project.Modules;

/// <summary>
/// One Python file: its path, its dotted module name, its imports, and its syntax tree when the framework
/// readers need it (settings, entry modules, files that import a web framework). Other trees are dropped after
/// the imports are read, so memory stays bounded on large trees.
/// </summary>
public sealed record PythonModule(string Path, string Name, bool IsPackage, IReadOnlyList<ImportRecord> Imports)
{
    public Module? Syntax { get; init; }

    public SourceText? Source { get; init; }

    public bool Parsed { get; init; } = true;

    /// <summary>Environment variables the module reads, collected before its tree may be dropped.</summary>
    public IReadOnlyList<EnvironmentRead> EnvironmentReads { get; init; } = [];

    /// <summary>Qualified names of this module's functions that read the variable named by their first parameter (<c>def env_str(name): return os.environ.get(name)</c>).</summary>
    public IReadOnlyList<string> EnvironmentWrappers { get; init; } = [];

    /// <summary>The module's pydantic settings classes, and its classes that may be settings through a project base class.</summary>
    public IReadOnlyList<PydanticSettingsClass> SettingsClasses { get; init; } = [];

    /// <summary>The environment variables the module reads, collected while it was parsed (kept when the tree is dropped).</summary>
    public IReadOnlyList<EnvRead> EnvReads { get; init; } = [];

    /// <summary>The package a relative import starts from: the module itself for a package, else its parent.</summary>
    public string Package => IsPackage ? Name : Name.LastIndexOf('.') is int dot and >= 0 ? Name[..dot] : "";

    /// <summary>The dotted name of <paramref name="name"/> bound at the module's top level (<c>app.config.Settings</c>).</summary>
    public string QualifiedName(string name) => Name.Length == 0 ? name : Name + "." + name;

    public int LineOf(Node node) => Source?.Lines.LineOf(node.Range.Start).Value ?? 0;
}
