using Pyarch.Project.Frameworks;
using Pyarch.Project.Knowledge;
using Pyarch.Project.Knowledge.Stack;
using Pyarch.Project.Manifests;

namespace Pyarch.Project.Detect;

/// <summary>
/// The contract's counting rules that depend on what a file says rather than that it exists: FastAPI's docs,
/// CORS and websockets; the Django ORM, migrations, serializers and cache; env managers; Dockerfiles; platforms
/// recognized from manifest content.
/// </summary>
public sealed class StackRules(ProjectModel model, DjangoFacts? django, WebAppFacts web, StackCollector stack)
{
    private static readonly HashSet<string> KubernetesKinds =
    [
        "Deployment", "Service", "StatefulSet", "DaemonSet", "Ingress", "CronJob", "Job", "Pod", "ConfigMap", "Secret",
        "HorizontalPodAutoscaler", "Namespace", "PersistentVolumeClaim", "ReplicaSet",
    ];

    public void Run()
    {
        ApplyFastApi();
        ApplyDjango();
        ApplyFlaskRestx();
        ApplyEnvManagers();
        ApplyContainers();
        ApplyPlatforms();
    }

    private void ApplyFastApi()
    {
        if (!stack.Has(StackCategory.WebFrameworks, WebFrameworks.FastApi))
        {
            return;
        }
        foreach (var evidence in stack.EvidenceFor(StackCategory.WebFrameworks, WebFrameworks.FastApi).Take(1))
        {
            stack.Add(StackCategory.Rest, Rest.FastApi, evidence);
        }
        var apps = web.Apps.Where(a => a.Framework == WebFrameworks.FastApi && !a.ViaFactory).Select(a => (a.File, a.Line, a.ServesDocs))
            .Concat(web.Factories.Where(f => f.Framework == WebFrameworks.FastApi).Select(f => (f.File, f.Line, f.ServesDocs))).ToList();
        if (apps.Count == 0 || apps.Any(a => a.ServesDocs))
        {
            var (file, line, _) = apps.FirstOrDefault(a => a.ServesDocs);
            var evidence = file is null
                ? stack.EvidenceFor(StackCategory.WebFrameworks, WebFrameworks.FastApi)[0] with { Reason = "FastAPI serves OpenAPI docs by default" }
                : new Evidence(file, line, "FastAPI app serves OpenAPI docs (/docs, /redoc)");
            stack.Add(StackCategory.ApiDocs, ApiDocs.FastApiOpenApi, evidence);
        }
        foreach (var cors in web.Cors)
        {
            stack.Add(StackCategory.Security, Security.FastApiCors, cors);
        }
        foreach (var route in web.WebSocketRoutes)
        {
            stack.Add(StackCategory.WebSockets, WebSockets.FastApiWebSockets, route);
        }
    }

    private void ApplyDjango()
    {
        if (!stack.Has(StackCategory.WebFrameworks, WebFrameworks.Django))
        {
            return;
        }
        var anchor = django?.SettingsModule is { } settings
            ? new Evidence(settings.File, settings.Line, $"Django project (settings {settings.Value})")
            : stack.EvidenceFor(StackCategory.WebFrameworks, WebFrameworks.Django)[0] with { Reason = "Django project" };
        stack.Add(StackCategory.Orm, Orm.DjangoOrm, anchor);
        if (django is null)
        {
            return;
        }
        foreach (var migration in django.Migrations)
        {
            stack.Add(StackCategory.Migrations, Migrations.DjangoMigrations, migration);
        }
        foreach (var serializer in django.Serializers)
        {
            stack.Add(StackCategory.Validation, Validation.DrfSerializers, serializer);
        }
        foreach (var backend in django.Settings.CacheBackends.Where(b => !b.Value.EndsWith("DummyCache", StringComparison.Ordinal)))
        {
            stack.Add(StackCategory.Caching, Caching.DjangoCache, new Evidence(backend.File, backend.Line, $"CACHES backend '{backend.Value}'"));
        }
    }

    /// <summary>Flask-RESTX's <c>Api</c> serves Swagger UI unless created with <c>doc=False</c>.</summary>
    private void ApplyFlaskRestx()
    {
        foreach (var evidence in stack.EvidenceFor(StackCategory.Rest, Rest.FlaskRestx).Where(e => e.Reason.StartsWith("imports", StringComparison.Ordinal)).Take(1))
        {
            stack.Add(StackCategory.ApiDocs, ApiDocs.FlaskRestxSwagger, evidence with { Reason = "Flask-RESTX serves Swagger UI" });
        }
    }

    private void ApplyEnvManagers()
    {
        foreach (var file in model.RequirementsFiles.Where(r => r.File.EndsWith(".txt", StringComparison.Ordinal)))
        {
            stack.Add(StackCategory.EnvManagers, EnvManagers.Pip, new Evidence(file.File, 0, "requirements file"));
        }
        foreach (var input in model.RequirementsFiles.Where(r => r.File.EndsWith(".in", StringComparison.Ordinal)))
        {
            string compiled = input.File[..^3] + ".txt";
            if (model.Tree.HasFile(compiled))
            {
                stack.Add(StackCategory.EnvManagers, EnvManagers.PipTools, new Evidence(input.File, 0, $"pip-tools input compiled to {compiled}"));
            }
        }
        foreach (var conda in model.Manifests.Where(m => m.Kind == ManifestKind.CondaEnvironment && m.Problems.Count == 0))
        {
            stack.Add(StackCategory.EnvManagers, EnvManagers.Conda, new Evidence(conda.File, 0, "conda environment file"));
        }
    }

    private void ApplyContainers()
    {
        foreach (var dockerfile in model.Dockerfiles)
        {
            stack.Add(StackCategory.Containerization, Containerization.Dockerfile, new Evidence(dockerfile.File, 0, "Dockerfile"));
        }
    }

    private void ApplyPlatforms()
    {
        foreach (var file in model.DeploymentFiles)
        {
            foreach (string kind in file.Kinds)
            {
                if (KubernetesKinds.Contains(kind))
                {
                    stack.Add(StackCategory.Platforms, Platforms.Kubernetes, new Evidence(file.File, 0, $"Kubernetes {kind}"));
                }
                else if (kind == "knative:Service")
                {
                    stack.Add(StackCategory.Platforms, Platforms.CloudRun, new Evidence(file.File, 0, "Cloud Run (Knative) service"));
                }
                else if (kind == "ecs-task-definition")
                {
                    stack.Add(StackCategory.Platforms, Platforms.AwsEcs, new Evidence(file.File, 0, "ECS task definition"));
                }
            }
        }
    }
}
