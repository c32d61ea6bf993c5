using Pyarch.Python;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// Whether a module reads its configuration from the environment: it touches <c>os.environ</c> or <c>os.getenv</c>,
/// or imports a library that reads the environment for it (django-environ, python-decouple, environs,
/// dj-database-url, python-dotenv, pydantic-settings, dynaconf, django-configurations).
/// </summary>
public static class EnvironmentUse
{
    private static readonly string[] Libraries = ["environ", "decouple", "environs", "dj_database_url", "dotenv", "pydantic_settings", "dynaconf", "configurations"];

    public static bool ReadsEnvironment(Module syntax, ImportMap imports)
    {
        if (Libraries.Any(imports.Imports))
        {
            return true;
        }
        var finder = new Finder(imports);
        finder.Visit(syntax);
        return finder.Found;
    }

    private sealed class Finder(ImportMap imports) : PythonWalker
    {
        public bool Found { get; private set; }

        public override void VisitAttribute(Attribute node)
        {
            Found |= imports.Is(node, "os.environ", "os.getenv", "os.environb");
            base.VisitAttribute(node);
        }

        public override void VisitName(Name node)
        {
            Found |= imports.Is(node, "os.environ", "os.getenv", "os.environb");
            base.VisitName(node);
        }
    }
}
