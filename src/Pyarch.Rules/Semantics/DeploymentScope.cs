using Pyarch.Project;
using Pyarch.Project.Deployment;
using Pyarch.Project.Detect;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// Which deployment commands run in production. A plain compose file, a <c>Dockerfile.dev</c>, a
/// <c>compose/local/</c> folder or a <c>start-dev.sh</c> is how a team runs the app on a laptop, so the serving rules
/// leave those alone; a compose file counts only when its name says production (<c>docker-compose.prod.yml</c>).
/// </summary>
public static class DeploymentScope
{
    private static readonly string[] DevelopmentWords = ["dev", "develop", "development", "local", "test", "tests", "testing", "override", "ci", "debug"];

    /// <summary>True when a folder or file name of the path says it is for development or tests.</summary>
    public static bool IsDevelopmentOnly(string path) =>
        path.Split('/').SelectMany(part => part.Split(['.', '-', '_'])).Any(word => DevelopmentWords.Contains(word.ToLowerInvariant()));

    /// <summary>Every command of the project that a production deployment runs, with each program it starts.</summary>
    public static IEnumerable<(ServiceCommand Command, CommandInvocation Invocation)> ProductionInvocations(ProjectModel model) =>
        model.Commands
            .Where(IsProduction)
            .SelectMany(c => CommandWords.Invocations(c.Text).Select(i => (c, i)));

    public static bool IsProduction(ServiceCommand command)
    {
        if (IsDevelopmentOnly(command.File))
        {
            return false;
        }
        if (command.Origin.StartsWith("Procfile ", StringComparison.Ordinal))
        {
            return command.Origin == "Procfile web";
        }
        bool compose = FileKindsCompose(command.File);
        return !compose || Path.GetFileName(command.File).Contains("prod", StringComparison.OrdinalIgnoreCase);
    }

    private static bool FileKindsCompose(string path) => Project.Workspace.FileKinds.IsCompose(Path.GetFileName(path).ToLowerInvariant());

    /// <summary>The Dockerfiles that build production images.</summary>
    public static IEnumerable<Dockerfile> ProductionDockerfiles(ProjectModel model) => model.Dockerfiles.Where(d => !IsDevelopmentOnly(d.File));
}
