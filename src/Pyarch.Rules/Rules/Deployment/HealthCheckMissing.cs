using Pyarch.Project.Frameworks;
using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Deployment;

/// <summary>PA414: neither the image nor the app gives a health check.</summary>
public sealed class HealthCheckMissing : Rule, IProjectRule
{
    private static readonly HashSet<string> HealthWords =
    [
        "health", "healthz", "healthcheck", "health-check", "health_check", "_health", "__health__", "ping", "ready", "readyz",
        "readiness", "live", "livez", "liveness", "heartbeat", "status",
    ];

    private static readonly HashSet<string> HealthPackages =
    [
        "django-health-check", "django-healthchecks", "django-alive", "fastapi-health", "flask-healthz", "healthcheck", "py-healthcheck",
    ];

    public override string Code => "PA414";

    public override string Name => "no-health-check";

    public override RuleCategory Category => RuleCategory.Deployment;

    public override Severity DefaultSeverity => Severity.Info;

    public override IReadOnlyList<string> Anchors => ["hadolint:DL3057"];

    public override string Summary => "Neither the image has a `HEALTHCHECK` nor the app a `/health`-style route";

    public override string Documentation => """
        ## What it does
        For a project with a production Dockerfile or a web application (an entry point `detect` finds), reports once
        when no production Dockerfile's final stage has a `HEALTHCHECK` and no code declares a health route: a route
        decorator or URL pattern (`@app.get("/health")`, `path("healthz/", ...)`, `Route("/ping", ...)`) whose path
        has a segment such as `health`, `healthz`, `ping`, `ready`, `live`, `heartbeat` or `status`, or a declared
        health-check package (`django-health-check`, `fastapi-health`, `flask-healthz`, ...). Either one is
        enough: an orchestrator can probe the route, Docker can run the `HEALTHCHECK`. The finding is info, as
        hadolint's DL3057 is ignored by default; it points at the Dockerfile, or at the app's module without one.
        Probes declared only in Kubernetes manifests or platform files are not read.

        ## Why is this bad?
        Without a health check, a container whose process is alive but stuck (a deadlocked worker, a lost database
        connection) keeps receiving traffic, and a rolling deploy cannot tell a new version that fails to start
        from one that works.

        ## Example
        ```python
        from fastapi import FastAPI

        app = FastAPI()


        @app.get("/items")
        def items():
            return []
        ```

        ## Use instead
        ```python
        from fastapi import FastAPI

        app = FastAPI()


        @app.get("/healthz")
        def health():
            return {"status": "ok"}
        ```

        ## References
        - [Dockerfile reference: HEALTHCHECK](https://docs.docker.com/reference/dockerfile/#healthcheck)
        - [hadolint DL3057](https://github.com/hadolint/hadolint/wiki/DL3057)
        - [Kubernetes: liveness, readiness and startup probes](https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/)
        """;

    public void Check(ProjectContext context)
    {
        var model = context.Model;
        var images = DeploymentScope.ProductionDockerfiles(model).ToList();
        var entryPoints = context.Detect.EntryPoints.Where(e => !DjangoAnalysis.IsTestPath(e.File)).ToList();
        if (images.Count == 0 && entryPoints.Count == 0)
        {
            return;
        }
        bool imageChecks = images.Any(d => d.FinalStage?.Instructions.Any(i => i.Keyword == "HEALTHCHECK" && !i.Arguments.Trim().Equals("NONE", StringComparison.OrdinalIgnoreCase)) == true);
        if (imageChecks || HasHealthRoute(model.Modules) || model.Declarations.Any(r => HealthPackages.Contains(r.Name)))
        {
            return;
        }
        if (images.Count > 0)
        {
            context.Report(images[0].File, 1, $"`{images[0].File}` has no `HEALTHCHECK` and the app has no `/health`-style route", "HEALTHCHECK", Anchors[0]);
        }
        else
        {
            context.Report(entryPoints[0].File, 1, $"The app `{entryPoints[0].Target}` has no `/health`-style route", "health route");
        }
    }

    /// <summary>A call (a route decorator, <c>path()</c>, <c>Route()</c>, <c>add_url_rule()</c>) whose first argument is a health path.</summary>
    private static bool HasHealthRoute(Project.Modules.ModuleIndex modules) =>
        modules.Modules.Where(m => m.Syntax is not null && !DjangoAnalysis.IsTestPath(m.Path))
            .SelectMany(m => SyntaxSearch.AllCalls(m.Syntax!.Body))
            .Any(c => c.Args.Count > 0 && c.Args[0] is Constant { Value: ConstantValue.Str { Value: var path } } && IsHealthPath(path));

    private static bool IsHealthPath(string path) =>
        path.Length < 80 && !path.Contains(' ', StringComparison.Ordinal)
        && path.Trim('^', '$').Split('/', StringSplitOptions.RemoveEmptyEntries).Any(segment => HealthWords.Contains(segment.ToLowerInvariant()));
}
