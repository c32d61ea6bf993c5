namespace Pyarch.Scaffold;

/// <summary>A validated request: every value is one the templates know how to render.</summary>
public sealed record ProjectSettings(
    ScaffoldTemplate Template,
    string Name,
    string Package,
    string Framework,
    string? Database,
    IReadOnlySet<string> Extras,
    string Environment,
    string Python,
    string OutputDirectory)
{
    public ServerKind Server => Template.ServerFor(Framework);
}
