using Pyarch.Project;
using Pyarch.Project.Modules;
using Pyarch.Python;
using Pyarch.Python.Ast;

namespace Pyarch.Rules;

/// <summary>
/// Runs rules over a project. Python rules run while the project loads: each module is walked once, on the thread
/// that parsed it, and every node goes to the rules that asked for its class. Project rules run once the model is
/// complete. A rule that throws costs only its own result for that input, reported as an error naming the rule.
/// </summary>
public sealed class RuleEngine
{
    private readonly IReadOnlyList<Rule> _rules;
    private readonly Dictionary<Type, (Rule Rule, IPythonRule Check)[]> _byNode;
    private readonly Func<Rule, RuleOptions> _options;

    public RuleEngine(IEnumerable<Rule> rules, Func<Rule, RuleOptions>? options = null)
    {
        _rules = rules.Where(r => r.Status == RuleStatus.Stable).ToList();
        _options = options ?? (_ => RuleOptions.Empty);
        _byNode = _rules
            .OfType<IPythonRule>()
            .SelectMany(check => check.NodeTypes.Select(type => (Type: type, Rule: (Rule)check, Check: check)))
            .GroupBy(x => x.Type)
            .ToDictionary(g => g.Key, g => g.Select(x => (x.Rule, x.Check)).ToArray());
    }

    public CheckResult Check(string root)
    {
        var findings = new List<Finding>();
        var errors = new List<Problem>();
        void Add(Finding finding)
        {
            lock (findings)
            {
                findings.Add(finding);
            }
        }
        void Fail(string file, Rule rule, Exception e)
        {
            lock (errors)
            {
                errors.Add(new Problem(file, 0, $"internal error in rule {rule.Code} ({rule.Name}): {e.Message}"));
            }
        }

        var model = ProjectLoader.Load(root, (module, syntax) => CheckModule(module, syntax, Add, Fail));
        var context = new ProjectContext(model, Add);
        foreach (var rule in _rules)
        {
            if (rule is IProjectRule check)
            {
                context.Rule = rule;
                context.Options = _options(rule);
                try
                {
                    check.Check(context);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    Fail(".", rule, e);
                }
            }
        }

        var silenced = context.Silencers.GroupBy(s => s.Anchor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var suppressed = new List<SuppressedFinding>();
        findings.RemoveAll(f =>
        {
            if (f.Anchors.FirstOrDefault(silenced.ContainsKey) is not { } anchor)
            {
                return false;
            }
            suppressed.Add(new SuppressedFinding(f with { Fingerprint = Fingerprints.Of(f) }, silenced[anchor].By));
            return true;
        });

        var sorted = findings
            .Select(f => f with { Fingerprint = Fingerprints.Of(f) })
            .OrderBy(f => f.File ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        return new CheckResult(".", sorted, suppressed, [.. model.Problems, .. errors], model.Tree.Files.Count);
    }

    private void CheckModule(PythonModule module, Module syntax, Action<Finding> sink, Action<string, Rule, Exception> fail)
    {
        if (_byNode.Count == 0 || module.Source is not { } source)
        {
            return;
        }
        var context = new ModuleContext(module, source, syntax, sink);
        new Dispatcher(context, _byNode, _options, fail).Visit(syntax);
    }

    /// <summary>The one walk per module: hands each node to the rules registered for its class, then goes into its children.</summary>
    private sealed class Dispatcher(
        ModuleContext context,
        Dictionary<Type, (Rule Rule, IPythonRule Check)[]> byNode,
        Func<Rule, RuleOptions> options,
        Action<string, Rule, Exception> fail) : PythonWalker
    {
        public override void Visit(Node? node)
        {
            if (node is null)
            {
                return;
            }
            if (byNode.TryGetValue(node.GetType(), out var rules))
            {
                foreach (var (rule, check) in rules)
                {
                    context.Rule = rule;
                    context.Options = options(rule);
                    try
                    {
                        check.Check(node, context);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        fail(context.Module.Path, rule, e);
                    }
                }
            }
            if (node is Module)
            {
                base.Visit(node);
                return;
            }
            context.Enter(node);
            base.Visit(node);
            context.Leave();
        }
    }
}
