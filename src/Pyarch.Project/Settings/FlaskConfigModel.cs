using Pyarch.Project.Frameworks;
using Pyarch.Project.Modules;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Project.Settings;

/// <summary>
/// The configuration a Flask application module builds, per <see cref="EnvWorld"/>, in statement order (module level,
/// then application factories): <c>app.config.from_object(...)</c> of a config class (given as a class or a dotted
/// string, its bases' attributes first), <c>app.config['X'] = ...</c>, <c>app.config.update(...)</c>, and
/// <c>app.debug</c>/<c>app.secret_key</c>. Only upper-case names are configuration, as <c>from_object</c> takes them.
/// </summary>
public sealed class FlaskConfigModel
{
    private readonly Dictionary<EnvWorld, Dictionary<string, SettingValue>> _values;

    private FlaskConfigModel(PythonModule module, Dictionary<EnvWorld, Dictionary<string, SettingValue>> values)
    {
        Module = module;
        _values = values;
    }

    /// <summary>The module that configures the application.</summary>
    public PythonModule Module { get; }

    /// <summary>A configuration key's value in a world, or null when the application never sets it.</summary>
    public SettingValue? Get(string key, EnvWorld world) => _values[world].GetValueOrDefault(key);

    public IEnumerable<string> Keys => _values[EnvWorld.Unset].Keys.Order(StringComparer.Ordinal);

    /// <summary>One model per module that imports Flask and configures an application.</summary>
    public static IReadOnlyList<FlaskConfigModel> Load(ModuleIndex modules)
    {
        var models = new List<FlaskConfigModel>();
        var interpreters = new[] { EnvWorld.Unset, EnvWorld.Set }.ToDictionary(w => w, w => new SettingsInterpreter(modules, w));
        foreach (var module in modules.Modules.Where(m => m.Syntax is not null && m.Imports.Any(i => i.TopLevel == "flask")))
        {
            var values = interpreters.ToDictionary(p => p.Key, p => Configure(module, p.Value, modules));
            if (values[EnvWorld.Unset].Count > 0)
            {
                models.Add(new FlaskConfigModel(module, values));
            }
        }
        return models;
    }

    private static Dictionary<string, SettingValue> Configure(PythonModule module, SettingsInterpreter interpreter, ModuleIndex modules)
    {
        var scope = interpreter.Run(module);
        var evaluator = interpreter.EvaluatorFor(module, scope);
        var config = new Dictionary<string, SettingValue>(StringComparer.Ordinal);
        foreach (var stmt in SyntaxSearch.All(module.Syntax!.Body))
        {
            switch (stmt)
            {
                case Assign { Targets: [Subscript { Value: Attribute { Attr: "config" }, Slice: var key }], Value: var value } when PythonSymbols.Str(key) is { } name:
                    config[name] = Stamped(evaluator.Evaluate(value), evaluator, stmt);
                    break;
                case Assign { Targets: [Attribute { Attr: "debug" or "secret_key" or "testing" } attribute], Value: var value } when attribute.Value is Name:
                    config[attribute.Attr.ToUpperInvariant()] = Stamped(evaluator.Evaluate(value), evaluator, stmt);
                    break;
                case ExprStmt { Value: Call { Func: Attribute { Attr: "update", Value: Attribute { Attr: "config" } } } update }:
                    foreach (var keyword in update.Keywords.Where(k => k.Name is not null))
                    {
                        config[keyword.Name!] = Stamped(evaluator.Evaluate(keyword.Value), evaluator, stmt);
                    }
                    if (update.Args is [var mapping] && evaluator.Evaluate(mapping) is SettingValue.Mapping entries)
                    {
                        foreach (var (key, value) in entries.Entries)
                        {
                            if (key is SettingValue.Str name)
                            {
                                config[name.Value] = value;
                            }
                        }
                    }
                    break;
                case ExprStmt { Value: Call { Func: Attribute { Attr: "from_object", Value: Attribute { Attr: "config" } }, Args: [var source] } }:
                    foreach (var (key, value) in ObjectAttributes(evaluator.Evaluate(source), interpreter, modules))
                    {
                        config[key] = value;
                    }
                    break;
            }
        }
        return config.Where(p => p.Key.ToUpperInvariant() == p.Key).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    private static SettingValue Stamped(SettingValue value, SettingsEvaluator evaluator, Stmt stmt) => value with { Origin = evaluator.OriginOf(stmt) };

    /// <summary>The attributes of the config class <c>from_object</c> is given, by class or by dotted name.</summary>
    private static IReadOnlyDictionary<string, SettingValue> ObjectAttributes(SettingValue source, SettingsInterpreter interpreter, ModuleIndex modules)
    {
        string? name = source switch
        {
            SettingValue.Symbol s => s.QualifiedName,
            SettingValue.Str s => s.Value,
            _ => null,
        };
        if (name is null || modules.ResolveInternal(name) is not { } moduleName || modules.Get(moduleName) is not { } owner)
        {
            return new Dictionary<string, SettingValue>();
        }
        interpreter.Run(owner);
        return interpreter.ClassAttributes(name) ?? new Dictionary<string, SettingValue>();
    }
}
