using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pyarch.Tests;

namespace Pyarch.Conformance.Tests;

/// <summary>
/// Differential testing on broken input: standard-library files mutated at random (cut, duplicated, stray
/// brackets, quotes and keywords inserted) are refused by pyarch on the line where CPython refuses them.
/// The one allowed difference is where PEP 701 (Python 3.12) changed how f-strings are tokenized: then the
/// 3.11 oracle and pyarch may meet the first error in different places.
/// </summary>
public sealed partial class MutatedSourceConformanceTests
{
    private const int Cases = 1000;

    private static readonly string[] Insertions =
    [
        "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "f'", "f\"{", "\\", "\n", "\t", "    ", ":", "=", ":=", ",", ";",
        "#", "@", "*", "**", "lambda ", "match ", "case ", "async ", "await ", "yield ", "def ", "if ", "else:", "{{",
        "}}", "!r", "0x", "1_", "1e", ".5j",
    ];

    private static readonly string[] Seeds =
    [
        "argparse.py", "ast.py", "dataclasses.py", "enum.py", "typing.py", "asyncio/tasks.py", "json/decoder.py",
        "re/_parser.py", "textwrap.py", "string.py", "functools.py",
    ];

    [GeneratedRegex("""(?<![A-Za-z0-9_])[rRbB]?[fF][rR]?['"]""")]
    private static partial Regex FStringStart();

    [Fact]
    public void Should_refuse_mutated_files_on_cpythons_line()
    {
        // Given: mutated copies of real files
        using var work = new ScratchFolder();
        string stdlib = ProcessRunner.Python("-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Stdout.Trim();
        byte[][] seeds = Seeds.Select(name => File.ReadAllBytes(Path.Combine(stdlib, name))).ToArray();
        var files = new List<string>();
        for (int seed = 0; seed < Cases; seed++)
        {
            string path = work.File($"m{seed:0000}.py");
            File.WriteAllBytes(path, Mutate(seeds, new Random(seed)));
            files.Add(path);
        }

        // When: CPython and pyarch each answer
        var reference = Records(OracleDiff.ReferenceFromPython(work, files));
        var candidate = Records(OracleDiff.Candidate(work, files));

        // Then: the same tree, or an error on the same line, unless f-string tokenization explains it
        var disagreements = new List<string>();
        int explained = 0;
        foreach (string file in files)
        {
            var (expected, actual) = (reference[file], candidate[file]);
            if (Line(expected) == Line(actual) && expected.TryGetProperty("ast", out _) == actual.TryGetProperty("ast", out _))
            {
                continue;
            }
            if (FStringsExplain(file, expected, actual))
            {
                explained++;
                continue;
            }
            disagreements.Add($"{Path.GetFileName(file)}: CPython {Describe(expected)}, pyarch {Describe(actual)}\n{Excerpt(file, expected, actual)}");
        }
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements ({explained} more explained by PEP 701):\n{string.Join('\n', disagreements.Take(20))}");
        Assert.True(explained <= Cases / 50, $"{explained} disagreements put down to f-strings: too many to be only that");
    }

    private static bool FStringsExplain(string file, JsonElement expected, JsonElement actual)
    {
        if (Describe(expected).Contains("f-string", StringComparison.Ordinal) || Describe(actual).Contains("f-string", StringComparison.Ordinal))
        {
            return true;
        }
        int? a = Line(expected), b = Line(actual);
        if (a is null || b is null)
        {
            return false;
        }
        string[] lines = File.ReadAllText(file, Encoding.Latin1).Split('\n');
        int from = Math.Min(a.Value, b.Value) - 1, to = Math.Min(Math.Max(a.Value, b.Value), lines.Length);
        return lines[Math.Max(0, from)..to].Any(line => FStringStart().IsMatch(line));
    }

    private static string Excerpt(string file, JsonElement expected, JsonElement actual)
    {
        string[] lines = File.ReadAllText(file, Encoding.Latin1).Split('\n');
        int from = Math.Max(1, Math.Min(Line(expected) ?? 1, Line(actual) ?? 1) - 2);
        int to = Math.Min(lines.Length, Math.Max(Line(expected) ?? 1, Line(actual) ?? 1) + 1);
        return string.Join('\n', Enumerable.Range(from, Math.Max(0, Math.Min(to - from + 1, 12))).Select(n => $"  {n,5} | {lines[n - 1]}"));
    }

    private static int? Line(JsonElement record) =>
        record.TryGetProperty("error", out var error) && error.GetProperty("lineno").ValueKind == JsonValueKind.Number
            ? error.GetProperty("lineno").GetInt32()
            : null;

    private static string Describe(JsonElement record) =>
        record.TryGetProperty("error", out var error) ? $"line {Line(record)}: {error.GetProperty("msg").GetString()}" : "parses it";

    private static Dictionary<string, JsonElement> Records(string jsonl) =>
        File.ReadLines(jsonl).Where(line => line.Length > 0).Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(record => record.GetProperty("file").GetString()!, record => record);

    private static byte[] Mutate(byte[][] seeds, Random random)
    {
        var bytes = new List<byte>(seeds[random.Next(seeds.Length)]);
        for (int step = random.Next(1, 3); step > 0; step--)
        {
            int at = random.Next(bytes.Count + 1);
            switch (random.Next(4))
            {
                case 0:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 50), bytes.Count - at));
                    break;
                case 1:
                    bytes.InsertRange(at, bytes.GetRange(at, Math.Min(random.Next(1, 100), bytes.Count - at)));
                    break;
                default:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Insertions[random.Next(Insertions.Length)]));
                    break;
            }
        }
        return bytes.ToArray();
    }
}
