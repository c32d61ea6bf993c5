using Pyarch.Project;
using Pyarch.Project.Detect;
using Pyarch.Project.Frameworks;
using Pyarch.Project.Knowledge;
using Pyarch.Project.Knowledge.Stack;
using Pyarch.Project.Modules;
using Pyarch.Python.Ast;
using Attribute = Pyarch.Python.Ast.Attribute;

namespace Pyarch.Deploy;

/// <summary>
/// Background processes: a Celery worker for the project's <c>Celery()</c> app (and <c>beat</c> when it has a
/// schedule), an RQ worker, a Dramatiq worker over the modules that define actors. Django integrations run
/// through <c>manage.py</c>.
/// </summary>
internal static class WorkerCommands
{
    public static List<ProcessCommand> For(DetectResult detect, ProjectModel model, DjangoFacts? django, string appDirectory, List<string> notes)
    {
        var jobs = detect.Stack[StackCategory.BackgroundJobs].ToDictionary(j => j.Id, j => j.Evidence[0], StringComparer.Ordinal);
        var declared = model.Declarations.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var source = model.Modules.Modules.Where(m => !DjangoAnalysis.IsTestPath(m.Path)).ToList();
        var workers = new List<ProcessCommand>();
        if (jobs.ContainsKey(BackgroundJobs.Celery))
        {
            if (CeleryApp(source) is { } app)
            {
                string[] workdir = appDirectory.Length > 0 ? ["--workdir", appDirectory] : [];
                workers.Add(new ProcessCommand("worker", ["celery", "-A", app.Value, .. workdir, "worker", "--loglevel", "INFO"], new Evidence(app.File, app.Line, "Celery app")));
                if (BeatSchedule(source, model) is { } beat)
                {
                    workers.Add(new ProcessCommand("beat", ["celery", "-A", app.Value, .. workdir, "beat", "--loglevel", "INFO"], beat));
                }
            }
            else
            {
                notes.Add("Celery is used but no module-level `Celery()` app was found; no worker command was written");
            }
        }
        if (jobs.TryGetValue(BackgroundJobs.Rq, out var rq))
        {
            workers.Add(new ProcessCommand("rqworker", django is not null && declared.Contains("django-rq")
                ? ["python", ReleaseCommand.ManagePy(django), "rqworker", "default"]
                : ["rq", "worker"], rq));
        }
        if (jobs.TryGetValue(BackgroundJobs.Dramatiq, out var dramatiq))
        {
            var actorModules = source.Where(m => m.Imports.Any(i => i.TopLevel == "dramatiq")).Select(m => m.Name).ToList();
            string[] command = django is not null && declared.Contains("django-dramatiq")
                ? ["python", ReleaseCommand.ManagePy(django), "rundramatiq"]
                : ["dramatiq", .. actorModules];
            workers.Add(new ProcessCommand("dramatiq", command, dramatiq));
        }
        return workers;
    }

    private static Evidenced<string>? CeleryApp(List<PythonModule> modules)
    {
        foreach (var module in modules.Where(m => m.Syntax is not null))
        {
            var symbols = new PythonSymbols(module);
            foreach (var stmt in SyntaxSearch.ModuleLevel(module.Syntax!.Body))
            {
                if (SyntaxSearch.Binding(stmt) is ({ } name, Call call, _) && symbols.Qualify(call.Func) == "celery.Celery")
                {
                    return new Evidenced<string>($"{module.Name}:{name}", module.Path, module.LineOf(stmt));
                }
            }
        }
        return null;
    }

    /// <summary>A periodic schedule: <c>beat_schedule</c>/<c>CELERY_BEAT_SCHEDULE</c>, <c>add_periodic_task</c>, or django-celery-beat.</summary>
    private static Evidence? BeatSchedule(List<PythonModule> modules, ProjectModel model)
    {
        foreach (var module in modules.Where(m => m.Syntax is not null))
        {
            foreach (var stmt in SyntaxSearch.All(module.Syntax!.Body))
            {
                bool assigns = stmt is Assign { Targets: [var target] }
                    && target is Attribute { Attr: "beat_schedule" } or Name { Id: "CELERY_BEAT_SCHEDULE" or "beat_schedule" };
                bool calls = SyntaxSearch.Expressions(stmt).SelectMany(SyntaxSearch.Calls)
                    .Any(c => c.Func is Attribute { Attr: "add_periodic_task" } || c.Keywords.Any(k => k.Name == "beat_schedule"));
                if (assigns || calls)
                {
                    return new Evidence(module.Path, module.LineOf(stmt), "periodic task schedule");
                }
            }
        }
        return model.Declarations.FirstOrDefault(r => r.Name == "django-celery-beat") is { } beat
            ? new Evidence(beat.File, beat.Line, "django-celery-beat declared")
            : null;
    }
}
