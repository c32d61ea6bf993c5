using Pyarch.Project.Modules;
using Pyarch.Project.Workspace;
using Pyarch.Python.Ast;

namespace Pyarch.Project.Frameworks;

public static partial class DjangoAnalysis
{
    private static readonly string[] WsgiFactories = ["django.core.wsgi.get_wsgi_application"];

    private static readonly string[] AsgiFactories =
    [
        "django.core.asgi.get_asgi_application", "channels.routing.ProtocolTypeRouter", "channels.asgi.get_channel_layer",
    ];

    /// <summary>The <c>application</c> binding of a WSGI or ASGI module: its kind and statement.</summary>
    private static (string Kind, Stmt Statement)? DjangoEntry(PythonModule module)
    {
        var symbols = new PythonSymbols(module);
        foreach (var stmt in SyntaxSearch.ModuleLevel(module.Syntax!.Body))
        {
            if (SyntaxSearch.Binding(stmt) is not ("application", Call call, _))
            {
                continue;
            }
            if (symbols.Is(call.Func, WsgiFactories))
            {
                return ("wsgi", stmt);
            }
            if (symbols.Is(call.Func, AsgiFactories))
            {
                return ("asgi", stmt);
            }
        }
        return null;
    }

    private static List<EntryPoint> EntryPoints(List<PythonModule> entryModules, List<PythonModule> settingsFiles)
    {
        var entries = new List<EntryPoint>();
        foreach (var module in entryModules)
        {
            var (kind, stmt) = DjangoEntry(module)!.Value;
            entries.Add(new EntryPoint(kind, module.Name + ":application", module.Path, module.LineOf(stmt)));
        }
        var asgi = DjangoSettingsReader.Read(settingsFiles).AsgiApplication;
        if (asgi is not null && asgi.Value.LastIndexOf('.') is int dot and > 0)
        {
            string target = asgi.Value[..dot] + ":" + asgi.Value[(dot + 1)..];
            if (!entries.Any(e => e.Target == target))
            {
                entries.Add(new EntryPoint("asgi", target, asgi.File, asgi.Line));
            }
        }
        return entries;
    }

    /// <summary>Django apps: folders under the project base with <c>apps.py</c> or <c>models.py</c>, other than the config package.</summary>
    private static List<string> AppFolders(WorkspaceTree tree, string baseDirectory, string? configPackage)
    {
        var apps = new SortedSet<string>(StringComparer.Ordinal);
        string prefix = baseDirectory.Length == 0 ? "" : baseDirectory + "/";
        foreach (var file in tree.Files)
        {
            if (!file.Path.StartsWith(prefix, StringComparison.Ordinal) || file.Name is not ("apps.py" or "models.py"))
            {
                continue;
            }
            string folder = file.Directory;
            if (folder != configPackage && folder != baseDirectory && tree.HasFile(folder + "/__init__.py") && !IsTestPath(folder))
            {
                apps.Add(folder);
            }
        }
        return apps.ToList();
    }

    /// <summary>
    /// True for a path in a <c>tests</c>, <c>test</c> or <c>testing</c> folder, a <c>test_*</c> module or a
    /// <c>conftest.py</c>. Rules ask this for every call they look at, so it reads the path without allocating.
    /// </summary>
    public static bool IsTestPath(string path)
    {
        ReadOnlySpan<char> rest = path;
        while (true)
        {
            int slash = rest.IndexOf('/');
            ReadOnlySpan<char> part = slash < 0 ? rest : rest[..slash];
            if (part is "tests" or "test" or "testing")
            {
                return true;
            }
            if (slash < 0)
            {
                return part.StartsWith("test_", StringComparison.Ordinal) || part is "conftest.py";
            }
            rest = rest[(slash + 1)..];
        }
    }

    private static List<Evidence> Serializers(ModuleIndex modules)
    {
        var found = new List<Evidence>();
        foreach (var module in modules.Modules.Where(m => m.Syntax is not null && m.Imports.Any(i => i.TopLevel == "rest_framework")))
        {
            var symbols = new PythonSymbols(module);
            foreach (var stmt in SyntaxSearch.All(module.Syntax!.Body))
            {
                if (stmt is ClassDef cls && cls.Bases.Any(b => symbols.Qualify(b)?.StartsWith("rest_framework.serializers.", StringComparison.Ordinal) == true))
                {
                    found.Add(new Evidence(module.Path, module.LineOf(stmt), $"DRF serializer {cls.Name}"));
                }
            }
        }
        return found;
    }
}
