using Pyarch.Project.Deployment;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// A <c>COPY</c> or <c>ADD</c>: its sources, destination and <c>--from</c> stage or image (null when it copies from
/// the build context). The build context is taken to be the Dockerfile's folder, as <c>docker build</c> beside it uses.
/// </summary>
public sealed record DockerCopy(DockerInstruction Instruction, IReadOnlyList<string> Sources, string Destination, string? From)
{
    public static IEnumerable<DockerCopy> In(DockerStage stage) =>
        stage.Instructions.Where(i => i.Keyword is "COPY" or "ADD" && i.Heredocs.Count == 0).Select(Of).OfType<DockerCopy>();

    public static DockerCopy? Of(DockerInstruction instruction)
    {
        var words = ShellWords.Split(instruction.Arguments).ToList();
        string? from = words.FirstOrDefault(w => w.StartsWith("--from=", StringComparison.Ordinal))?[7..];
        words.RemoveAll(w => w.StartsWith("--", StringComparison.Ordinal));
        if (instruction.Arguments.TrimStart().StartsWith('[') && words.Count > 0)
        {
            words = words.Select(w => w.Trim('[', ']', ',', ' ')).Where(w => w.Length > 0).ToList();
        }
        return words.Count < 2 ? null : new DockerCopy(instruction, words[..^1], words[^1], from);
    }

    /// <summary>A copy of the whole build context: <c>COPY . .</c>, <c>ADD ./ /app</c>, <c>COPY * ./</c>.</summary>
    public bool CopiesWholeContext => From is null && Sources.Any(s => s is "." or "./" or "*" or "./*");

    /// <summary>The build context's folder relative to the root ("" for the root).</summary>
    public static string ContextOf(Dockerfile file) => file.File.LastIndexOf('/') is int slash and >= 0 ? file.File[..slash] : "";
}
