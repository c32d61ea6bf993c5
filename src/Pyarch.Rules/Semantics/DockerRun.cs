using System.Text.RegularExpressions;
using Pyarch.Project.Deployment;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// A <c>RUN</c> instruction as the builder runs it: its <c>--mount</c> flags, and the simple commands of its shell
/// script. A heredoc body counts as script when the heredoc stands alone (<c>RUN &lt;&lt;EOF</c>) or feeds a
/// shell (<c>RUN bash &lt;&lt;EOF</c>); a body fed to any other program (<c>python3 &lt;&lt;EOF</c>,
/// <c>cat &lt;&lt;EOF &gt; file</c>) is that program's input, not commands. An exec-form RUN is one command.
/// </summary>
public sealed partial class DockerRun
{
    private static readonly HashSet<string> Shells = ["sh", "bash", "ash", "dash", "zsh"];

    private DockerRun(DockerInstruction instruction, IReadOnlyList<IReadOnlyDictionary<string, string>> mounts, IReadOnlyList<ShellCommand> commands)
    {
        Instruction = instruction;
        Mounts = mounts;
        Commands = commands;
    }

    public DockerInstruction Instruction { get; }

    /// <summary>The <c>--mount=</c> flags, each as its <c>key=value</c> options (<c>type</c>, <c>target</c>, ...).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Mounts { get; }

    public IReadOnlyList<ShellCommand> Commands { get; }

    /// <summary>The RUN instructions of a stage, parsed.</summary>
    public static IEnumerable<DockerRun> In(DockerStage stage) =>
        stage.Instructions.Where(i => i.Keyword == "RUN").Select(Of);

    public static DockerRun Of(DockerInstruction run)
    {
        string script = run.Arguments;
        var mounts = new List<IReadOnlyDictionary<string, string>>();
        while (script.StartsWith("--", StringComparison.Ordinal))
        {
            int end = script.IndexOfAny([' ', '\t']);
            string flag = end < 0 ? script : script[..end];
            script = end < 0 ? "" : script[end..].TrimStart();
            if (flag.StartsWith("--mount=", StringComparison.Ordinal))
            {
                mounts.Add(flag[8..].Split(',').Select(o => o.Split('=', 2))
                    .GroupBy(kv => kv[0])
                    .ToDictionary(g => g.Key, g => g.First().Length > 1 ? g.First()[1] : "", StringComparer.Ordinal));
            }
        }
        if (run.ExecForm is { } exec)
        {
            return new DockerRun(run, mounts, [new ShellCommand([], exec)]);
        }
        var commands = new List<ShellCommand>(ShellWords.Commands(HeredocMarker().Replace(script, " ")));
        if (run.Heredocs.Count > 0 && (commands.Count == 0 || Shells.Contains(commands[^1].Program)))
        {
            if (commands.Count > 0)
            {
                commands.RemoveAt(commands.Count - 1);
            }
            commands.AddRange(run.Heredocs.SelectMany(ShellWords.Commands));
        }
        return new DockerRun(run, mounts, commands);
    }

    /// <summary>A <c>--mount=type=cache</c> whose target is <paramref name="directory"/> or a folder inside it.</summary>
    public bool HasCacheMount(string directory) =>
        Mounts.Any(m => m.GetValueOrDefault("type") == "cache"
            && (m.GetValueOrDefault("target") ?? m.GetValueOrDefault("dst") ?? m.GetValueOrDefault("destination")) is { } target
            && (target.TrimEnd('/') + "/").StartsWith(directory.TrimEnd('/') + "/", StringComparison.Ordinal));

    /// <summary>
    /// The value a variable has for <paramref name="command"/>: an assignment before it on its own line, or an
    /// <c>export NAME=value</c> earlier in the same RUN. Null when this RUN does not set it.
    /// </summary>
    public string? InlineVariable(ShellCommand command, string name)
    {
        string prefix = name + "=";
        string? value = command.Assignments.LastOrDefault(a => a.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
        if (value is not null)
        {
            return value;
        }
        foreach (var earlier in Commands.TakeWhile(c => !ReferenceEquals(c, command)))
        {
            if (earlier.Program == "export" && earlier.Arguments.LastOrDefault(a => a.StartsWith(prefix, StringComparison.Ordinal)) is { } export)
            {
                value = export[prefix.Length..];
            }
        }
        return value;
    }

    [GeneratedRegex(@"<<-?([""']?)[A-Za-z_][A-Za-z0-9_]*\1")]
    private static partial Regex HeredocMarker();
}
