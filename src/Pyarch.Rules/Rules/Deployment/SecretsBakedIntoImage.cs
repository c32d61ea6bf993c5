using Pyarch.Project;
using Pyarch.Project.Deployment;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Deployment;

/// <summary>PA409: a secret put into the image by <c>ENV</c>/<c>ARG</c>, by copying a <c>.env</c> file, or by copying a context that <c>.dockerignore</c> does not filter.</summary>
public sealed class SecretsBakedIntoImage : Rule, IProjectRule
{
    /// <summary>Name parts that mark a secret; a name matches when one of its <c>_</c>-separated words is one of these.</summary>
    private static readonly HashSet<string> SecretWords = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "CREDENTIALS", "PRIVATEKEY"];

    /// <summary>Two-word secret names: <c>API_KEY</c>, <c>PRIVATE_KEY</c>, <c>ACCESS_KEY</c>, <c>CLIENT_KEY</c>.</summary>
    private static readonly HashSet<string> SecretPairs = ["API_KEY", "PRIVATE_KEY", "ACCESS_KEY", "CLIENT_KEY", "SIGNING_KEY", "ENCRYPTION_KEY"];

    /// <summary>Suffixes of names that hold where a secret is, not the secret.</summary>
    private static readonly string[] ReferenceSuffixes = ["_FILE", "_PATH", "_DIR", "_LENGTH", "_EXPIRY", "_TTL", "_URL_PATH"];

    public override string Code => "PA409";

    public override string Name => "secrets-baked-into-image";

    public override RuleCategory Category => RuleCategory.Deployment;

    public override Severity DefaultSeverity => Severity.Error;

    public override bool FindsSecrets => true;

    public override IReadOnlyList<string> Anchors => ["hadolint:DL3064"];

    public override string Summary => "A Dockerfile bakes a secret into the image through `ENV`, `ARG`, a copied `.env` or an unfiltered build context";

    public override string Documentation => """
        ## What it does
        Finds secrets that end up inside the image or its history:
        - `ENV` or `ARG` with a secret-like name and a value (error, hadolint DL3064). A name is secret-like when
          one of its `_`-separated words is `PASSWORD`, `PASSWD`, `SECRET`, `TOKEN`, `APIKEY`, `CREDENTIALS`, or it
          contains `API_KEY`, `PRIVATE_KEY`, `ACCESS_KEY`, `CLIENT_KEY`, `SIGNING_KEY`, `ENCRYPTION_KEY`. Matching
          whole words keeps `TOKENIZERS_PARALLELISM` out, and names ending in `_FILE`, `_PATH`, `_DIR` hold a
          location (`POSTGRES_PASSWORD_FILE=/run/secrets/db`), so they are not reported. An `ARG` with such a
          name and no default is reported at info level: the value given with `--build-arg` is recorded in the
          image history of every `RUN` that uses it.
        - `COPY`/`ADD` of a `.env` file or a pattern that matches one (`.env.example`, `.env.sample`,
          `.env.template` and `.env.dist` are not secrets).
        - A copy of the whole build context (`COPY . .`) while the context (the Dockerfile's folder) holds a `.env`
          file, a `.git` folder or a virtual environment that no `.dockerignore` excludes. `Dockerfile.dockerignore`
          beside the Dockerfile is read first, as BuildKit does, then the context's `.dockerignore`; patterns are
          matched from the context's root as Docker matches them (`.env` excludes only the top-level one,
          `**/.env` every one). An entry that does not exist in the project is not reported.

        A value is never printed.

        ## Why is this bad?
        Every `ENV` is visible to anyone who can pull the image (`docker inspect`), and `ARG` values used by `RUN` are
        kept in `docker history`. A copied `.env` or `.git` folder ships credentials and the whole project history
        in a layer; deleting them in a later layer does not remove them. A virtual environment built on the host
        also overwrites the image's own packages with binaries for the wrong platform.

        ## Example
        ```dockerfile
        FROM python:3.12-slim
        ENV DJANGO_SECRET_KEY=change-me-in-production
        COPY . /app
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim
        COPY . /app
        RUN --mount=type=secret,id=pip_token,env=PIP_TOKEN pip install --no-cache-dir -r /app/requirements.txt
        ```

        ```text .dockerignore
        .env
        .git
        .venv
        ```

        ## References
        - [Docker docs: build secrets](https://docs.docker.com/build/building/secrets/)
        - [Docker docs: .dockerignore files](https://docs.docker.com/build/concepts/context/#dockerignore-files)
        - [Docker build checks: SecretsUsedInArgOrEnv](https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/)
        - [hadolint DL3064](https://github.com/hadolint/hadolint/wiki/DL3064)
        """;

    public void Check(ProjectContext context)
    {
        foreach (var file in context.Model.Dockerfiles)
        {
            foreach (var instruction in file.GlobalArgs.Concat(file.Stages.SelectMany(s => s.Instructions)))
            {
                if (instruction.Keyword is "ENV" or "ARG")
                {
                    CheckVariables(context, file, instruction);
                }
            }
            var copies = file.Stages.SelectMany(DockerCopy.In).Where(c => c.From is null).ToList();
            foreach (var copy in copies)
            {
                CheckEnvCopy(context, file, copy);
            }
            if (copies.FirstOrDefault(c => c.CopiesWholeContext) is { } whole)
            {
                CheckContext(context, file, whole);
            }
        }
    }

    private static void CheckVariables(ProjectContext context, Dockerfile file, DockerInstruction instruction)
    {
        foreach (var (name, value) in DockerStages.KeyValues(instruction))
        {
            if (!IsSecretName(name))
            {
                continue;
            }
            string snippet = $"{instruction.Keyword} {name}";
            if (!string.IsNullOrEmpty(value))
            {
                context.Report(file.File, instruction.Line, $"`{instruction.Keyword} {name}` sets a secret-like variable to a value stored in the image", snippet, "hadolint:DL3064");
            }
            else if (instruction.Keyword == "ARG")
            {
                context.Report(Severity.Info, file.File, instruction.Line, $"`ARG {name}` passes a secret-like value as a build argument, which the image history records", snippet, "hadolint:DL3064");
            }
        }
    }

    private static bool IsSecretName(string name)
    {
        string upper = name.ToUpperInvariant();
        if (ReferenceSuffixes.Any(s => upper.EndsWith(s, StringComparison.Ordinal)))
        {
            return false;
        }
        var words = upper.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(SecretWords.Contains) || words.Zip(words.Skip(1), (a, b) => a + "_" + b).Any(SecretPairs.Contains);
    }

    private static void CheckEnvCopy(ProjectContext context, Dockerfile file, DockerCopy copy)
    {
        string folder = DockerCopy.ContextOf(file);
        var present = ContextEntries(context.Model, folder).Where(IsEnvFile).ToList();
        foreach (string source in copy.Sources)
        {
            string pattern = ProjectModel.NormalizePath("", source);
            bool named = IsEnvFile(pattern);
            var glob = DockerIgnore.Read("", pattern);
            var matched = present.Where(glob.Excludes).ToList();
            if (named || (pattern.Contains('*', StringComparison.Ordinal) && matched.Count > 0))
            {
                string written = $"{copy.Instruction.Keyword} {copy.Instruction.Arguments}";
                string names = named ? $"`{pattern}`" : string.Join(", ", matched.Select(m => $"`{m}`"));
                context.Report(file.File, copy.Instruction.Line, $"`{written}` copies the environment file {names} into the image", written);
            }
        }
    }

    /// <summary>A <c>.env</c> file that may hold values: <c>.env</c>, <c>.env.production</c>, <c>prod.env</c>, not the documented templates.</summary>
    private static bool IsEnvFile(string path)
    {
        string name = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        bool env = name == ".env" || name.StartsWith(".env.", StringComparison.Ordinal) || name.EndsWith(".env", StringComparison.Ordinal);
        return env && !name.Contains('*', StringComparison.Ordinal)
            && !new[] { "example", "sample", "template", "dist" }.Any(t => name.Contains(t, StringComparison.Ordinal));
    }

    private static void CheckContext(ProjectContext context, Dockerfile file, DockerCopy copy)
    {
        string folder = DockerCopy.ContextOf(file);
        var ignore = context.Model.DockerIgnores.FirstOrDefault(i => i.File == file.File + ".dockerignore")
            ?? context.Model.DockerIgnores.FirstOrDefault(i => i.File == Join(folder, ".dockerignore"));
        var tree = context.Model.Tree;
        var entries = ContextEntries(context.Model, folder).ToList();
        var sensitive = entries.Where(IsEnvFile).Select(e => (Entry: e, Level: Severity.Error))
            .Concat(entries.Where(e => e == ".git/").Select(e => (Entry: e, Level: Severity.Warning)))
            .Concat(tree.VirtualEnvironments.Where(v => Within(folder, v)).Select(v => (Entry: Relative(folder, v) + "/", Level: Severity.Warning)));
        string written = $"{copy.Instruction.Keyword} {copy.Instruction.Arguments}";
        string why = ignore is null ? "the build context has no `.dockerignore`" : $"`{ignore.File}` does not exclude it";
        foreach (var group in sensitive.Where(s => ignore is null || !ignore.Excludes(s.Entry.TrimEnd('/'))).GroupBy(s => s.Level))
        {
            string names = string.Join(", ", group.Select(s => $"`{s.Entry}`"));
            context.Report(group.Key, file.File, copy.Instruction.Line, $"`{written}` copies {names} into the image: {why}", written + " " + string.Join(' ', group.Select(s => s.Entry)));
        }
    }

    /// <summary>Files and unwalked entries under the context folder, relative to it (folders end with <c>/</c>).</summary>
    private static IEnumerable<string> ContextEntries(ProjectModel model, string folder) =>
        model.Tree.Files.Select(f => f.Path).Concat(model.Tree.Unwalked).Where(p => Within(folder, p)).Select(p => Relative(folder, p));

    private static bool Within(string folder, string path) => folder.Length == 0 || path.StartsWith(folder + "/", StringComparison.Ordinal);

    private static string Relative(string folder, string path) => folder.Length == 0 ? path : path[(folder.Length + 1)..];

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;
}
