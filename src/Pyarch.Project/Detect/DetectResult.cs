using Pyarch.Project.Frameworks;

namespace Pyarch.Project.Detect;

/// <summary>A technology found in the project, with everything that shows it.</summary>
public sealed record StackEntry(string Id, IReadOnlyList<Evidence> Evidence);

/// <summary>A web framework, the version the project asks for (null when unpinned), and the evidence.</summary>
public sealed record FrameworkResult(string Id, string? Version, IReadOnlyList<Evidence> Evidence);

/// <summary>The closest layout pattern, how much of it is present (0 to 1), and what is missing.</summary>
public sealed record LayoutResult(string Pattern, double Score, IReadOnlyList<string> Missing, IReadOnlyList<Evidence> Evidence);

/// <summary>The answer to "what is this Python project?", as <c>spec/detect-json.md</c> describes it.</summary>
public sealed record DetectResult(
    string Root,
    string? PythonRequires,
    string? PrimaryFramework,
    IReadOnlyList<FrameworkResult> Frameworks,
    LayoutResult Layout,
    IReadOnlyList<EntryPoint> EntryPoints,
    IReadOnlyDictionary<string, IReadOnlyList<StackEntry>> Stack,
    IReadOnlyList<string> Projects,
    IReadOnlyList<Problem> Problems);
