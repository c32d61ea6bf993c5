using Pyarch.Tests;

namespace Pyarch.Conformance.Tests;

/// <summary>
/// PEP 263 coding lines that name a single-byte code page: every byte above 0x7F of every such page CPython has, in a
/// string after the coding line, and each page with CRLF line ends. pyarch decodes each file to CPython's tree (the
/// string holding the same character), or refuses it with CPython's message
/// (<c>'charmap' codec can't decode byte 0x81 in position 22: character maps to &lt;undefined&gt;</c>) or its
/// <c>unknown encoding</c>.
/// </summary>
public sealed class CodePageConformanceTests
{
    [Fact]
    public void Should_decode_or_refuse_every_byte_of_every_single_byte_code_page_as_cpython()
    {
        // Given: 129 files for each code page of the running Python (70 in CPython 3.11)
        using var work = new ScratchFolder();
        string script = Path.Combine(RepoPaths.Root, "tests", "Pyarch.Conformance.Tests", "Corpus", "write_code_page_bytes.py");
        var write = ProcessRunner.Python(script, work.Path);
        Assert.True(write.ExitCode == 0, write.Stderr);
        var files = Directory.GetFiles(work.Path, "*.py").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 60 * 128, $"only {files.Count} files written: {write.Stderr}");
        string reference = OracleDiff.ReferenceFromPython(work, files);
        var expected = OracleDiff.ErrorsByFile(reference);
        Assert.Contains(expected, file => file.Value is null);
        Assert.Contains(expected, file => file.Value?.StartsWith("''charmap' codec can't decode byte", StringComparison.Ordinal) == true);

        // When
        var actual = OracleDiff.ErrorsByFile(OracleDiff.Candidate(work, files));

        // Then: the same tree where CPython decodes the byte, the same message and position where it refuses the file
        OracleDiff.AssertAgrees(work, files, reference, "code page bytes");
        var disagreements = files.Where(f => actual[f] != expected[f])
            .Select(f => $"{Path.GetFileName(f)}: CPython {expected[f] ?? "accepts it"}, pyarch {actual[f] ?? "accepts it"}").Take(20).ToList();
        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));
    }
}
