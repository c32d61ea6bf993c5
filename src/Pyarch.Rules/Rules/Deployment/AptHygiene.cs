using Pyarch.Project.Deployment;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Deployment;

/// <summary>PA408: <c>apt</c>/<c>apt-get</c> used in a way that prompts, bloats the image, or keeps the package lists.</summary>
public sealed class AptHygiene : Rule, IProjectRule
{
    public override string Code => "PA408";

    public override string Name => "apt-hygiene";

    public override RuleCategory Category => RuleCategory.Deployment;

    public override Severity DefaultSeverity => Severity.Warning;

    public override IReadOnlyList<string> Anchors => ["hadolint:DL3009", "hadolint:DL3014", "hadolint:DL3015", "hadolint:DL3027"];

    public override string Summary => "A Dockerfile uses apt without `-y`, installs recommended packages, keeps the package lists, or uses `apt`";

    public override string Documentation => """
        ## What it does
        Reads the commands of every `RUN` (split into shell words, continuation lines and heredoc scripts included)
        and reports, naming the hadolint check each time:
        - `apt-get install` without `-y`, `--yes`, `--assume-yes` or `-q` (hadolint DL3014, warning);
        - `apt-get install` without `--no-install-recommends` or `-o APT::Install-Recommends=false` (DL3015, info),
          unless an earlier `RUN` of the image wrote `APT::Install-Recommends` into apt's configuration;
        - `apt-get update` with no `rm -rf /var/lib/apt/lists/*` in the same `RUN` (DL3009, info), in the stages that
          make up the final image only; a cache mount on `/var/lib/apt/lists` (or on both `/var/lib/apt` and
          `/var/cache/apt`) keeps the lists out of the layer and passes;
        - `apt` itself, whose interface is meant for people and is not stable for scripts (DL3027, warning).

        ## Why is this bad?
        Without `-y` the build waits for an answer that never comes and fails. Recommended packages can double the
        size of what is installed. The package lists stay in the layer (tens of megabytes) even though nothing in the
        running container reads them, and they go stale.

        ## Example
        ```dockerfile
        FROM python:3.12-slim
        RUN apt-get update && apt-get install libpq5
        ```

        ## Use instead
        ```dockerfile
        FROM python:3.12-slim
        RUN apt-get update \
            && apt-get install -y --no-install-recommends libpq5 \
            && rm -rf /var/lib/apt/lists/*
        ```

        ## References
        - [Docker docs: apt-get best practices](https://docs.docker.com/build/building/best-practices/#apt-get)
        - [apt-get(8)](https://manpages.debian.org/stable/apt/apt-get.8.en.html)
        - [hadolint DL3009](https://github.com/hadolint/hadolint/wiki/DL3009), [DL3014](https://github.com/hadolint/hadolint/wiki/DL3014),
          [DL3015](https://github.com/hadolint/hadolint/wiki/DL3015), [DL3027](https://github.com/hadolint/hadolint/wiki/DL3027)
        """;

    public void Check(ProjectContext context)
    {
        foreach (var file in context.Model.Dockerfiles)
        {
            var inImage = DockerStages.InImage(file);
            foreach (var stage in file.Stages)
            {
                bool recommendsOff = false;
                foreach (var instruction in DockerStages.Lineage(file, stage).Reverse().SelectMany(s => s.Instructions))
                {
                    if (instruction.Keyword != "RUN")
                    {
                        continue;
                    }
                    var run = DockerRun.Of(instruction);
                    if (stage.Instructions.Contains(instruction))
                    {
                        Check(context, file, run, recommendsOff, inImage.Contains(stage));
                    }
                    recommendsOff |= run.Commands.Any(c => c.Words.Any(w => w.Contains("APT::Install-Recommends", StringComparison.Ordinal)) && c.Program != "apt-get");
                }
            }
        }
    }

    private static void Check(ProjectContext context, Dockerfile file, DockerRun run, bool recommendsOff, bool inImage)
    {
        int line = run.Instruction.Line;
        string snippet = "RUN " + run.Instruction.Arguments;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        void Report(Severity severity, string id, string message)
        {
            if (reported.Add(id))
            {
                context.Report(severity, file.File, line, message, snippet, "hadolint:" + id);
            }
        }
        foreach (var command in run.Commands)
        {
            string sub = SubCommand(command);
            if (command.Program == "apt" && sub.Length > 0)
            {
                Report(Severity.Warning, "DL3027", $"`apt {sub}` is used in a build; `apt` is meant for interactive use");
            }
            if (command.Program != "apt-get" || sub != "install")
            {
                continue;
            }
            if (!HasShortFlag(command, 'y', 'q') && !command.Arguments.Any(a => a is "--yes" or "--assume-yes"))
            {
                Report(Severity.Warning, "DL3014", "`apt-get install` runs without `-y`, so it waits for a confirmation");
            }
            if (!recommendsOff && !command.Arguments.Any(a => a == "--no-install-recommends" || a.EndsWith("APT::Install-Recommends=false", StringComparison.Ordinal)))
            {
                Report(Severity.Info, "DL3015", "`apt-get install` runs without `--no-install-recommends`");
            }
        }
        if (inImage && run.Commands.Any(c => c.Program == "apt-get" && SubCommand(c) == "update") && !RemovesLists(run)
            && !run.HasCacheMount("/var/lib/apt/lists") && !(run.HasCacheMount("/var/lib/apt") && run.HasCacheMount("/var/cache/apt")))
        {
            Report(Severity.Info, "DL3009", "`apt-get update` leaves the package lists in the layer: no `rm -rf /var/lib/apt/lists/*` in the same `RUN`");
        }
    }

    /// <summary>The first word after the program that is not an option (or an option's value, for <c>-o</c>).</summary>
    private static string SubCommand(ShellCommand command)
    {
        var args = command.Arguments;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] is "-o" or "-c" or "-t")
            {
                i++;
            }
            else if (!args[i].StartsWith('-'))
            {
                return args[i];
            }
        }
        return "";
    }

    private static bool HasShortFlag(ShellCommand command, params char[] letters) =>
        command.Arguments.Any(a => a.Length > 1 && a[0] == '-' && a[1] != '-' && a[1..].TakeWhile(char.IsAsciiLetter).Any(letters.Contains));

    private static bool RemovesLists(DockerRun run) =>
        run.Commands.Any(c => c.Program == "rm" && c.Arguments.Any(a => a.StartsWith("/var/lib/apt/lists", StringComparison.Ordinal)));
}
