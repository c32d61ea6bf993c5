using Pyarch.Project.Modules;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Project.Frameworks;

/// <summary>
/// Evaluates the settings Django projects write as literals, across every settings file: list settings built
/// from literals, names, <c>+</c>, <c>+=</c>, <c>.append</c>/<c>.extend</c>/<c>.insert</c>, and the
/// <c>ENGINE</c>/<c>BACKEND</c> strings in <c>DATABASES</c> and <c>CACHES</c>. Never runs project code.
/// </summary>
public sealed class DjangoSettingsReader
{
    private readonly IReadOnlyList<PythonModule> _files;
    private readonly Dictionary<string, (Expr Value, PythonModule Module)> _names = new(StringComparer.Ordinal);

    private DjangoSettingsReader(IReadOnlyList<PythonModule> files)
    {
        _files = files;
        foreach (var module in files)
        {
            foreach (var stmt in SyntaxSearch.ModuleLevel(module.Syntax!.Body))
            {
                if (SyntaxSearch.Binding(stmt) is var (name, value, _))
                {
                    _names.TryAdd(name, (value, module));
                }
            }
        }
    }

    public static DjangoSettings Read(IReadOnlyList<PythonModule> settingsFiles)
    {
        var reader = new DjangoSettingsReader(settingsFiles.Where(m => m.Syntax is not null).ToList());
        var asgi = reader.Strings("ASGI_APPLICATION", runningOnly: false).FirstOrDefault();
        return new DjangoSettings(
            reader.Strings("INSTALLED_APPS", false),
            [.. reader.Strings("MIDDLEWARE", false), .. reader.Strings("MIDDLEWARE_CLASSES", false)],
            reader.KeyedStrings("DATABASES", "ENGINE", false),
            reader.KeyedStrings("CACHES", "BACKEND", true),
            reader.Strings("PASSWORD_HASHERS", false),
            asgi);
    }

    /// <summary>Settings files named for tests (<c>settings/test.py</c>) configure test runs, not the running project.</summary>
    private static bool IsTestSettings(PythonModule module) =>
        module.Name.Split('.')[^1].StartsWith("test", StringComparison.Ordinal);

    private List<Evidenced<string>> Strings(string setting, bool runningOnly)
    {
        var values = new List<Evidenced<string>>();
        foreach (var module in _files.Where(m => !runningOnly || !IsTestSettings(m)))
        {
            foreach (var stmt in SyntaxSearch.ModuleLevel(module.Syntax!.Body))
            {
                var expr = stmt switch
                {
                    Assign { Targets: [Name { Id: var id }], Value: var v } when id == setting => v,
                    AnnAssign { Target: Name { Id: var id }, Value: { } v } when id == setting => v,
                    AugAssign { Target: Name { Id: var id }, Value: var v } when id == setting => v,
                    ExprStmt { Value: Call { Func: Attribute { Value: Name { Id: var id }, Attr: "append" or "extend" or "insert" } } call } when id == setting
                        => call.Args.Count > 0 ? call.Args[^1] : null,
                    _ => null,
                };
                if (expr is not null)
                {
                    Collect(expr, module, values, 0);
                }
            }
        }
        return values;
    }

    private void Collect(Expr expr, PythonModule module, List<Evidenced<string>> values, int depth)
    {
        if (depth > 8)
        {
            return;
        }
        switch (expr)
        {
            case Constant { Value: ConstantValue.Str s }:
                values.Add(new Evidenced<string>(s.Value, module.Path, module.LineOf(expr)));
                break;
            case Python.Ast.List list:
                list.Elts.ToList().ForEach(e => Collect(e, module, values, depth + 1));
                break;
            case Python.Ast.Tuple tuple:
                tuple.Elts.ToList().ForEach(e => Collect(e, module, values, depth + 1));
                break;
            case Starred starred:
                Collect(starred.Value, module, values, depth + 1);
                break;
            case BinOp { Op: Operator.Add } add:
                Collect(add.Left, module, values, depth + 1);
                Collect(add.Right, module, values, depth + 1);
                break;
            case Name name when _names.TryGetValue(name.Id, out var bound):
                Collect(bound.Value, bound.Module, values, depth + 1);
                break;
        }
    }

    /// <summary>Strings stored under <paramref name="key"/> anywhere in a dict setting, or assigned through subscripts of it.</summary>
    private List<Evidenced<string>> KeyedStrings(string setting, string key, bool runningOnly)
    {
        var values = new List<Evidenced<string>>();
        foreach (var module in _files.Where(m => !runningOnly || !IsTestSettings(m)))
        {
            foreach (var stmt in SyntaxSearch.ModuleLevel(module.Syntax!.Body))
            {
                if (stmt is not Assign assign || !assign.Targets.Any(t => RootName(t) == setting))
                {
                    continue;
                }
                if (assign.Targets[0] is Subscript { Slice: Constant { Value: ConstantValue.Str { Value: var last } } } && last == key)
                {
                    Collect(assign.Value, module, values, 0);
                    continue;
                }
                foreach (var dict in Dicts(assign.Value))
                {
                    for (int i = 0; i < dict.Keys.Count; i++)
                    {
                        if (PythonSymbols.Str(dict.Keys[i]) == key && dict.Values[i] is Constant { Value: ConstantValue.Str })
                        {
                            Collect(dict.Values[i], module, values, 0);
                        }
                    }
                }
            }
        }
        return values;
    }

    private static string? RootName(Expr target) => target switch
    {
        Name n => n.Id,
        Subscript s => RootName(s.Value),
        _ => null,
    };

    private static IEnumerable<Dict> Dicts(Expr expr)
    {
        if (expr is Dict dict)
        {
            yield return dict;
            foreach (var nested in dict.Values.SelectMany(Dicts))
            {
                yield return nested;
            }
        }
    }
}
