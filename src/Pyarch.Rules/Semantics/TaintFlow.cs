using Pyarch.Python;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// Intra-procedural taint from request data, as Semgrep's taint mode does within one function: the statements of a
/// function are followed in source order; a variable assigned from request data (directly, or through attribute,
/// subscript, method calls, f-strings, concatenation, containers or any call given tainted arguments) is tainted until
/// it is reassigned with a clean value, sanitized or guarded (see <see cref="TaintPolicy"/>). Each call of the function
/// is handed to the caller with the taint state of its statement. Branches are followed one after another, so a
/// sanitizer in one branch cleans the name for the code below; nested functions and classes are analyzed on their own.
/// </summary>
public sealed class TaintFlow
{
    private readonly ImportMap _imports;
    private readonly TaintPolicy _policy;
    private readonly RequestData _requests;
    private readonly Action<Call, TaintFlow> _onCall;
    private readonly Dictionary<string, string> _tainted = new(StringComparer.Ordinal);

    private TaintFlow(Stmt function, ImportMap imports, TaintPolicy policy, Action<Call, TaintFlow> onCall)
    {
        _imports = imports;
        _policy = policy;
        _requests = new RequestData(function, imports, policy.Sources);
        _onCall = onCall;
    }

    /// <summary>Follows <paramref name="function"/> (a <see cref="FunctionDef"/> or <see cref="AsyncFunctionDef"/>) and calls <paramref name="onCall"/> for each of its calls.</summary>
    public static void Run(Stmt function, ImportMap imports, TaintPolicy policy, Action<Call, TaintFlow> onCall)
    {
        var body = function switch
        {
            FunctionDef f => f.Body,
            AsyncFunctionDef f => f.Body,
            _ => [],
        };
        new TaintFlow(function, imports, policy, onCall).Statements(body);
    }

    /// <summary>The request accessor the value of <paramref name="expr"/> comes from (<c>request.args</c>), or null when it is clean.</summary>
    public string? SourceOf(Expr? expr)
    {
        if (expr is null)
        {
            return null;
        }
        if (_requests.Source(expr) is { } source)
        {
            return source;
        }
        return expr switch
        {
            Name name => _tainted.GetValueOrDefault(name.Id),
            Attribute attribute => SourceOf(attribute.Value),
            Subscript subscript => SourceOf(subscript.Value),
            Call call when _policy.Sanitizes(call, _imports) => null,
            Call call => (call.Func is Attribute method ? SourceOf(method.Value) : null)
                ?? call.Args.Select(SourceOf).FirstOrDefault(s => s is not null)
                ?? call.Keywords.Select(k => SourceOf(k.Value)).FirstOrDefault(s => s is not null),
            JoinedStr joined => joined.Values.Select(SourceOf).FirstOrDefault(s => s is not null),
            FormattedValue formatted => SourceOf(formatted.Value),
            BinOp binary => SourceOf(binary.Left) ?? SourceOf(binary.Right),
            BoolOp boolean => boolean.Values.Select(SourceOf).FirstOrDefault(s => s is not null),
            IfExp conditional => SourceOf(conditional.Body) ?? SourceOf(conditional.Orelse),
            Await awaited => SourceOf(awaited.Value),
            Starred starred => SourceOf(starred.Value),
            Python.Ast.List list => list.Elts.Select(SourceOf).FirstOrDefault(s => s is not null),
            Python.Ast.Tuple tuple => tuple.Elts.Select(SourceOf).FirstOrDefault(s => s is not null),
            Dict dict => dict.Values.Select(SourceOf).FirstOrDefault(s => s is not null),
            _ => null,
        };
    }

    private void Statements(IReadOnlyList<Stmt> body)
    {
        foreach (var stmt in body)
        {
            Statement(stmt);
        }
    }

    private void Statement(Stmt stmt)
    {
        switch (stmt)
        {
            case FunctionDef or AsyncFunctionDef or ClassDef:
                break;
            case Assign or AnnAssign or AugAssign:
                Assignment(stmt);
                break;
            case For loop:
                Loop(loop.Target, loop.Iter, loop.Body, loop.Orelse);
                break;
            case AsyncFor loop:
                Loop(loop.Target, loop.Iter, loop.Body, loop.Orelse);
                break;
            case If branch:
                Condition(branch.Test, branch.Body, branch.Orelse);
                break;
            case While loop:
                Condition(loop.Test, loop.Body, loop.Orelse);
                break;
            case With with:
                Context(with.Items, with.Body);
                break;
            case AsyncWith with:
                Context(with.Items, with.Body);
                break;
            case Try attempt:
                Statements(attempt.Body);
                attempt.Handlers.ToList().ForEach(h => Statements(h.Body));
                Statements(attempt.Orelse);
                Statements(attempt.Finalbody);
                break;
            case Match match:
                Calls(match.Subject);
                match.Cases.ToList().ForEach(c => Statements(c.Body));
                break;
            case ExprStmt { Value: var value }:
                Calls(value);
                if (value is Call call && _policy.Sanitizes(call, _imports))
                {
                    Clean(call);
                }
                break;
            case Return { Value: { } value }:
                Calls(value);
                break;
            case Raise { Exc: { } exception }:
                Calls(exception);
                break;
        }
    }

    private void Assignment(Stmt stmt)
    {
        switch (stmt)
        {
            case Assign assign:
                Calls(assign.Value);
                string? assigned = SourceOf(assign.Value);
                foreach (var target in assign.Targets)
                {
                    Bind(target, assigned);
                }
                break;
            case AnnAssign { Value: { } value } annotated:
                Calls(value);
                Bind(annotated.Target, SourceOf(value));
                break;
            case AugAssign augmented:
                Calls(augmented.Value);
                // x += tainted taints x; x += clean leaves it as it was.
                if (augmented.Target is Name name && SourceOf(augmented.Value) is { } added)
                {
                    _tainted[name.Id] = added;
                }
                break;
        }
    }

    private void Loop(Expr target, Expr iter, IReadOnlyList<Stmt> body, IReadOnlyList<Stmt> orelse)
    {
        Calls(iter);
        Bind(target, SourceOf(iter));
        Statements(body);
        Statements(orelse);
    }

    /// <summary>
    /// A check in the test holds in the branch it leads to: the body of <c>if check(x):</c> or <c>if a and check(x):</c>,
    /// the <c>else</c> of <c>if not check(x):</c>. After the statement a name is clean when it is clean at the end of
    /// every branch that does not leave the function or loop (<c>if not check(x): return ...</c> cleans <c>x</c> for
    /// what follows). A check in a test of another shape (<c>if a and not check(x): x = "/"</c>, as Django's own
    /// set_language has it) cleans its names for the rest of the function, since which branch it guards is not worked out.
    /// </summary>
    private void Condition(Expr test, IReadOnlyList<Stmt> body, IReadOnlyList<Stmt> orelse)
    {
        Calls(test);
        var checks = CallsIn(test).Where(c => _policy.Guards(c, _imports) || _policy.Sanitizes(c, _imports)).ToList();
        bool negated = checks is [var only] && test is UnaryOp { Op: UnaryOperator.Not, Operand: var operand } && ReferenceEquals(operand, only);
        bool positive = checks.All(c => ReferenceEquals(test, c) || (test is BoolOp { Op: BoolOperator.And } and && and.Values.Any(v => ReferenceEquals(v, c))));
        if (!negated && !positive)
        {
            checks.ForEach(Clean);
            Statements(body);
            Statements(orelse);
            return;
        }
        var (checkedBranch, otherBranch) = negated ? (orelse, body) : (body, orelse);
        var before = new Dictionary<string, string>(_tainted, StringComparer.Ordinal);
        checks.ForEach(Clean);
        Statements(checkedBranch);
        var afterChecked = Leaves(checkedBranch) ? null : new Dictionary<string, string>(_tainted, StringComparer.Ordinal);
        Restore(before);
        Statements(otherBranch);
        if (afterChecked is not null)
        {
            if (Leaves(otherBranch))
            {
                Restore(afterChecked);
            }
            else
            {
                foreach (var (name, source) in afterChecked)
                {
                    _tainted.TryAdd(name, source);
                }
            }
        }
    }

    /// <summary>The branch ends by leaving: <c>return</c>, <c>raise</c>, <c>continue</c>, <c>break</c>, or Flask's <c>abort(...)</c>, which raises.</summary>
    private static bool Leaves(IReadOnlyList<Stmt> branch) =>
        branch is [.., Return or Raise or Continue or Break] or [.., ExprStmt { Value: Call { Func: Name { Id: "abort" } or Attribute { Attr: "abort" } } }];

    private void Restore(Dictionary<string, string> state)
    {
        _tainted.Clear();
        foreach (var (name, source) in state)
        {
            _tainted[name] = source;
        }
    }

    private void Context(IReadOnlyList<WithItem> items, IReadOnlyList<Stmt> body)
    {
        foreach (var item in items)
        {
            Calls(item.ContextExpr);
            if (item.OptionalVars is { } target)
            {
                Bind(target, SourceOf(item.ContextExpr));
            }
        }
        Statements(body);
    }

    private void Bind(Expr target, string? source)
    {
        switch (target)
        {
            case Name name when source is null:
                _tainted.Remove(name.Id);
                break;
            case Name name:
                _tainted[name.Id] = source;
                break;
            case Python.Ast.Tuple tuple:
                tuple.Elts.ToList().ForEach(e => Bind(e, source));
                break;
            case Python.Ast.List list:
                list.Elts.ToList().ForEach(e => Bind(e, source));
                break;
            case Starred starred:
                Bind(starred.Value, source);
                break;
        }
    }

    /// <summary>Cleans the names a check or validator looks at: its receiver (<c>path.is_relative_to(root)</c>, <c>str(path).startswith(root)</c>) and its arguments.</summary>
    private void Clean(Call call)
    {
        var checkedValues = call.Args.Concat(call.Keywords.Select(k => k.Value)).ToList();
        if (call.Func is Attribute { Value: var receiver })
        {
            checkedValues.Add(receiver is Call { Args: [var inner] } ? inner : receiver);
        }
        foreach (var name in checkedValues.OfType<Name>())
        {
            _tainted.Remove(name.Id);
        }
    }

    private void Calls(Expr expr)
    {
        foreach (var call in CallsIn(expr))
        {
            _onCall(call, this);
        }
    }

    private static List<Call> CallsIn(Expr expr)
    {
        var collector = new CallCollector();
        collector.Visit(expr);
        return collector.Found;
    }

    private sealed class CallCollector : PythonWalker
    {
        public List<Call> Found { get; } = [];

        public override void VisitCall(Call node)
        {
            Found.Add(node);
            base.VisitCall(node);
        }
    }
}
