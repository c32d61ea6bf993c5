using Pyarch.Project.Frameworks;
using Pyarch.Project.Modules;
using Pyarch.Python.Ast;

namespace Pyarch.Project.Settings;

/// <summary>
/// The environment variables a pydantic <c>BaseSettings</c> class reads: one per annotated field, named
/// <c>env_prefix</c> + field name (pydantic matches case-insensitively; pyarch reports the upper-case name), or the
/// field's <c>alias</c>/<c>validation_alias</c>/<c>env</c> as written; typed by the annotation; required when the
/// field has no default.
/// </summary>
public static class PydanticSettingsReader
{
    private static readonly string[] BaseSettings = ["pydantic_settings.BaseSettings", "pydantic.BaseSettings", "pydantic.v1.BaseSettings", "pydantic.env_settings.BaseSettings"];

    private static readonly string[] FieldFunctions = ["pydantic.Field", "pydantic_settings.Field", "pydantic.v1.Field"];

    /// <summary>The fields of the module's classes that derive from pydantic's <c>BaseSettings</c> itself.</summary>
    public static IEnumerable<EnvRead> Read(PythonModule module) => Classes(module, _ => false).SelectMany(c => c.Fields);

    /// <summary>
    /// The module's settings classes and their fields: those deriving from <c>BaseSettings</c>, and, as candidates,
    /// those deriving from classes of the project (any of them: <c>class Extra(Mixin, AppSettings)</c>) (<paramref name="isProjectName"/> says which dotted
    /// names are), whose fields count once that class proves to be settings too (<c>class AppSettings(BaseAppSettings)</c>
    /// with <c>BaseAppSettings</c> in another module). A subclass's <c>env_prefix</c> is its own.
    /// </summary>
    public static IEnumerable<(PydanticSettingsClass Class, IReadOnlyList<EnvRead> Fields)> Classes(PythonModule module, Func<string, bool> isProjectName)
    {
        // A settings class names pydantic's BaseSettings by its import, or derives from a project class.
        bool importsPydantic = module.Imports.Any(i => i.TopLevel is "pydantic" or "pydantic_settings");
        if ((!importsPydantic && !module.Imports.Any(i => i.TopLevel is { } top && isProjectName(top))) || module.Syntax is not { } syntax)
        {
            yield break;
        }
        var symbols = new PythonSymbols(module);
        var evaluator = new SettingsEvaluator(_ => null, EnvWorld.Unset, module.Path, module.LineOf);
        foreach (var cls in SyntaxSearch.All(syntax.Body).OfType<ClassDef>())
        {
            bool direct = importsPydantic && cls.Bases.Any(b => symbols.Is(b, BaseSettings));
            List<string> projectBases = direct ? [] : [.. cls.Bases.Select(symbols.Qualify).OfType<string>().Where(b => isProjectName(b.Split('.')[0]))];
            if (!direct && projectBases.Count == 0)
            {
                continue;
            }
            yield return (new PydanticSettingsClass(module.QualifiedName(cls.Name), projectBases), Fields(module, cls, symbols, evaluator).ToList());
        }
    }

    private static IEnumerable<EnvRead> Fields(PythonModule module, ClassDef cls, PythonSymbols symbols, SettingsEvaluator evaluator)
    {
        string prefix = Prefix(cls, symbols);
        foreach (var field in cls.Body.OfType<AnnAssign>())
        {
            if (field.Target is not Name { Id: var name } || name.StartsWith('_') || name == "model_config" || IsClassVar(field.Annotation))
            {
                continue;
            }
            var call = field.Value is Call c && symbols.Is(c.Func, FieldFunctions) ? c : null;
            string? alias = call?.Keywords.FirstOrDefault(k => k.Name is "alias" or "validation_alias" or "env") is { } a ? PythonSymbols.Str(a.Value) : null;
            var defaultExpr = call is null ? field.Value : call.Args.FirstOrDefault() ?? call.Keywords.FirstOrDefault(k => k.Name == "default")?.Value;
            SettingValue? fallback = defaultExpr switch
            {
                null when call?.Keywords.Any(k => k.Name == "default_factory") == true => new SettingValue.Unknown("a default_factory"),
                null or Constant { Value: ConstantValue.Ellipsis } => null,
                _ => evaluator.Evaluate(defaultExpr),
            };
            yield return new EnvRead(alias ?? (prefix + name).ToUpperInvariant(), fallback, CastOf(field.Annotation), "pydantic field " + cls.Name + "." + name, module.Path, module.LineOf(field));
        }
    }

    /// <summary><c>model_config = SettingsConfigDict(env_prefix=...)</c>, a nested <c>class Config</c>, or a class keyword.</summary>
    private static string Prefix(ClassDef cls, PythonSymbols symbols)
    {
        foreach (var keyword in cls.Keywords)
        {
            if (keyword.Name == "env_prefix" && PythonSymbols.Str(keyword.Value) is { } fromKeyword)
            {
                return fromKeyword;
            }
        }
        foreach (var stmt in cls.Body)
        {
            var prefix = stmt switch
            {
                Assign { Targets: [Name { Id: "model_config" }], Value: Call call } => call.Keywords.FirstOrDefault(k => k.Name == "env_prefix")?.Value,
                ClassDef { Name: "Config" } config => config.Body.Select(SyntaxSearch.Binding).FirstOrDefault(b => b?.Name == "env_prefix")?.Value,
                _ => null,
            };
            if (PythonSymbols.Str(prefix) is { } found)
            {
                return found;
            }
        }
        return "";
    }

    private static bool IsClassVar(Expr annotation) =>
        annotation is Name { Id: "ClassVar" } or Subscript { Value: Name { Id: "ClassVar" } } or Subscript { Value: Python.Ast.Attribute { Attr: "ClassVar" } };

    private static EnvCast CastOf(Expr annotation) => annotation switch
    {
        Name { Id: "bool" } => EnvCast.Bool,
        Name { Id: "int" } => EnvCast.Int,
        Name { Id: "float" } => EnvCast.Float,
        Name { Id: "str" or "SecretStr" } => EnvCast.Str,
        Name { Id: "list" or "List" or "tuple" or "Tuple" or "set" or "Set" } => EnvCast.List,
        Name { Id: "dict" or "Dict" } => EnvCast.Dict,
        Subscript { Value: Name { Id: "Optional" }, Slice: var inner } => CastOf(inner),
        Subscript { Value: Name { Id: var generic } } => CastOf(new Name(annotation.Range, generic, ExprContext.Load)),
        BinOp { Op: Operator.BitOr, Left: var left, Right: Constant { Value: ConstantValue.None } } => CastOf(left),
        _ => EnvCast.Other,
    };
}
