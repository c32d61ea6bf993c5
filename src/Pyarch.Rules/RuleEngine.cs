using Pyarch.Project;
using Pyarch.Project.Modules;
using Pyarch.Python;
using Pyarch.Python.Ast;
using Pyarch.Rules.Configuration;
using Pyarch.Rules.Suppression;

namespace Pyarch.Rules;

/// <summary>
/// Runs rules over a project. Python rules run while the project loads: each module is walked once, on the thread
/// that parsed it, and every node goes to the rules that asked for its class. Project rules run once the model is
/// complete. A rule that throws costs only its own result for that input, reported as an error naming the rule.
/// What becomes of each finding (exclusion, severity, suppression) is <see cref="FindingTriage"/>'s job.
/// </summary>
public sealed class RuleEngine
{
    private readonly IReadOnlyList<Rule> _rules;
    private readonly Dictionary<Type, (Rule Rule, IPythonRule Check)[]> _byNode;
    private readonly Func<Rule, RuleOptions> _options;
    private readonly PyarchConfiguration _configuration;

    /// <summary>Runs the stable rules of <paramref name="rules"/>, each with its options, and no configuration.</summary>
    public RuleEngine(IEnumerable<Rule> rules, Func<Rule, RuleOptions>? options = null)
        : this(rules, PyarchConfiguration.Default, options ?? (_ => RuleOptions.Empty))
    {
    }

    /// <summary>Runs the rules <paramref name="configuration"/> selects among <paramref name="rules"/>, as it configures them.</summary>
    public RuleEngine(IEnumerable<Rule> rules, PyarchConfiguration configuration)
        : this(configuration.SelectRules(rules), configuration, configuration.OptionsFor)
    {
    }

    private RuleEngine(IEnumerable<Rule> rules, PyarchConfiguration configuration, Func<Rule, RuleOptions> options)
    {
        _rules = rules.Where(r => r.Status == RuleStatus.Stable).ToList();
        _options = options;
        _configuration = configuration;
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

        var inline = new InlineSuppressions(Path.GetFullPath(root));
        var model = ProjectLoader.Load(root, (module, syntax) => CheckModule(module, syntax, inline, Add, Fail));
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

        var checkedCodes = _rules.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var knownCodes = RuleRegistry.All.Select(r => r.Code).Concat(checkedCodes).ToHashSet(StringComparer.Ordinal);
        var (kept, suppressed, unused) = new FindingTriage(_configuration, context.Silencers, inline).Sort(findings, checkedCodes, knownCodes);
        var problems = model.Problems.Concat(errors).Where(p => !_configuration.IsExcluded(p.File)).ToList();
        int files = model.Tree.Files.Count(f => !_configuration.IsExcluded(f.Path));
        return new CheckResult(".", kept, suppressed, problems, files) { UnusedSuppressions = unused };
    }

    private void CheckModule(PythonModule module, Module syntax, InlineSuppressions inline, Action<Finding> sink, Action<string, Rule, Exception> fail)
    {
        if (module.Source is not { } source || _configuration.IsExcluded(module.Path))
        {
            return;
        }
        inline.ScanPython(module.Path, source);
        if (_byNode.Count == 0)
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
