using Pyarch.Project;
using Pyarch.Project.Deployment;
using Pyarch.Project.Detect;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// Every environment variable the project's own files set for the running app: Dockerfile <c>ENV</c> and <c>ARG</c>,
/// compose <c>environment:</c>, <c>NAME=value</c> before a program in a Procfile, compose, platform or script
/// command, and <c>.env</c> files (templates such as <c>.env.example</c> included; <see cref="IsTemplate"/> tells them).
/// </summary>
public static class DeploymentEnvironment
{
    private static readonly string[] TemplateWords = ["example", "sample", "template", "dist", "defaults", "tpl"];

    public static IEnumerable<EnvVariable> All(ProjectModel model) =>
        Dockerfiles(model).Concat(Compose(model)).Concat(Commands(model)).Concat(model.EnvVariables);

    public static IEnumerable<EnvVariable> Dockerfiles(ProjectModel model) =>
        model.Dockerfiles.SelectMany(d => d.GlobalArgs.Concat(d.Stages.SelectMany(s => s.Instructions)).SelectMany(i => i.Variables(d.File)));

    public static IEnumerable<EnvVariable> Compose(ProjectModel model) => model.DeploymentFiles.SelectMany(d => d.Environment);

    /// <summary>Assignments written before a program (<c>web: WEB_CONCURRENCY=3 gunicorn app:app</c>).</summary>
    public static IEnumerable<EnvVariable> Commands(ProjectModel model) =>
        model.Commands.SelectMany(c => CommandWords.Invocations(c.Text)
            .SelectMany(i => i.Assignments)
            .Select(a => new EnvVariable(a[..a.IndexOf('=', StringComparison.Ordinal)], c.File, c.Line) { HasValue = !a.EndsWith('=') }));

    /// <summary>A <c>.env</c> file that documents variables rather than sets them: <c>.env.example</c>, <c>.env.sample</c>, ...</summary>
    public static bool IsTemplate(string path) =>
        Path.GetFileName(path).ToLowerInvariant().Split('.', '-', '_').Any(part => TemplateWords.Contains(part));

    /// <summary>A dotenv file by the catalog's definition: <c>.env</c> or <c>.env.*</c>.</summary>
    public static bool IsDotenv(string path)
    {
        string name = Path.GetFileName(path).ToLowerInvariant();
        return name == ".env" || name.StartsWith(".env.", StringComparison.Ordinal);
    }
}
