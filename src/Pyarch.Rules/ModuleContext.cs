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

    /// <summary>The index <see cref="LocalValues"/> keeps of each scope's assignments, keyed by the scope's body.</summary>
    internal Dictionary<IReadOnlyList<Stmt>, Dictionary<string, List<LocalValues.Assignment>>> ScopeAssignments { get; } = new(ReferenceEqualityComparer.Instance);

    internal void Enter(Node node) => _ancestors.Add(node);

    internal void Leave() => _ancestors.RemoveAt(_ancestors.Count - 1);

    /// <summary>The innermost enclosing function, or null at module or class level.</summary>
    public Stmt? EnclosingFunction => _ancestors.LastOrDefault(a => a is FunctionDef or AsyncFunctionDef) as Stmt;

    public void Report(Node node, string message, params string[] anchors) => Report(node.Range, message, anchors);

    public void Report(TextRange range, string message, params string[] anchors) => Report(range, Rule.DefaultSeverity, message, anchors);

    /// <summary>Reports with a severity other than the rule's default, for a rule whose findings differ in gravity (a wildcard CORS origin with or without credentials).</summary>
    public void Report(Node node, Severity severity, string message, params string[] anchors) => Report(node.Range, severity, message, anchors);

    public void Report(TextRange range, Severity severity, string message, params string[] anchors) =>
        Emit(range, severity, message, Source[range], anchors);

    /// <summary>
    /// Reports code that holds a secret (<c>jwt.encode(claims, "s3cret")</c>): the fingerprint is made from the message,
    /// which never holds the secret, instead of the code, so that no secret reaches a baseline or a report.
    /// </summary>
    public void ReportRedacted(Node node, string message, params string[] anchors) =>
        Emit(node.Range, Rule.DefaultSeverity, message, message, anchors);

    private void Emit(TextRange range, Severity severity, string message, string snippet, string[] anchors)
    {
        var lines = Source.Lines;
        var start = lines.LocationOf(range.Start);
        var end = lines.LocationOf(range.End);
        _sink(new Finding(Rule.Code, Rule.Name, Rule.Category, severity, message, Module.Path,
            start.Line.Value, start.Utf8Column + 1, end.Line.Value, end.Utf8Column + 1, anchors)
        {
            Snippet = Fingerprints.Normalize(snippet),
        });
    }
}
