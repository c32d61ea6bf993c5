using Pyarch.Deploy.Writers;

namespace Pyarch.Deploy;

/// <summary>The deploy targets, one line each; a new target is a writer in <c>Writers/</c> plus one line here.</summary>
public static class DeployTargets
{
    public static readonly IReadOnlyList<DeployTarget> All =
    [
        new("docker", "Dockerfile and .dockerignore", f => [DockerfileWriter.Write(f), DockerignoreWriter.Write(f)]),
        new("procfile", "Procfile: web, release, workers", f => [ProcfileWriter.Write(f)]),
        new("gunicorn", "gunicorn.conf.py", f => [GunicornConfigWriter.Write(f)]),
        new("kubernetes", "deploy/kubernetes/: ConfigMap, Deployment, Service, migration Job, workers", KubernetesWriter.Write),
        new("cloud-run", "service.yaml for Cloud Run", f => [CloudRunWriter.Write(f)]),
        new("fly", "fly.toml with the release command", f => [FlyWriter.Write(f)]),
        new("compose", "docker-compose.yml with the database, Redis and workers", f => [ComposeWriter.Write(f)]),
    ];

    /// <summary>Written when no <c>--target</c> is given: the image and the process list every platform starts from.</summary>
    public static readonly IReadOnlyList<string> Default = ["docker", "procfile"];
}
