using Pyarch.Project;
using Pyarch.Project.Deployment;
using Pyarch.Project.Detect;
using Pyarch.Project.Frameworks;
using Pyarch.Project.Manifests;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Deployment;

/// <summary>PA411: a server that cannot speak the app's interface, or a server the project never declares.</summary>
public sealed class AppServerMismatch : Rule, IProjectRule
{
    /// <summary>Server programs and the distribution that installs each.</summary>
    private static readonly Dictionary<string, string> Distributions = new(StringComparer.Ordinal)
    {
        ["gunicorn"] = "gunicorn",
        ["uvicorn"] = "uvicorn",
        ["hypercorn"] = "hypercorn",
        ["daphne"] = "daphne",
        ["waitress-serve"] = "waitress",
        ["uwsgi"] = "uwsgi",
        ["granian"] = "granian",
    };

    public override string Code => "PA411";

    public override string Name => "app-server-mismatch";

    public override RuleCategory Category => RuleCategory.Deployment;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Summary => "The production server cannot serve the app's interface (ASGI/WSGI), or is not a declared dependency";

    public override string Documentation => """
        ## What it does
        Reads the servers that production commands start (Dockerfile `CMD`/`ENTRYPOINT`, Procfile `web:`, platform
        files, production compose files, the scripts they call) and the application each is given (`module:attr`).
        It classifies the target with detection's entry points (FastAPI, Starlette, Quart and Django `asgi.py` are
        ASGI; Flask and Django `wsgi.py` are WSGI) and reports: an ASGI app given to gunicorn without a Uvicorn worker
        class (`-k uvicorn.workers.UvicornWorker`, `uvicorn_worker.UvicornWorker`, or `worker_class` in
        `gunicorn.conf.py`); a WSGI app given to uvicorn without `--interface wsgi`, or to daphne; an ASGI app given
        to waitress. A target it cannot classify is left alone. It also reports a server (or gunicorn's Uvicorn
        worker) that no requirements file or manifest declares, unless a Dockerfile installs it or its base image is
        named after it; a project with no dependency file at all is left alone.

        ## Why is this bad?
        gunicorn's own workers call the app with WSGI's `(environ, start_response)`; an ASGI app then fails on
        every request. uvicorn treats a WSGI app as ASGI unless told otherwise, with the same result. A server
        installed only by hand on the build machine is missing from the next clean build, and tools such as
        deptry report the declared one as unused when only the command line uses it.

        ## Example
        ```python main.py
        from fastapi import FastAPI

        app = FastAPI()
        ```

        ```text requirements.txt
        fastapi
        gunicorn
        ```

        ```dockerfile
        FROM python:3.12-slim
        CMD ["gunicorn", "-w", "4", "main:app"]
        ```

        ## Use instead
        ```python main.py
        from fastapi import FastAPI

        app = FastAPI()
        ```

        ```text requirements.txt
        fastapi
        gunicorn
        uvicorn-worker
        ```

        ```dockerfile
        FROM python:3.12-slim
        CMD ["gunicorn", "-w", "4", "-k", "uvicorn_worker.UvicornWorker", "main:app"]
        ```

        ## References
        - [Uvicorn: Deployment with Gunicorn](https://www.uvicorn.org/deployment/#gunicorn)
        - [Uvicorn: settings, --interface](https://www.uvicorn.org/settings/#implementation)
        - [Django: How to deploy with ASGI](https://docs.djangoproject.com/en/stable/howto/deployment/asgi/)
        - [deptry DEP002](https://deptry.com/rules-violations/#unused-dependencies-dep002)
        """;

    public void Check(ProjectContext context)
    {
        var model = context.Model;
        bool hasDependencyFiles = model.RequirementsFiles.Count > 0 || model.Manifests.Count > 0;
        foreach (var (command, invocation) in DeploymentScope.ProductionInvocations(model))
        {
            if (!Distributions.TryGetValue(invocation.Program, out var distribution))
            {
                continue;
            }
            if (Mismatch(invocation, context) is { } mismatch)
            {
                context.Report(command.File, command.Line, mismatch, command.Text);
            }
            if (!hasDependencyFiles)
            {
                continue;
            }
            foreach (string needed in Needed(invocation, distribution))
            {
                if (!IsInstalled(model, needed))
                {
                    context.Report(command.File, command.Line, $"{command.Origin} runs `{invocation.Program}` but no requirements file or manifest declares `{needed}`", command.Text);
                }
            }
        }
    }

    private static IEnumerable<string> Needed(CommandInvocation invocation, string distribution)
    {
        yield return distribution;
        string? worker = ServerArguments.Option(invocation.Arguments, "-k", "--worker-class");
        if (worker?.StartsWith("uvicorn.workers.", StringComparison.Ordinal) == true)
        {
            yield return "uvicorn";
        }
        else if (worker?.StartsWith("uvicorn_worker.", StringComparison.Ordinal) == true)
        {
            yield return "uvicorn-worker";
        }
    }

    private static string? Mismatch(CommandInvocation invocation, ProjectContext context)
    {
        var args = invocation.Arguments;
        if (ServerArguments.Target(args) is not { } target || Interface(target, context.Detect.EntryPoints) is not { } kind)
        {
            return null;
        }
        return (invocation.Program, kind) switch
        {
            ("gunicorn", "asgi") when !HasUvicornWorker(args, context.Model) =>
                $"`gunicorn` serves the ASGI app `{target}` with a WSGI worker class",
            ("uvicorn", "wsgi") when ServerArguments.Option(args, "--interface") != "wsgi" =>
                $"`uvicorn` serves the WSGI app `{target}` without `--interface wsgi`",
            ("daphne", "wsgi") => $"`daphne` serves the WSGI app `{target}`, and daphne speaks only ASGI",
            ("waitress-serve", "asgi") => $"`waitress-serve` serves the ASGI app `{target}`, and waitress speaks only WSGI",
            _ => null,
        };
    }

    private static bool HasUvicornWorker(IReadOnlyList<string> args, ProjectModel model) =>
        ServerArguments.Option(args, "-k", "--worker-class")?.Contains("uvicorn", StringComparison.OrdinalIgnoreCase) == true
        || GunicornSettings.Of(model, args).Contains("worker_class") || GunicornSettings.NamedButMissing(model, args);

    /// <summary>The interface of the detected entry point a command's target names, allowing for a package prefix on either side.</summary>
    private static string? Interface(string target, IReadOnlyList<EntryPoint> entryPoints)
    {
        static string Bare(string t) => t.EndsWith("()", StringComparison.Ordinal) ? t[..^2] : t;
        string wanted = Bare(target);
        return entryPoints.FirstOrDefault(e => Bare(e.Target) == wanted)?.Kind
            ?? entryPoints.FirstOrDefault(e => Bare(e.Target).EndsWith("." + wanted, StringComparison.Ordinal) || wanted.EndsWith("." + Bare(e.Target), StringComparison.Ordinal))?.Kind;
    }

    private static bool IsInstalled(ProjectModel model, string distribution) =>
        model.Declarations.Any(r => r.Name == distribution)
        || model.Dockerfiles.Any(d => d.Stages.Any(s => s.BaseImage.Contains(distribution, StringComparison.OrdinalIgnoreCase)
            || s.Instructions.Any(i => i.Keyword == "RUN" && Installs(i.Arguments, distribution))));

    private static bool Installs(string run, string distribution) =>
        run.Split([' ', '\t', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => Requirement.Normalize(w.Split(['=', '<', '>', '~', '[', '!'])[0]) == distribution);
}
