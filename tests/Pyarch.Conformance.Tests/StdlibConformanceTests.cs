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

        // When: CPython and pyarch each encode them
        string reference = OracleDiff.ReferenceFromPython(work, files);

        // Then: ast_diff.py finds no disagreement
        OracleDiff.AssertAgrees(work, files, reference, "stdlib files");
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
}
