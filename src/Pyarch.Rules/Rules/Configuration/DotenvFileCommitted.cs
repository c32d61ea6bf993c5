using Pyarch.Project;
using Pyarch.Project.Deployment;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Configuration;

/// <summary>PA206: a <c>.env</c> file with values that is part of the repository.</summary>
public sealed class DotenvFileCommitted : Rule, IProjectRule
{
    public override string Code => "PA206";

    public override string Name => "dotenv-file-committed";

    public override RuleCategory Category => RuleCategory.Configuration;

    public override Severity DefaultSeverity => Severity.Warning;

    public override bool FindsSecrets => true;

    public override string Summary => "A `.env` file with values is in the repository and not excluded by `.gitignore`";

    public override string Documentation => """
        ## What it does
        Finds `.env` and `.env.*` files that give at least one variable a non-empty value, except templates
        (`.env.example`, `.env.sample`, `.env.template`, `.env.dist`). pyarch walks the project as git sees it, so a
        `.env` excluded by a `.gitignore` is never looked at: every file reported is one that `git add .` would
        commit. The finding is a warning, and an error when a Dockerfile also copies the file into the image
        (`COPY .env ...`, or `COPY . ...` with no `.dockerignore` beside the Dockerfile or at the root). Variable
        names are shown, never values.

        ## Why is this bad?
        A `.env` file holds the values of one machine: database passwords, API tokens, the secret key. Once
        committed, they are in every clone and in the history for good, and rotating them is the only fix. Copied
        into an image, they also reach every registry and host that pulls it.

        ## Example
        ```dotenv .env
        SECRET_KEY=6f1d0e0c2f
        DATABASE_URL=postgres://app:hunter2@db/app
        ```

        ## Use instead
        ```gitignore .gitignore
        .env
        ```

        ```dotenv .env
        SECRET_KEY=6f1d0e0c2f
        DATABASE_URL=postgres://app:hunter2@db/app
        ```

        ```dotenv .env.example
        SECRET_KEY=
        DATABASE_URL=postgres://user:password@localhost/app
        ```

        ## References
        - [The Twelve-Factor App: Config](https://12factor.net/config)
        - [secretlint: @secretlint/secretlint-rule-no-dotenv](https://github.com/secretlint/secretlint/tree/master/packages/%40secretlint/secretlint-rule-no-dotenv)
        - [Docker: .dockerignore files](https://docs.docker.com/build/concepts/context/#dockerignore-files)
        """;

    public void Check(ProjectContext context)
    {
        var model = context.Model;
        foreach (var file in model.EnvVariables.Where(v => v.HasValue).GroupBy(v => v.File))
        {
            if (!DeploymentEnvironment.IsDotenv(file.Key) || DeploymentEnvironment.IsTemplate(file.Key))
            {
                continue;
            }
            var names = file.Select(v => v.Name).Distinct().ToList();
            string listed = string.Join(", ", names.Take(3).Select(n => $"`{n}`")) + (names.Count > 3 ? $" and {names.Count - 3} more" : "");
            string message = $"`{file.Key}` sets {listed} and no `.gitignore` excludes it";
            if (CopiedBy(model, file.Key) is { } copy)
            {
                context.Report(Severity.Error, file.Key, 1, $"{message}, and `{copy.File}:{copy.Line}` copies it into the image", file.Key);
            }
            else
            {
                context.Report(file.Key, 1, message, file.Key);
            }
        }
    }

    /// <summary>The first <c>COPY</c>/<c>ADD</c> from the build context that takes the file along.</summary>
    private static (string File, int Line)? CopiedBy(ProjectModel model, string envFile)
    {
        foreach (var dockerfile in model.Dockerfiles)
        {
            string folder = Path.GetDirectoryName(dockerfile.File)?.Replace('\\', '/') ?? "";
            bool ignoreFile = model.Tree.HasFile(".dockerignore") || model.Tree.HasFile(WorkspaceJoin(folder, ".dockerignore"))
                || model.Tree.HasFile(dockerfile.File + ".dockerignore");
            foreach (var copy in dockerfile.Stages.SelectMany(s => s.Instructions).Where(i => i.Keyword is "COPY" or "ADD"))
            {
                var words = copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Any(w => w.StartsWith("--from", StringComparison.Ordinal)))
                {
                    continue;
                }
                var sources = words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).SkipLast(1);
                if (sources.Any(source => Takes(source.Trim('"', '[', ']', ','), envFile, ignoreFile)))
                {
                    return (dockerfile.File, copy.Line);
                }
            }
        }
        return null;
    }

    private static bool Takes(string source, string envFile, bool ignoreFile)
    {
        string normalized = ProjectModel.NormalizePath("", source);
        if (normalized.Length == 0 || normalized == "*")
        {
            return !ignoreFile; // The whole context: only a .dockerignore (which pyarch does not read) can leave it out.
        }
        if (normalized == envFile)
        {
            return true;
        }
        string folder = Path.GetDirectoryName(envFile)?.Replace('\\', '/') ?? "";
        return normalized.EndsWith('*') && folder == (Path.GetDirectoryName(normalized)?.Replace('\\', '/') ?? "")
            && Path.GetFileName(envFile).StartsWith(Path.GetFileName(normalized).TrimEnd('*'), StringComparison.Ordinal);
    }

    private static string WorkspaceJoin(string folder, string name) => Project.Workspace.WorkspaceTree.Join(folder, name);
}
