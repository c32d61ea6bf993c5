using Pyarch.Project;
using Pyarch.Project.Detect;
using Pyarch.Project.Frameworks;

namespace Pyarch.Rules;

/// <summary>
/// What an <see cref="IProjectRule"/> sees: the loaded <see cref="ProjectModel"/> and the analyses built on it
/// (detection, Django facts, web apps), each computed once on first use and shared by every rule.
/// </summary>
public sealed class ProjectContext
{
    private readonly Action<Finding> _sink;
    private readonly Lazy<DetectResult> _detect;
    private readonly Lazy<DjangoFacts?> _django;
    private readonly Lazy<WebAppFacts> _web;

    internal ProjectContext(ProjectModel model, Action<Finding> sink)
    {
        Model = model;
        _sink = sink;
        _detect = new Lazy<DetectResult>(() => ProjectDetector.Detect(model, "."));
        _django = new Lazy<DjangoFacts?>(() => DjangoAnalysis.Analyze(model.Modules, model.Tree));
        _web = new Lazy<WebAppFacts>(() => WebAppAnalysis.Analyze(model.Modules));
    }

    public ProjectModel Model { get; }

    public DetectResult Detect => _detect.Value;

    /// <summary>Null when the project is not a Django project.</summary>
    public DjangoFacts? Django => _django.Value;

    public WebAppFacts Web => _web.Value;

    public RuleOptions Options { get; internal set; } = RuleOptions.Empty;

    internal Rule Rule { get; set; } = null!;

    /// <summary>
    /// Reports a finding on a whole line (<paramref name="line"/> 1-based; use 1 for a file-level finding and a null
    /// <paramref name="file"/> when no file holds the fix). <paramref name="snippet"/> is what the fingerprint is
    /// made from: the instruction or setting the finding is about, so that the fingerprint survives line shifts.
    /// </summary>
    public void Report(string? file, int line, string message, string snippet, params string[] anchors) =>
        Report(file, line, 1, line, 1, message, snippet, anchors);

    public void Report(string? file, int line, int column, int endLine, int endColumn, string message, string snippet, params string[] anchors) =>
        _sink(new Finding(Rule.Code, Rule.Name, Rule.Category, Rule.DefaultSeverity, message, file, line, column, endLine, endColumn, anchors)
        {
            Snippet = Fingerprints.Normalize(snippet),
        });

    /// <summary>
    /// Reports a whole-line finding at another severity than the rule's default, for a rule whose documentation says
    /// when a case is more or less serious (a <c>.env</c> file also copied into the image).
    /// </summary>
    public void Report(Severity severity, string? file, int line, string message, string snippet, params string[] anchors) =>
        _sink(new Finding(Rule.Code, Rule.Name, Rule.Category, severity, message, file, line, 1, line, 1, anchors)
        {
            Snippet = Fingerprints.Normalize(snippet),
        });
}
