namespace Pyarch.Project.Manifests;

/// <summary>A <c>[tool.X]</c> table or an INI <c>[X]</c> section that configures a tool: which tool, and where.</summary>
public sealed record ToolSection(string Tool, string File, int Line);

public enum ManifestKind
{
    Pyproject,
    Pipfile,
    SetupCfg,
    SetupPy,
    CondaEnvironment,
    ToxIni,
}

/// <summary>What pyarch reads from one package manifest other than a requirements file.</summary>
public sealed record Manifest(
    string File,
    ManifestKind Kind,
    IReadOnlyList<Requirement> Requirements,
    IReadOnlyList<Problem> Problems)
{
    public string? ProjectName { get; init; }

    public Evidenced<string>? RequiresPython { get; init; }

    public IReadOnlyList<ToolSection> ToolSections { get; init; } = [];

    public IReadOnlyList<EntryScript> Scripts { get; init; } = [];

    public string? BuildBackend { get; init; }
}
