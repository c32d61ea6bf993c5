using System.Buffers;
using System.Diagnostics;
using System.Text;

namespace Pyarch.Python.Tests;

/// <summary>
/// A property test: real Python files, mutated thousands of times (truncated, cut, duplicated, stray brackets,
/// quotes and bytes inserted), must each end in a tree or a syntax error, quickly, and never in an exception.
/// Every case is reproducible from the seed printed on failure.
/// </summary>
public sealed class MutationRobustnessTests
{
    private const int Cases = 4000;

    private static readonly string[] Insertions =
    [
        "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "f'", "f\"{", "rb'", "\\", "\\\n", "\n", "\r", "\t",
        "    ", "\f", ":", "=", ":=", ",", ";", "#", "@", "*", "**", "->", "lambda ", "match ", "case ", "type ",
        "async ", "await ", "yield ", "def ", "class ", "if ", "else:", "{{", "}}", "!r", "0x", "1_", "1e", ".5j",
        "\u00e9", "\u20ac", "\u00a0", "\ud800",
    ];

    private static readonly byte[][] StrayBytes = [[0x00], [0xFF], [0xC3], [0xEF, 0xBB, 0xBF], [0xE2, 0x82]];

    [Fact]
    public void Should_end_every_mutated_file_in_a_tree_or_a_syntax_error()
    {
        // Given: a corpus of real files from the standard library
        byte[][] corpus = SeedFiles();
        var failures = new List<string>();

        for (int seed = 0; seed < Cases && failures.Count < 5; seed++)
        {
            // When: one file is mutated one to four times
            var random = new Random(seed);
            byte[] source = corpus[random.Next(corpus.Length)];
            byte[] mutated = Mutate(source, random, out string how);

            // Then: the parser answers, with a tree or an error, within a generous bound
            string? problem = Check(mutated);
            if (problem is not null)
            {
                failures.Add($"seed {seed} ({how}): {problem}");
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static string? Check(byte[] input)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            ParseResult result = PythonParser.Parse("mutated.py", input);
            if ((result.Module is null) == (result.Error is null))
            {
                return "neither or both of a tree and an error";
            }
            if (result.Error is { Line: { } line } && result.Source is { } source && line.Value > source.Lines.LineCount + 1)
            {
                return $"error line {line} is past the end of the file ({source.Lines.LineCount} lines)";
            }
            var buffer = new ArrayBufferWriter<byte>();
            AstJsonWriter.Write(buffer, "mutated.py", result);
            if (result.Module is { } module)
            {
                new CountingWalker().Visit(module);
            }
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }
        return watch.Elapsed > TimeSpan.FromSeconds(5) ? $"took {watch.Elapsed.TotalSeconds:F1} s" : null;
    }

    private static byte[] Mutate(byte[] source, Random random, out string how)
    {
        var bytes = new List<byte>(source);
        var steps = new StringBuilder();
        int count = random.Next(1, 5);
        for (int i = 0; i < count; i++)
        {
            int at = random.Next(bytes.Count + 1);
            switch (random.Next(6))
            {
                case 0:
                    steps.Append($"truncate@{at} ");
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 1:
                    int cut = Math.Min(random.Next(1, 200), bytes.Count - at);
                    steps.Append($"delete@{at}+{cut} ");
                    bytes.RemoveRange(at, cut);
                    break;
                case 2:
                    int length = Math.Min(random.Next(1, 300), bytes.Count - at);
                    steps.Append($"duplicate@{at}+{length} ");
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 3 or 4:
                    string text = Insertions[random.Next(Insertions.Length)];
                    steps.Append($"insert@{at}:{Escape(text)} ");
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(text));
                    break;
                default:
                    byte[] stray = StrayBytes[random.Next(StrayBytes.Length)];
                    steps.Append($"bytes@{at}:{Convert.ToHexString(stray)} ");
                    bytes.InsertRange(at, stray);
                    break;
            }
        }
        how = steps.ToString().TrimEnd();
        return bytes.ToArray();
    }

    /// <summary>Visits every node; a walk that throws or overflows fails the property.</summary>
    private sealed class CountingWalker : PythonWalker
    {
        public int Nodes { get; private set; }

        public override void Visit(Ast.Node? node)
        {
            Nodes++;
            base.Visit(node);
        }
    }

    private static string Escape(string text) => text.Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");

    private static byte[][] SeedFiles()
    {
        string[] names = ["argparse.py", "ast.py", "dataclasses.py", "enum.py", "typing.py", "asyncio/tasks.py", "json/decoder.py", "re/_parser.py"];
        string? lib = PythonLib();
        var files = new List<byte[]>();
        if (lib is not null)
        {
            files.AddRange(names.Select(name => Path.Combine(lib, name)).Where(File.Exists).Select(File.ReadAllBytes));
        }
        files.AddRange(Directory.GetFiles(Fixtures.PathOf("Mutation"), "*.py").Select(File.ReadAllBytes));
        Assert.True(files.Count >= 3, $"too few seed files (stdlib at {lib ?? "none"})");
        return files.ToArray();
    }

    private static string? PythonLib()
    {
        var info = new ProcessStartInfo("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(info);
        string? path = process?.StandardOutput.ReadToEnd().Trim();
        process?.WaitForExit();
        return string.IsNullOrEmpty(path) ? null : path;
    }
}
