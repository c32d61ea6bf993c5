using Pyarch.Project;

namespace Pyarch.Deploy;

/// <summary>
/// How the image installs the project's dependencies, always from the project's own files and before the code is
/// copied: the manifest files to copy first, an optional export step that turns a lock file into a requirements
/// file in a builder stage, system packages to build and to run native wheels, and server packages the project
/// does not declare yet.
/// </summary>
public sealed record InstallPlan(IReadOnlyList<string> Files, Evidence Evidence)
{
    /// <summary>A shell command run in the builder stage that writes <c>requirements.txt</c> from a lock file or <c>pyproject.toml</c>.</summary>
    public string? Export { get; init; }

    /// <summary>The requirements file pip installs, relative to the stage's work folder.</summary>
    public string Requirements { get; init; } = "requirements.txt";

    public IReadOnlyList<string> BuildPackages { get; init; } = [];

    public IReadOnlyList<string> RuntimePackages { get; init; } = [];

    /// <summary>Pinned server distributions (<c>gunicorn==23.0.0</c>) the deployment runs but the manifest lacks.</summary>
    public IReadOnlyList<string> ExtraPackages { get; init; } = [];

    /// <summary>A builder stage pays when a lock file must be exported or native wheels compiled.</summary>
    public bool NeedsBuilder => Export is not null || BuildPackages.Count > 0;
}
