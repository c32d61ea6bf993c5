using Pyarch.Python.Ast;

namespace Pyarch.Rules.Semantics;

/// <summary>Decides whether an expression is a Flask application object, for the rules about Flask's configuration and server.</summary>
public static class FlaskApps
{
    /// <summary>
    /// An instance of <c>flask.Flask</c>, or, as Bandit's B201 decides, any receiver in a module that imports Flask
    /// when the name has no single constructor here: apps built by a factory in another module have no constructor call.
    /// </summary>
    public static bool IsApp(Expr receiver, ImportMap imports) =>
        imports.InstanceOf(receiver) is { } type
            ? type == "flask.Flask"
            : imports.Imports("flask");
}
