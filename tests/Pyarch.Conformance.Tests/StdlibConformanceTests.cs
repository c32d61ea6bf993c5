using System.Buffers;
using Pyarch.Python;
using Pyarch.Tests;

namespace Pyarch.Conformance.Tests;

/// <summary>
/// The parser's contract (shared/spec/ast-json.md): on every .py file of the CPython standard library on this
/// machine, pyarch's tree equals CPython's, or both refuse the file on the same line. CPython's own
/// <c>ast</c> (through shared/tools/pyast_json.py) is the reference and shared/tools/ast_diff.py the judge.
/// </summary>
public sealed class StdlibConformanceTests
{
    [Fact]
    public void Should_build_the_same_tree_as_cpython_for_every_stdlib_file()
    {
        // Given: every .py file of python3's standard library, site-packages excluded
        using var work = new ScratchFolder();
        var files = StdlibFiles();
        Assert.True(files.Count > 500, $"only {files.Count} stdlib files found; is python3 installed?");
        string list = work.File("stdlib.txt");
        File.WriteAllLines(list, files);

        // When: CPython and pyarch each encode them
        string reference = work.File("reference.jsonl");
        var python = ProcessRunner.Run("bash", ["-c", $"python3 \"{RepoPaths.PyastJson}\" --list \"{list}\" > \"{reference}\""], timeoutSeconds: 900);
        Assert.True(python.ExitCode == 0, $"pyast_json.py failed: {python.Stderr}");
        string candidate = work.File("candidate.jsonl");
        WriteCandidate(files, candidate);

        // Then: ast_diff.py finds no disagreement
        var diff = ProcessRunner.Run("python3", [RepoPaths.AstDiff, reference, candidate, "--show", "25"], timeoutSeconds: 900);
        var lines = diff.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string verdict = lines.Length > 0 ? lines[^1] : $"ast_diff.py printed nothing: {diff.Stderr}";
        Assert.True(verdict.EndsWith(" 0 failed", StringComparison.Ordinal),
            $"{verdict} over {files.Count} stdlib files; the first disagreements:\n{string.Join('\n', lines.SkipLast(1))}");
    }

    private static List<string> StdlibFiles()
    {
        var stdlib = ProcessRunner.Python("-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Stdout.Trim();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, MatchCasing = MatchCasing.CaseSensitive };
        return Directory.EnumerateFiles(stdlib, "*.py", options)
            .Where(path => !path.Contains("/site-packages/", StringComparison.Ordinal) && !path.Contains("/dist-packages/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

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

    private sealed class ScratchFolder : IDisposable
    {
        private readonly string _path = Directory.CreateTempSubdirectory("pyarch-conformance-").FullName;

        public string File(string name) => Path.Combine(_path, name);

        public void Dispose() => Directory.Delete(_path, recursive: true);
    }
}
