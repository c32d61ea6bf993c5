using Pyarch.Tests;

namespace Pyarch.Conformance.Tests;

/// <summary>
/// On inputs that CPython refuses, pyarch refuses too, on the same line: CPython's own syntax-error examples
/// (extracted from its test modules at test time) and our corpus of invalid files; for the messages corpus, with
/// CPython's very message and column. The accepted corpus holds the near misses CPython takes.
/// </summary>
public sealed class SyntaxErrorConformanceTests
{
    private static string Corpus => Path.Combine(RepoPaths.Root, "tests", "Pyarch.Conformance.Tests", "Corpus");

    [Fact]
    public void Should_refuse_cpythons_syntax_error_examples_on_the_same_line()
    {
        // Given: every doctest example of CPython's syntax tests that expects a syntax error
        using var work = new ScratchFolder();
        var extract = ProcessRunner.Python(Path.Combine(Corpus, "extract_syntax_error_examples.py"), work.Path);
        Assert.True(extract.ExitCode == 0, extract.Stderr);
        var files = Directory.GetFiles(work.Path, "*.py").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 250, $"only {files.Count} examples extracted: {extract.Stderr}");

        // When/Then: pyarch agrees with ast.parse on each (some are compile-time errors that ast.parse accepts)
        string reference = OracleDiff.ReferenceFromPython(work, files);
        OracleDiff.AssertAgrees(work, files, reference, "CPython syntax-error examples");
    }

    [Fact]
    public void Should_refuse_every_file_of_the_invalid_corpus_on_cpythons_line()
    {
        // Given: our own invalid files, each refused by CPython
        using var work = new ScratchFolder();
        var files = Directory.GetFiles(Path.Combine(Corpus, "invalid"), "*.py").Order(StringComparer.Ordinal).ToList();
        string reference = OracleDiff.ReferenceFromPython(work, files);
        var accepted = File.ReadLines(reference).Where(line => !line.Contains("\"error\":", StringComparison.Ordinal)).ToList();
        Assert.True(accepted.Count == 0, $"CPython accepts files of the invalid corpus: {string.Join(", ", accepted.Select(l => l[..Math.Min(120, l.Length)]))}");

        // When/Then
        OracleDiff.AssertAgrees(work, files, reference, "invalid corpus files");
    }

    [Fact]
    public void Should_word_and_place_each_error_of_the_messages_corpus_exactly_as_cpython()
    {
        // Given: files CPython refuses with one of its specific messages ("Maybe you meant '=='", "Missing
        // parentheses in call to 'print'"), or at a column worth checking
        using var work = new ScratchFolder();
        var files = Directory.GetFiles(Path.Combine(Corpus, "messages"), "*.py").Order(StringComparer.Ordinal).ToList();
        var reference = OracleDiff.ErrorsByFile(OracleDiff.ReferenceFromPython(work, files));
        Assert.True(reference.Count == files.Count && reference.Values.All(e => e is not null), "CPython accepts a file of the messages corpus");

        // When
        var candidate = OracleDiff.ErrorsByFile(OracleDiff.Candidate(work, files));

        // Then: the same message, line and column
        var disagreements = files.Where(f => candidate[f] != reference[f]).Select(f => $"{Path.GetFileName(f)}: CPython {reference[f]}, pyarch {candidate[f]}").ToList();
        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));
    }

    [Fact]
    public void Should_build_cpythons_tree_for_every_file_of_the_accepted_corpus()
    {
        // Given: files CPython accepts that pyarch once refused or read differently
        using var work = new ScratchFolder();
        var files = Directory.GetFiles(Path.Combine(Corpus, "accepted"), "*.py").Order(StringComparer.Ordinal).ToList();
        string reference = OracleDiff.ReferenceFromPython(work, files);
        Assert.True(OracleDiff.ErrorsByFile(reference).Values.All(e => e is null), "CPython refuses a file of the accepted corpus");

        // When/Then
        OracleDiff.AssertAgrees(work, files, reference, "accepted corpus files");
    }
}
