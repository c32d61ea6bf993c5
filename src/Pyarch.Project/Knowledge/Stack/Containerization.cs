namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>containerization</c> category. Any file in Dockerfile format counts as <c>dockerfile</c> (see the loader's naming rule).</summary>
public static class Containerization
{
    public const string Dockerfile = "dockerfile";
    public const string DockerCompose = "docker-compose";

    private const string C = StackCategory.Containerization;

    public static readonly Technology[] All =
    [
        new(Dockerfile, C),
        new(DockerCompose, C) { Files = ["docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml", "docker-compose.*.yml", "docker-compose.*.yaml", "compose.*.yml", "compose.*.yaml"] },
    ];
}
