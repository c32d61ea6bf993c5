using Pyarch.Project.Modules;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;
using Pyarch.Text;

namespace Pyarch.Rules;

/// <summary>
/// What a <see cref="IPythonRule"/> sees while the engine walks one module: the module, its text, what its names
/// stand for, the nodes enclosing the current one, the rule's options, and <see cref="Report(Node, string, string[])"/>.
/// </summary>
public sealed class ModuleContext
{
    private readonly Action<Finding> _sink;
    private readonly List<Node> _ancestors = [];

    internal ModuleContext(PythonModule module, SourceText source, Module syntax, Action<Finding> sink)
    {
        Module = module;
        Source = source;
        Syntax = syntax;
        Imports = new ImportMap(syntax, module.Package);
        _sink = sink;
    }

    public PythonModule Module { get; }

    public SourceText Source { get; }

    public Module Syntax { get; }

    public ImportMap Imports { get; }

    /// <summary>The nodes enclosing the current one, outermost first (the module itself is not listed).</summary>
    public IReadOnlyList<Node> Ancestors => _ancestors;

    public RuleOptions Options { get; internal set; } = RuleOptions.Empty;

    internal Rule Rule { get; set; } = null!;

    internal void Enter(Node node) => _ancestors.Add(node);

    internal void Leave() => _ancestors.RemoveAt(_ancestors.Count - 1);

    /// <summary>The innermost enclosing function, or null at module or class level.</summary>
    public Stmt? EnclosingFunction => _ancestors.LastOrDefault(a => a is FunctionDef or AsyncFunctionDef) as Stmt;

    public void Report(Node node, string message, params string[] anchors) => Report(node.Range, message, anchors);

    public void Report(TextRange range, string message, params string[] anchors)
    {
        var lines = Source.Lines;
        var start = lines.LocationOf(range.Start);
        var end = lines.LocationOf(range.End);
        _sink(new Finding(Rule.Code, Rule.Name, Rule.Category, Rule.DefaultSeverity, message, Module.Path,
            start.Line.Value, start.Utf8Column + 1, end.Line.Value, end.Utf8Column + 1, anchors)
        {
            Snippet = Fingerprints.Normalize(Source[range]),
        });
    }
}
