namespace Pyarch.Scaffold;

/// <summary>The full content of a project before anything touches the disk: what --dry-run lists.</summary>
public sealed record ProjectPlan(ProjectSettings Settings, IReadOnlyList<GeneratedFile> Files);
