namespace Pyarch.Scaffold;

/// <summary>Everything <c>pyarch new</c> was asked for, before validation.</summary>
public sealed record NewProjectOptions
{
    public required string Template { get; init; }

    public required string Name { get; init; }

    /// <summary>The folder to create; defaults to <see cref="Name"/> under the current directory.</summary>
    public string? Output { get; init; }

    /// <summary>Only the <c>api</c> template lets the user pick: <c>fastapi</c> (default) or <c>flask</c>.</summary>
    public string? Framework { get; init; }

    public string? Database { get; init; }

    public IReadOnlyList<string> With { get; init; } = [];

    public string Environment { get; init; } = "pip";

    public string Python { get; init; } = "3.12";

    public bool Force { get; init; }
}
