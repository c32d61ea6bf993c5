using Pyarch.Project;
using Pyarch.Python;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// The environment variables the project's code reads by a literal name: <c>os.environ["X"]</c>,
/// <c>os.environ.get("X")</c>, <c>os.getenv("X")</c>, <c>"X" in os.environ</c>, django-environ's <c>env("X")</c> and
/// <c>env.bool("X")</c>, python-decouple's <c>config("X")</c>. Only modules whose syntax the project model kept
/// (settings, config, entry and framework modules) are read. A stand-in until the settings model collects
/// environment reads for the whole project; swap the callers to it then.
/// </summary>
public static class EnvReads
{
    public static IReadOnlyList<EnvReadSite> Collect(ProjectModel model)
    {
        var reads = new List<EnvReadSite>();
        foreach (var module in model.Modules.Modules)
        {
            if (module.Syntax is { } syntax)
            {
                var collector = new Collector(new ImportMap(syntax, module.Package), name => node => reads.Add(new EnvReadSite(name, module.Path, module.LineOf(node))));
                collector.Visit(syntax);
            }
        }
        return reads;
    }

    private sealed class Collector(ImportMap imports, Func<string, Action<Node>> add) : PythonWalker
    {
        public override void VisitSubscript(Subscript node)
        {
            if (imports.Is(node.Value, "os.environ") && Literal(node.Slice) is { } name)
            {
                add(name)(node);
            }
            base.VisitSubscript(node);
        }

        public override void VisitCompare(Compare node)
        {
            if (node is { Ops: [CmpOperator.In or CmpOperator.NotIn], Comparators: [var container] } && imports.Is(container, "os.environ") && Literal(node.Left) is { } name)
            {
                add(name)(node);
            }
            base.VisitCompare(node);
        }

        public override void VisitCall(Call node)
        {
            if (node.Args.Count > 0 && Literal(node.Args[0]) is { } name && IsEnvRead(node.Func))
            {
                add(name)(node);
            }
            base.VisitCall(node);
        }

        private bool IsEnvRead(Expr func) =>
            imports.Is(func, "os.environ.get", "os.getenv", "decouple.config")
            || imports.InstanceOf(func) is "environ.Env" or "environ.environ.Env" or "decouple.AutoConfig"
            || (func is Attribute { Value: var env } && imports.InstanceOf(env) is "environ.Env" or "environ.environ.Env");

        private static string? Literal(Expr expr) => expr is Constant { Value: ConstantValue.Str { Value: var s } } && s.Length > 0 ? s : null;
    }
}
