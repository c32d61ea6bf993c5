using Pyarch.Tests;

namespace Pyarch.Conformance.Tests;

/// <summary>
/// On inputs that CPython refuses, pyarch refuses too, on the same line: CPython's own syntax-error examples
/// (extracted from its test modules at test time) and our corpus of invalid files.
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
}
