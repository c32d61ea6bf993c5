using Pyarch.Project;
using Pyarch.Project.Deployment;
using Pyarch.Project.Detect;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Deployment;

/// <summary>PA412: a production server left at one worker process, or gunicorn at its default timeout.</summary>
public sealed class WorkerSettingsMissing : Rule, IProjectRule
{
    public override string Code => "PA412";

    public override string Name => "worker-settings-missing";

    public override RuleCategory Category => RuleCategory.Deployment;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Summary => "A production server runs with its default worker count or timeout";

    public override string Documentation => """
        ## What it does
        Reads the servers that production commands start (as PA410 and PA411 do) and reports:
        - a **warning** when gunicorn gets no worker count: no `-w`/`--workers`, no `workers` in its configuration file
          (the `-c` file, else `gunicorn.conf.py` or `gunicorn_config.py` at the root), and no `WEB_CONCURRENCY` or
          `GUNICORN_CMD_ARGS` set by a Dockerfile, compose file, `.env` or an assignment before the command. A Procfile is left alone: Heroku sets
          `WEB_CONCURRENCY` for each dyno size;
        - **info** when gunicorn gets no `--timeout`/`-t` and its configuration file sets no `timeout`: the default of
          30 seconds then decides when a slow request's worker is killed;
        - **info** when uvicorn runs in production with neither `--workers` nor `WEB_CONCURRENCY`, and the project has
          no Kubernetes manifest (where one process per container, scaled by replicas, is the recommended shape).

        ## Why is this bad?
        gunicorn's default is one synchronous worker: one slow request blocks every other client, and a crash
        leaves nothing serving. A single uvicorn process uses one core and has nobody to restart it. The timeout is
        a choice about the app's slowest endpoint that the default makes for you.

        ## Example
        ```dockerfile
        FROM python:3.12-slim
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "config.wsgi"]
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim
        ENV WEB_CONCURRENCY=4
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--timeout", "60", "config.wsgi"]
        ```

        ## References
        - [Gunicorn: How many workers?](https://docs.gunicorn.org/en/stable/design.html#how-many-workers)
        - [Gunicorn: settings, workers and timeout](https://docs.gunicorn.org/en/stable/settings.html#workers)
        - [Uvicorn: Deployment](https://www.uvicorn.org/deployment/)
        - [FastAPI: Replication in containers](https://fastapi.tiangolo.com/deployment/docker/#replication-number-of-processes)
        """;

    public void Check(ProjectContext context)
    {
        var model = context.Model;
        var shared = DeploymentEnvironment.Dockerfiles(model).Concat(DeploymentEnvironment.Compose(model)).Concat(model.EnvVariables)
            .Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (command, invocation) in DeploymentScope.ProductionInvocations(model))
        {
            var args = invocation.Arguments;
            var environment = shared.Concat(invocation.Assignments.Select(a => a[..a.IndexOf('=', StringComparison.Ordinal)])).ToHashSet(StringComparer.Ordinal);
            bool concurrencyFromEnvironment = environment.Contains("WEB_CONCURRENCY");
            switch (invocation.Program)
            {
                case "gunicorn":
                    CheckGunicorn(context, command, args, concurrencyFromEnvironment, environment.Contains("GUNICORN_CMD_ARGS"));
                    break;
                case "uvicorn" when !ServerArguments.Has(args, "--workers") && !concurrencyFromEnvironment && !ServerArguments.Has(args, "--reload")
                    && !model.DeploymentFiles.Any(d => d.Format == "kubernetes"):
                    context.Report(Severity.Info, command.File, command.Line, $"{command.Origin} runs a single `uvicorn` process with no process manager", command.Text);
                    break;
            }
        }
    }

    private static void CheckGunicorn(ProjectContext context, ServiceCommand command, IReadOnlyList<string> args, bool concurrencyFromEnvironment, bool commandLineFromEnvironment)
    {
        var model = context.Model;
        if (commandLineFromEnvironment || GunicornSettings.NamedButMissing(model, args))
        {
            return;
        }
        var settings = GunicornSettings.Of(model, args);
        bool heroku = command.Origin.StartsWith("Procfile", StringComparison.Ordinal);
        if (!ServerArguments.Has(args, "-w", "--workers") && !settings.Contains("workers") && !concurrencyFromEnvironment && !heroku)
        {
            context.Report(command.File, command.Line, $"{command.Origin} runs `gunicorn` with its default of one worker process", command.Text);
        }
        if (!ServerArguments.Has(args, "-t", "--timeout") && !settings.Contains("timeout"))
        {
            context.Report(Severity.Info, command.File, command.Line, $"{command.Origin} runs `gunicorn` with its default 30-second worker timeout", command.Text);
        }
    }
}
