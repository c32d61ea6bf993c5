using Pyarch.Project.Modules;
using Pyarch.Python;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// Answers "what does this name stand for?" in one module, as Ruff's semantic model does for its rules:
/// <c>F</c> after <c>from flask import Flask as F</c> is <c>flask.Flask</c>, <c>sp.run</c> after
/// <c>import subprocess as sp</c> is <c>subprocess.run</c>, and <c>app</c> after <c>app = Flask(__name__)</c> is an
/// instance of <c>flask.Flask</c>. Imports inside functions count too (a rule about <c>subprocess</c> must see the
/// <c>import subprocess</c> at the top of the function that uses it). A name the module never imports stays itself,
/// so a builtin such as <c>eval</c> qualifies to <c>eval</c> unless the module defines or imports its own.
/// </summary>
public sealed class ImportMap
{
    private readonly Dictionary<string, string> _bound = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _instances = new(StringComparer.Ordinal);
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);
    private readonly string _package;
    /// <summary>
    /// Qualified attribute chains, filled once binding is done (null until then, as a binding in progress may
    /// still change what a name stands for). Rules ask about the same call many times.
    /// </summary>
    private readonly Dictionary<Attribute, string?>? _attributes;
    /// <summary>Every dotted prefix of every bound name (<c>a</c>, <c>a.b</c> for <c>a.b</c>), made on first use.</summary>
    private HashSet<string>? _importedPrefixes;

    public ImportMap(Module syntax, string package)
    {
        _package = package;
        new Binder(this).Visit(syntax);
        _attributes = new Dictionary<Attribute, string?>(ReferenceEqualityComparer.Instance);
    }

    /// <summary>The dotted name an expression refers to (<c>subprocess.run</c>), or null for anything but names and attributes, and for names the module defines itself.</summary>
    public string? Qualify(Expr expr) => expr switch
    {
        Name name => QualifyName(name.Id),
        Attribute attribute => QualifyAttribute(attribute),
        _ => null,
    };

    private string? QualifyName(string id) => _bound.TryGetValue(id, out var bound) ? bound : _defined.Contains(id) ? null : id;

    private string? QualifyAttribute(Attribute attribute)
    {
        if (_attributes is not null && _attributes.TryGetValue(attribute, out string? known))
        {
            return known;
        }
        string? name = Qualify(attribute.Value) is { } owner ? owner + "." + attribute.Attr : null;
        _attributes?.Add(attribute, name);
        return name;
    }

    /// <summary>True when the expression names exactly one of the dotted names.</summary>
    public bool Is(Expr expr, params ReadOnlySpan<string> qualifiedNames)
    {
        foreach (string candidate in qualifiedNames)
        {
            if (Names(expr, candidate))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the expression qualifies to <paramref name="dotted"/>, matched from its last part back, without building a string.</summary>
    private bool Names(Expr expr, ReadOnlySpan<char> dotted)
    {
        while (expr is Attribute attribute)
        {
            int owner = dotted.Length - attribute.Attr.Length - 1;
            if (owner <= 0 || dotted[owner] != '.' || !dotted[(owner + 1)..].SequenceEqual(attribute.Attr))
            {
                return false;
            }
            dotted = dotted[..owner];
            expr = attribute.Value;
        }
        return expr is Name name && QualifyName(name.Id) is { } qualified && dotted.SequenceEqual(qualified);
    }

    /// <summary>The class a variable was made from when every assignment or <c>with ... as</c> binding of it calls the same constructor (<c>app = Flask(__name__)</c> gives <c>flask.Flask</c>).</summary>
    public string? InstanceOf(Expr expr) => expr is Name name && _instances.TryGetValue(name.Id, out var type) ? type : null;

    /// <summary>True when the module imports the given top-level module or anything under it.</summary>
    public bool Imports(string topLevel)
    {
        if (_importedPrefixes is null)
        {
            var prefixes = new HashSet<string>(StringComparer.Ordinal);
            foreach (string bound in _bound.Values)
            {
                for (int dot = bound.IndexOf('.'); dot >= 0; dot = bound.IndexOf('.', dot + 1))
                {
                    prefixes.Add(bound[..dot]);
                }
                prefixes.Add(bound);
            }
            _importedPrefixes = prefixes;
        }
        return _importedPrefixes.Contains(topLevel);
    }

    /// <summary>Binds names in source order, so a later import wins as it does at run time.</summary>
    private sealed class Binder(ImportMap map) : PythonWalker
    {
        private readonly ImportMap _map = map;

        public override void VisitImport(Import node)
        {
            foreach (var alias in node.Names)
            {
                // "import a.b" binds "a"; "import a.b as c" binds "c" to "a.b".
                string top = alias.Name.Split('.')[0];
                _map._bound[alias.Asname ?? top] = alias.Asname is null ? top : alias.Name;
            }
        }

        public override void VisitImportFrom(ImportFrom node)
        {
            if (ImportCollector.Resolve(node.Module, node.Level, _map._package) is not { } source)
            {
                return;
            }
            foreach (var alias in node.Names)
            {
                if (alias.Name != "*")
                {
                    _map._bound[alias.Asname ?? alias.Name] = source + "." + alias.Name;
                }
            }
        }

        public override void VisitFunctionDef(FunctionDef node)
        {
            _map._defined.Add(node.Name);
            base.VisitFunctionDef(node);
        }

        public override void VisitClassDef(ClassDef node)
        {
            _map._defined.Add(node.Name);
            base.VisitClassDef(node);
        }

        public override void VisitAssign(Assign node)
        {
            base.VisitAssign(node);
            foreach (var target in node.Targets)
            {
                BindInstance(target, node.Value);
            }
        }

        /// <summary><c>with requests.Session() as session:</c> binds <c>session</c> as an assignment does (both clients return themselves from <c>__enter__</c>).</summary>
        public override void VisitWithItem(WithItem node)
        {
            base.VisitWithItem(node);
            if (node.OptionalVars is { } target)
            {
                BindInstance(target, node.ContextExpr);
            }
        }

        private void BindInstance(Expr target, Expr value)
        {
            if (target is Name name)
            {
                // A name bound twice to different things has no single type; null marks that.
                string? type = value is Call call ? _map.Qualify(call.Func) : null;
                _map._instances[name.Id] = _map._instances.TryGetValue(name.Id, out var previous) && previous != type ? null : type;
            }
        }
    }
}
