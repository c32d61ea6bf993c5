namespace Pyarch.Project.Deployment;

/// <summary>
/// A deployment or platform file (compose, Procfile, Kubernetes manifest, <c>app.yaml</c>, <c>fly.toml</c>, ...):
/// its format, the commands it runs, and for manifests the resource kinds it declares.
/// </summary>
public sealed record DeploymentFile(string File, string Format, IReadOnlyList<ServiceCommand> Commands, IReadOnlyList<Problem> Problems)
{
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Dockerfiles a compose file builds from, relative to the root.</summary>
    public IReadOnlyList<string> Dockerfiles { get; init; } = [];

    /// <summary>Variables a compose file sets for its services (<c>environment:</c>).</summary>
    public IReadOnlyList<EnvVariable> Environment { get; init; } = [];
}
