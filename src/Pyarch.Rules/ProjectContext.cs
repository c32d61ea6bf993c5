using System.Text;
using Pyarch.Project;
using Pyarch.Project.Detect;
using Pyarch.Project.Frameworks;
using Pyarch.Project.Settings;
using Pyarch.Project.Workspace;
using Pyarch.Text;

namespace Pyarch.Rules;

/// <summary>
/// What an <see cref="IProjectRule"/> sees: the loaded <see cref="ProjectModel"/> and the analyses built on it
/// (detection, Django facts, web apps), each computed once on first use and shared by every rule.
/// </summary>
public sealed class ProjectContext
{
    private readonly Action<Finding> _sink;
    private readonly List<Silencer> _silencers = [];
    private readonly Lazy<DetectResult> _detect;
    private readonly Lazy<DjangoFacts?> _django;
    private readonly Lazy<WebAppFacts> _web;
    private readonly Lazy<DjangoSettingsModel?> _djangoSettings;
    private readonly Lazy<IReadOnlyList<FlaskConfigModel>> _flaskConfigs;
    private SpanLines? _spanLines;

    internal ProjectContext(ProjectModel model, Action<Finding> sink)
    {
        Model = model;
        _sink = sink;
        _detect = new Lazy<DetectResult>(() => ProjectDetector.Detect(model, "."));
        _django = new Lazy<DjangoFacts?>(() => DjangoAnalysis.Analyze(model.Modules, model.Tree));
        _web = new Lazy<WebAppFacts>(() => WebAppAnalysis.Analyze(model.Modules));
        _djangoSettings = new Lazy<DjangoSettingsModel?>(() => DjangoSettingsModel.Load(model));
        _flaskConfigs = new Lazy<IReadOnlyList<FlaskConfigModel>>(() => FlaskConfigModel.Load(model.Modules));
    }

    public ProjectModel Model { get; }

    /// <summary>What the project itself silences, collected from every rule: a finding naming one of these anchors is reported as suppressed.</summary>
    internal IReadOnlyList<Silencer> Silencers => _silencers;

    public DetectResult Detect => _detect.Value;

    /// <summary>Null when the project is not a Django project.</summary>
    public DjangoFacts? Django => _django.Value;

    public WebAppFacts Web => _web.Value;

    /// <summary>The statically evaluated production settings of a Django project, null when there is none.</summary>
    public DjangoSettingsModel? DjangoSettings => _djangoSettings.Value;

    /// <summary>The configuration each Flask application module builds.</summary>
    public IReadOnlyList<FlaskConfigModel> FlaskConfigs => _flaskConfigs.Value;

    public RuleOptions Options { get; internal set; } = RuleOptions.Empty;

    /// <summary>The largest file <see cref="ReadText"/> reads: templates and env files are far smaller.</summary>
    public const int MaxTextBytes = 1024 * 1024;

    /// <summary>
    /// The text of a file the walk kept (<paramref name="path"/> relative to the root, as in <see cref="ProjectModel.Tree"/>),
    /// for the rules that read files the model keeps no text of (HTML templates). Null for a file the walk did not
    /// keep, one over <see cref="MaxTextBytes"/>, or one that cannot be read, is binary (a NUL byte) or is not UTF-8.
    /// </summary>
    public string? ReadText(string path)
    {
        if (!Model.Tree.HasFile(path))
        {
            return null;
        }
        try
        {
            string full = Path.Combine(Model.Root, path);
            if (new FileInfo(full).Length > MaxTextBytes)
            {
                return null;
            }
            byte[] bytes = FoundFile.ReadAllBytes(full);
            return bytes.AsSpan().Contains((byte)0) ? null : StrictUtf8.GetString(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    internal Rule Rule { get; set; } = null!;

    /// <summary>
    /// Reports a finding on a whole line (<paramref name="line"/> 1-based; use 1 for a file-level finding and a null
    /// <paramref name="file"/> when no file holds the fix). <paramref name="snippet"/> is what the fingerprint is
    /// made from: the instruction or setting the finding is about, so that the fingerprint survives line shifts.
    /// </summary>
    public void Report(string? file, int line, string message, string snippet, params string[] anchors) =>
        Report(file, line, 1, line, 1, message, snippet, anchors);

    public void Report(string? file, int line, int column, int endLine, int endColumn, string message, string snippet, params string[] anchors) =>
        Emit(Rule.DefaultSeverity, file, line, column, endLine, endColumn, message, snippet, anchors);

    /// <summary>
    /// Reports a whole-line finding at <paramref name="severity"/> rather than the rule's default, for a variant the
    /// rule documents as less certain or less serious (a missing <c>USER</c> the base image may set, an info-level id).
    /// </summary>
    public void Report(Severity severity, string? file, int line, string message, string snippet, params string[] anchors) =>
        Emit(severity, file, line, 1, line, 1, message, snippet, anchors);

    /// <summary>
    /// Reports a finding on a span of a file's text as <see cref="ReadText"/> gave it: <paramref name="start"/> and
    /// <paramref name="length"/> are offsets in <paramref name="text"/>, turned into lines and UTF-8 columns.
    /// </summary>
    public void ReportSpan(string file, string text, int start, int length, string message, string snippet, params string[] anchors)
    {
        // A rule reports its spans file by file, so the last file's line index serves the next span too.
        var lines = _spanLines is { } last && ReferenceEquals(last.Text, text) ? last : (_spanLines = new SpanLines(text, LineIndex.Build(text)));
        var from = lines.Index.LocationOf(start);
        var to = lines.Index.LocationOf(start + length);
        Report(file, from.Line.Value, from.Utf8Column + 1, to.Line.Value, to.Utf8Column + 1, message, snippet, anchors);
    }

    private void Emit(Severity severity, string? file, int line, int column, int endLine, int endColumn, string message, string snippet, string[] anchors) =>
        _sink(new Finding(Rule.Code, Rule.Name, Rule.Category, severity, message, file, line, column, endLine, endColumn, anchors)
        {
            Snippet = Fingerprints.Normalize(snippet),
        });

    /// <summary>
    /// Records that the project silences another tool's check (an entry of Django's <c>SILENCED_SYSTEM_CHECKS</c>
    /// silences <c>django:security.W008</c>): every finding naming that anchor becomes a suppressed finding
    /// attributed to <paramref name="by"/>, so the user still sees it was silenced and where.
    /// </summary>
    public void Silence(string anchor, string file, int line, string by)
    {
        lock (_silencers)
        {
            _silencers.Add(new Silencer(anchor, file, line, by));
        }
    }

    private sealed record SpanLines(string Text, LineIndex Index);
}
