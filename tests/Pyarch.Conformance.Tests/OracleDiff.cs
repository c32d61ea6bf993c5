using System.Buffers;
using System.Text.Json;
using Pyarch.Python;
using Pyarch.Tests;

namespace Pyarch.Conformance.Tests;

/// <summary>
/// Encodes files with pyarch's parser and compares them with a reference encoding through
/// shared/tools/ast_diff.py: same tree, or both refuse on the same line.
/// </summary>
internal static class OracleDiff
{
    /// <summary>Runs CPython 3.11's <c>ast</c> (pyast_json.py) over <paramref name="files"/> as the reference.</summary>
    public static string ReferenceFromPython(ScratchFolder work, IReadOnlyList<string> files)
    {
        string list = work.File("files.txt");
        File.WriteAllLines(list, files);
        string reference = work.File("reference.jsonl");
        var python = ProcessRunner.Run("bash", ["-c", $"python3 \"{RepoPaths.PyastJson}\" --list \"{list}\" > \"{reference}\""], timeoutSeconds: 900);
        Assert.True(python.ExitCode == 0, $"pyast_json.py failed: {python.Stderr}");
        return reference;
    }

    /// <summary>Compares pyarch's encoding of <paramref name="files"/> with <paramref name="reference"/>; fails with the first disagreements.</summary>
    public static void AssertAgrees(ScratchFolder work, IReadOnlyList<string> files, string reference, string what)
    {
        string candidate = Candidate(work, files);
        var diff = ProcessRunner.Run("python3", [RepoPaths.AstDiff, reference, candidate, "--show", "25"], timeoutSeconds: 900);
        var lines = diff.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string verdict = lines.Length > 0 ? lines[^1] : $"ast_diff.py printed nothing: {diff.Stderr}";
        Assert.True(verdict.EndsWith(" 0 failed", StringComparison.Ordinal),
            $"{verdict} over {files.Count} {what}; the first disagreements:\n{string.Join('\n', lines.SkipLast(1))}");
    }

    /// <summary>Writes pyarch's encoding of <paramref name="files"/> and returns its path.</summary>
    public static string Candidate(ScratchFolder work, IReadOnlyList<string> files)
    {
        string path = work.File("candidate.jsonl");
        WriteCandidate(files, path);
        return path;
    }

    /// <summary>Each file's error as "message at line:column", or null when the file parsed.</summary>
    public static Dictionary<string, string?> ErrorsByFile(string jsonl) =>
        File.ReadLines(jsonl).Select(line => JsonDocument.Parse(line).RootElement).ToDictionary(
            record => record.GetProperty("file").GetString()!,
            record => record.TryGetProperty("error", out var error)
                ? $"'{error.GetProperty("msg").GetString()}' at {error.GetProperty("lineno")}:{error.GetProperty("offset")}"
                : null);

    private static void WriteCandidate(IReadOnlyList<string> files, string path)
    {
        using var output = File.Create(path);
        PythonFileBatch.Run(files, outcome =>
        {
            var buffer = new ArrayBufferWriter<byte>();
            if (outcome.Result is { } result)
            {
                AstJsonWriter.Write(buffer, outcome.Path, result);
            }
            else
            {
                AstJsonWriter.WriteFailure(buffer, outcome.Path, outcome.Failure!);
            }
            buffer.Write("\n"u8);
            return buffer;
        }, buffer => output.Write(buffer.WrittenSpan));
    }
}

/// <summary>A temporary folder for one test, removed afterwards.</summary>
internal sealed class ScratchFolder : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("pyarch-conformance-").FullName;

    public string Path => _path;

    public string File(string name) => System.IO.Path.Combine(_path, name);

    public void Dispose() => Directory.Delete(_path, recursive: true);
}
