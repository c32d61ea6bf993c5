using System.Diagnostics;

namespace Pyarch.Benchmarks;

/// <summary>The .py files to parse, loaded into memory once so that benchmarks measure parsing, not disk.</summary>
public sealed class Corpus
{
    private Corpus(IReadOnlyList<(string Path, byte[] Bytes)> files) => Files = files;

    public IReadOnlyList<(string Path, byte[] Bytes)> Files { get; }

    public long TotalBytes => Files.Sum(f => (long)f.Bytes.Length);

    public static Corpus Load()
    {
        string root = Environment.GetEnvironmentVariable("PYARCH_BENCH_CORPUS") ?? StdlibFolder();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var files = Directory.EnumerateFiles(root, "*.py", options)
            .Where(p => !p.Contains("/site-packages/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllBytes(p)))
            .ToList();
        return new Corpus(files);
    }

    private static string StdlibFolder()
    {
        var info = new ProcessStartInfo("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]) { RedirectStandardOutput = true };
        using var python = Process.Start(info) ?? throw new InvalidOperationException("python3 is needed to find the stdlib corpus");
        string folder = python.StandardOutput.ReadToEnd().Trim();
        python.WaitForExit();
        return folder;
    }
}
