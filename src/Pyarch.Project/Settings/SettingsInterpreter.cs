using Pyarch.Project.Modules;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Project.Settings;

/// <summary>
/// Runs the module-level statements of settings and config modules symbolically in one <see cref="EnvWorld"/>, as
/// Python would import them: assignments in order (later ones win), <c>from .base import *</c> and other imports of
/// project modules, <c>+=</c>, <c>.append</c>/<c>.insert</c>/<c>.extend</c>/<c>.remove</c>, <c>X['key'] = </c>,
/// and <c>if</c> statements, whose branch is taken when the test is known in this world and whose differing
/// assignments become unknown otherwise. Class bodies (Flask config classes) run on their bases' attributes.
/// </summary>
public sealed partial class SettingsInterpreter
{
    private readonly ModuleIndex _modules;
    private readonly Dictionary<string, Dictionary<string, SettingValue>> _done = new(StringComparer.Ordinal);
    private readonly HashSet<string> _running = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ClassDef Class, PythonModule Module, Dictionary<string, SettingValue> Scope)> _classes = new(StringComparer.Ordinal);

    public SettingsInterpreter(ModuleIndex modules, EnvWorld world)
    {
        _modules = modules;
        World = world;
    }

    public EnvWorld World { get; }

    /// <summary>The names a module binds once imported; empty when its syntax is not kept or it imports itself.</summary>
    public IReadOnlyDictionary<string, SettingValue> Run(PythonModule module)
    {
        if (_done.TryGetValue(module.Name, out var known))
        {
            return known;
        }
        if (module.Syntax is not { } syntax || !_running.Add(module.Name))
        {
            return new Dictionary<string, SettingValue>();
        }
        var scope = new Dictionary<string, SettingValue>(StringComparer.Ordinal);
        Execute(syntax.Body, module, scope);
        _running.Remove(module.Name);
        _done[module.Name] = scope;
        return scope;
    }

    /// <summary>The attributes of a class the interpreter met (by dotted name), its bases' first, as a config object holds them.</summary>
    public IReadOnlyDictionary<string, SettingValue>? ClassAttributes(string qualifiedName)
    {
        if (!_classes.TryGetValue(qualifiedName, out var entry) || !_running.Add(qualifiedName))
        {
            return null;
        }
        var attributes = new Dictionary<string, SettingValue>(StringComparer.Ordinal);
        var evaluator = EvaluatorFor(entry.Module, entry.Scope);
        foreach (var baseExpr in entry.Class.Bases)
        {
            if (evaluator.Evaluate(baseExpr) is SettingValue.Symbol { QualifiedName: var baseName } && ClassAttributes(baseName) is { } inherited)
            {
                foreach (var (key, value) in inherited)
                {
                    attributes[key] = value;
                }
            }
        }
        var classScope = new Dictionary<string, SettingValue>(StringComparer.Ordinal);
        Execute(entry.Class.Body, entry.Module, classScope, name => classScope.GetValueOrDefault(name) ?? entry.Scope.GetValueOrDefault(name));
        foreach (var (key, value) in classScope)
        {
            attributes[key] = value;
        }
        _running.Remove(qualifiedName);
        return attributes;
    }

    public SettingsEvaluator EvaluatorFor(PythonModule module, IReadOnlyDictionary<string, SettingValue> scope) =>
        new(name => scope.GetValueOrDefault(name), World, module.Path, module.LineOf);

    private void Execute(IReadOnlyList<Stmt> body, PythonModule module, Dictionary<string, SettingValue> scope, Func<string, SettingValue?>? lookup = null)
    {
        var evaluator = new SettingsEvaluator(lookup ?? (name => scope.GetValueOrDefault(name)), World, module.Path, module.LineOf);
        foreach (var stmt in body)
        {
            Execute(stmt, module, scope, evaluator, lookup);
        }
    }

    private void Execute(Stmt stmt, PythonModule module, Dictionary<string, SettingValue> scope, SettingsEvaluator evaluator, Func<string, SettingValue?>? lookup)
    {
        switch (stmt)
        {
            case Import import:
                foreach (var alias in import.Names)
                {
                    scope[alias.Asname ?? alias.Name.Split('.')[0]] = new SettingValue.Symbol(alias.Asname is null ? alias.Name.Split('.')[0] : alias.Name);
                }
                break;
            case ImportFrom from:
                ImportNames(from, module, scope);
                break;
            case Assign assign:
                var value = Stamp(evaluator.Evaluate(assign.Value), evaluator, stmt);
                foreach (var target in assign.Targets)
                {
                    Bind(target, value, scope, evaluator, stmt);
                }
                break;
            case AnnAssign { Value: { } annotated } ann:
                Bind(ann.Target, Stamp(evaluator.Evaluate(annotated), evaluator, stmt), scope, evaluator, stmt);
                break;
            case AugAssign { Target: Name name } aug:
                var current = evaluator.Evaluate(name);
                var operand = evaluator.Evaluate(aug.Value);
                // list += iterable extends the list in place, whatever the iterable's kind.
                var combined = aug.Op == Operator.Add && current is SettingValue.Sequence { Kind: "list" } list && operand.Elements is { } more
                    ? list with { Items = [.. list.Items, .. more] }
                    : SettingsEvaluator.Binary(aug.Op, current, operand);
                scope[name.Id] = Stamp(combined, evaluator, stmt);
                break;
            case ExprStmt { Value: Call { Func: Attribute { Value: Name owner } method } call } when scope.ContainsKey(owner.Id):
                scope[owner.Id] = Stamp(Mutate(scope[owner.Id], method.Attr, call, evaluator), evaluator, stmt);
                break;
            case If branch:
                Branch(branch, module, scope, evaluator, lookup);
                break;
            case Try attempt:
                var handler = attempt.Handlers.Count > 0 && ImportsMissingModule(attempt.Body, module) ? attempt.Handlers[0].Body : attempt.Body;
                Execute(handler, module, scope, lookup);
                Execute(attempt.Orelse, module, scope, lookup);
                Execute(attempt.Finalbody, module, scope, lookup);
                break;
            case With with:
                Execute(with.Body, module, scope, lookup);
                break;
            case ClassDef cls:
                string qualified = module.Name + "." + cls.Name;
                _classes[qualified] = (cls, module, scope);
                scope[cls.Name] = new SettingValue.Symbol(qualified) { Origin = evaluator.OriginOf(stmt) };
                break;
            case FunctionDef or AsyncFunctionDef:
                string function = stmt is FunctionDef f ? f.Name : ((AsyncFunctionDef)stmt).Name;
                scope[function] = new SettingValue.Symbol(module.Name + "." + function) { Origin = evaluator.OriginOf(stmt) };
                break;
            case Delete delete:
                foreach (var target in delete.Targets.OfType<Name>())
                {
                    scope.Remove(target.Id);
                }
                break;
        }
    }

    private static SettingValue Stamp(SettingValue value, SettingsEvaluator evaluator, Stmt stmt) =>
        value with { Origin = evaluator.OriginOf(stmt) };

    private void Bind(Expr target, SettingValue value, Dictionary<string, SettingValue> scope, SettingsEvaluator evaluator, Stmt stmt)
    {
        switch (target)
        {
            case Name name:
                scope[name.Id] = value;
                break;
            case Subscript { Value: Name owner, Slice: var key } when scope.GetValueOrDefault(owner.Id) is SettingValue.Mapping mapping:
                scope[owner.Id] = Stamp(mapping with { Entries = [.. mapping.Entries, new(evaluator.Evaluate(key), value)] }, evaluator, stmt);
                break;
            case Python.Ast.Tuple or Python.Ast.List:
                var targets = target is Python.Ast.Tuple t ? t.Elts : ((Python.Ast.List)target).Elts;
                for (int i = 0; i < targets.Count; i++)
                {
                    var item = value.Elements is { } items && items.Count == targets.Count ? items[i] : new SettingValue.Unknown("an unpacked value");
                    Bind(targets[i], item with { Origin = value.Origin }, scope, evaluator, stmt);
                }
                break;
            case Subscript { Value: Name owner }:
                scope[owner.Id] = Stamp(new SettingValue.Unknown($"an item assigned into `{owner.Id}`"), evaluator, stmt);
                break;
        }
    }

    /// <summary>The list and dict methods settings files call on a setting.</summary>
    private static SettingValue Mutate(SettingValue current, string method, Call call, SettingsEvaluator evaluator)
    {
        var args = call.Args.Select(evaluator.Evaluate).ToList();
        switch (current, method, args)
        {
            case (SettingValue.Sequence s, "append" or "add", [var item]):
                return s with { Items = [.. s.Items, item] };
            case (SettingValue.Sequence s, "extend" or "update", [var more]) when more.Elements is { } extra:
                return s with { Items = [.. s.Items, .. extra] };
            case (SettingValue.Sequence s, "insert", [SettingValue.Int index, var item]):
                int at = (int)Math.Clamp((long)(index.Value < 0 ? index.Value + s.Items.Count : index.Value), 0, s.Items.Count);
                return s with { Items = [.. s.Items.Take(at), item, .. s.Items.Skip(at)] };
            case (SettingValue.Sequence s, "remove", [var gone]) when s.Items.FirstOrDefault(i => i.Equal(gone) == true) is { } found:
                return s with { Items = s.Items.Where(i => !ReferenceEquals(i, found)).ToList() };
            case (SettingValue.Mapping m, "update", [SettingValue.Mapping more]):
                return m with { Entries = [.. m.Entries, .. more.Entries] };
            case (SettingValue.Mapping m, "update", []):
                return m with { Entries = [.. m.Entries, .. call.Keywords.Where(k => k.Name is not null).Select(k => new KeyValuePair<SettingValue, SettingValue>(new SettingValue.Str(k.Name!), evaluator.Evaluate(k.Value)))] };
            default:
                return method is "append" or "extend" or "insert" or "remove" or "update" or "add" or "pop" or "clear"
                    ? new SettingValue.Unknown($"`.{method}()` on a value pyarch cannot follow")
                    : current;
        }
    }

    private void Branch(If branch, PythonModule module, Dictionary<string, SettingValue> scope, SettingsEvaluator evaluator, Func<string, SettingValue?>? lookup)
    {
        switch (evaluator.Evaluate(branch.Test).Truthy)
        {
            case true:
                Execute(branch.Body, module, scope, lookup);
                return;
            case false:
                Execute(branch.Orelse, module, scope, lookup);
                return;
        }
        var taken = new Dictionary<string, SettingValue>(scope, StringComparer.Ordinal);
        var other = new Dictionary<string, SettingValue>(scope, StringComparer.Ordinal);
        Execute(branch.Body, module, taken, lookup is null ? null : name => taken.GetValueOrDefault(name) ?? lookup(name));
        Execute(branch.Orelse, module, other, lookup is null ? null : name => other.GetValueOrDefault(name) ?? lookup(name));
        var origin = evaluator.OriginOf(branch);
        foreach (string name in taken.Keys.Union(other.Keys).ToList())
        {
            var a = taken.GetValueOrDefault(name);
            var b = other.GetValueOrDefault(name);
            scope[name] = a is not null && ReferenceEquals(a, b) ? a
                : new SettingValue.Unknown($"set differently in the branches of the `if` on line {origin.Line}") { Origin = (a ?? b)!.Origin, Env = (a ?? b)!.Env };
        }
    }

    private bool ImportsMissingModule(IReadOnlyList<Stmt> body, PythonModule module) =>
        body.OfType<ImportFrom>().Any(from => Modules.ImportCollector.Resolve(from.Module, from.Level, module.Package) is not { } name
            || (from.Level > 0 || _modules.IsInternal(name)) && _modules.Get(name) is null);
}
