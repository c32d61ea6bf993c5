using Pyarch.Project.Modules;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Project.Frameworks;

/// <summary>
/// What the names bound by a module's imports stand for, so that <c>F()</c> after
/// <c>from fastapi import FastAPI as F</c> resolves to <c>fastapi.FastAPI</c>. Names a module defines itself
/// resolve to <c>module.name</c>.
/// </summary>
public sealed class PythonSymbols
{
    private readonly Dictionary<string, string> _bound = new(StringComparer.Ordinal);
    private readonly string _module;

    public PythonSymbols(PythonModule module)
    {
        _module = module.Name;
        if (module.Syntax is { } syntax)
        {
            Bind(syntax.Body, module.Package);
        }
    }

    private void Bind(IReadOnlyList<Stmt> body, string package)
    {
        foreach (var stmt in body)
        {
            switch (stmt)
            {
                case Import import:
                    foreach (var alias in import.Names)
                    {
                        // "import a.b" binds "a"; "import a.b as c" binds "c" to "a.b".
                        _bound[alias.Asname ?? alias.Name.Split('.')[0]] = alias.Asname is null ? alias.Name.Split('.')[0] : alias.Name;
                    }
                    break;
                case ImportFrom from when ImportCollector.Resolve(from.Module, from.Level, package) is { } source:
                    foreach (var alias in from.Names.Where(a => a.Name != "*"))
                    {
                        _bound[alias.Asname ?? alias.Name] = source + "." + alias.Name;
                    }
                    break;
                case FunctionDef or AsyncFunctionDef or ClassDef:
                    break;
                default:
                    foreach (var child in ImportCollector.ChildBodies(stmt))
                    {
                        Bind(child, package);
                    }
                    break;
            }
        }
    }

    /// <summary>The dotted name an import binds to <paramref name="name"/>, or null when no import binds it.</summary>
    public string? Bound(string name) => _bound.GetValueOrDefault(name);

    /// <summary>The dotted name an expression refers to (<c>fastapi.FastAPI</c>), or null for anything but names and attributes.</summary>
    public string? Qualify(Expr expr) => expr switch
    {
        Name name => _bound.TryGetValue(name.Id, out var bound) ? bound : _module.Length == 0 ? name.Id : _module + "." + name.Id,
        Attribute attribute when Qualify(attribute.Value) is { } owner => owner + "." + attribute.Attr,
        _ => null,
    };

    /// <summary>True when the expression names one of the given dotted names, or a re-export ending the same way under the same package.</summary>
    public bool Is(Expr expr, IEnumerable<string> qualifiedNames)
    {
        string? name = Qualify(expr);
        return name is not null && qualifiedNames.Contains(name, StringComparer.Ordinal);
    }

    public static string? Str(Expr? expr) => expr is Constant { Value: ConstantValue.Str s } ? s.Value : null;
}
