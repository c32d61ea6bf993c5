using Pyarch.Python;
using Pyarch.Python.Ast;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// Whether an expression carries data from the HTTP request, within one function: Flask's <c>request</c> (imported
/// from flask), a parameter named <c>request</c> (Django and DRF views), or a local name assigned from either.
/// </summary>
public static class RequestData
{
    public static bool Reaches(Expr expr, ModuleContext context) => Reaches(expr, context, 3);

    private static bool Reaches(Expr expr, ModuleContext context, int depth)
    {
        var names = new NameCollector();
        names.Visit(expr);
        foreach (var name in names.Found)
        {
            if (context.Imports.Is(name, "flask.request") || (name.Id == "request" && IsParameter("request", context)))
            {
                return true;
            }
            if (depth > 0 && context.EnclosingFunction is not null
                && LocalValues.Of(name.Id, context).Any(a => Reaches(a.Value, context, depth - 1)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsParameter(string name, ModuleContext context) => context.EnclosingFunction switch
    {
        FunctionDef f => LocalValues.Parameters(f.Args).Any(p => p.Name == name),
        AsyncFunctionDef f => LocalValues.Parameters(f.Args).Any(p => p.Name == name),
        _ => false,
    };

    private sealed class NameCollector : PythonWalker
    {
        public List<Name> Found { get; } = [];

        public override void VisitName(Name node) => Found.Add(node);
    }
}
