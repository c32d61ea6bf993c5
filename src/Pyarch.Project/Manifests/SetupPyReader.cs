using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Project.Manifests;

/// <summary>
/// Reads <c>setup.py</c> from its syntax tree, never running it: the <c>setup(...)</c> call's
/// <c>install_requires</c>, <c>extras_require</c>, <c>python_requires</c>, <c>name</c> and console scripts, following
/// module-level names bound to literal lists (<c>install_requires=REQUIREMENTS</c>).
/// </summary>
public static class SetupPyReader
{
    public static Manifest Read(string path, Module module, Func<Node, int> lineOf)
    {
        var names = new Dictionary<string, Expr>(StringComparer.Ordinal);
        foreach (var stmt in module.Body)
        {
            if (stmt is Assign { Targets: [Name target], Value: var value })
            {
                names[target.Id] = value;
            }
        }
        var call = FindSetupCall(module.Body);
        if (call is null)
        {
            return new Manifest(path, ManifestKind.SetupPy, [], []);
        }
        var requirements = new List<Requirement>();
        var problems = new List<Problem>();
        Evidenced<string>? python = null;
        string? name = null;
        var scripts = new List<EntryScript>();
        foreach (var keyword in call.Keywords)
        {
            var value = keyword.Value is Name n && names.TryGetValue(n.Id, out var bound) ? bound : keyword.Value;
            switch (keyword.Name)
            {
                case "install_requires":
                    ReadStrings(path, value, null, lineOf, requirements, problems);
                    break;
                case "extras_require" when value is Dict dict:
                    for (int i = 0; i < dict.Keys.Count; i++)
                    {
                        if (dict.Keys[i] is Constant { Value: ConstantValue.Str extra })
                        {
                            ReadStrings(path, dict.Values[i], extra.Value, lineOf, requirements, problems);
                        }
                    }
                    break;
                case "python_requires" when value is Constant { Value: ConstantValue.Str s }:
                    python = new(s.Value.Replace(" ", "", StringComparison.Ordinal), path, lineOf(value));
                    break;
                case "name" when value is Constant { Value: ConstantValue.Str s }:
                    name = s.Value;
                    break;
                case "entry_points" when value is Dict dict:
                    ReadScripts(path, dict, lineOf, scripts);
                    break;
            }
        }
        return new Manifest(path, ManifestKind.SetupPy, requirements, problems) { ProjectName = name, RequiresPython = python, Scripts = scripts };
    }

    private static Call? FindSetupCall(IReadOnlyList<Stmt> body)
    {
        foreach (var stmt in body)
        {
            var expr = stmt switch
            {
                ExprStmt e => e.Value,
                Assign a => a.Value,
                _ => null,
            };
            if (expr is Call { Func: Name { Id: "setup" } or Attribute { Attr: "setup" } } call)
            {
                return call;
            }
            if (stmt is If { Body: var inner } && FindSetupCall(inner) is { } nested)
            {
                return nested;
            }
        }
        return null;
    }

    private static void ReadStrings(string path, Expr list, string? group, Func<Node, int> lineOf, List<Requirement> requirements, List<Problem> problems)
    {
        var items = list switch
        {
            Python.Ast.List l => l.Elts,
            Python.Ast.Tuple t => t.Elts,
            _ => [],
        };
        foreach (var item in items)
        {
            if (item is not Constant { Value: ConstantValue.Str s })
            {
                continue;
            }
            var requirement = Pep508.Parse(s.Value, group, path, lineOf(item));
            if (requirement is null)
            {
                problems.Add(new Problem(path, lineOf(item), $"invalid requirement: '{s.Value}'"));
            }
            else
            {
                requirements.Add(requirement);
            }
        }
    }

    private static void ReadScripts(string path, Dict dict, Func<Node, int> lineOf, List<EntryScript> scripts)
    {
        for (int i = 0; i < dict.Keys.Count; i++)
        {
            if (dict.Keys[i] is not Constant { Value: ConstantValue.Str { Value: "console_scripts" } } || dict.Values[i] is not Python.Ast.List list)
            {
                continue;
            }
            foreach (var item in list.Elts)
            {
                if (item is Constant { Value: ConstantValue.Str s } && s.Value.Split('=', 2) is [var script, var target])
                {
                    scripts.Add(new EntryScript(script.Trim(), target.Trim(), path, lineOf(item)));
                }
            }
        }
    }
}
