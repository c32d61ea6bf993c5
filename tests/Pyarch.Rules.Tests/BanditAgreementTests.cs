using System.ComponentModel;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pyarch.Tests;
using Xunit.Abstractions;

namespace Pyarch.Rules.Tests;

/// <summary>
/// Agreement with Debian's bandit on <c>Agreement/bandit/</c>: every bandit finding of the checks pyarch mirrors is
/// matched by a pyarch finding that names it, unless its line carries a <c># bandit-only: ID reason</c> mark, where
/// pyarch is deliberately quieter and must say nothing with that anchor. Lines are compared by overlap: bandit
/// reports a call, a function or a string by its node (B106 on the call's line, B107 on the <c>def</c> line with
/// the whole function as <c>line_range</c>, a multi-line call on its last line), while pyarch points at the keyword,
/// the parameter or the expression that builds the string; a match needs pyarch's lines to overlap bandit's
/// <c>line_range</c>.
/// </summary>
public sealed partial class BanditAgreementTests(ITestOutputHelper output)
{
    private static readonly string[] Mirrored = ["B201", "B105", "B106", "B107", "B608", "B610", "B611", "B308", "B703", "B506", "B602"];

    private static string Root => Path.Combine(RepoPaths.Root, "tests", "Pyarch.Rules.Tests", "Agreement", "bandit");

    [Fact]
    public void Should_report_every_bandit_finding_of_the_mirrored_checks_or_list_why_not()
    {
        // Given: bandit's findings and pyarch's on the same files, and the lines marked bandit-only.
        var bandit = RunBandit().Where(b => Mirrored.Contains(b.Id)).ToList();
        var pyarch = new RuleEngine(RuleRegistry.All).Check(Root).Findings;
        var exceptions = Exceptions();

        // When: each bandit finding looks for its pyarch counterpart.
        var failures = new List<string>();
        foreach (var finding in bandit)
        {
            bool excepted = exceptions.Any(e => e.File == finding.File && e.Line == finding.Line && e.Id == finding.Id);
            bool matched = pyarch.Any(p => Covers(p, finding.File, finding.Lines, finding.Id));
            if (!excepted && !matched)
            {
                failures.Add($"bandit {finding.Id} at {finding.File}:{finding.Line} has no pyarch finding naming bandit:{finding.Id}");
            }
        }
        var emitted = bandit.Select(b => b.Id).ToHashSet();
        foreach (var exception in exceptions)
        {
            if (pyarch.Any(p => Covers(p, exception.File, [exception.Line], exception.Id)))
            {
                failures.Add($"{exception.File}:{exception.Line} is marked bandit-only for {exception.Id}, but pyarch reports it");
            }
            // A mark must stand on a bandit finding, for the checks this bandit can report at all.
            if (emitted.Contains(exception.Id) && !bandit.Any(b => b.File == exception.File && b.Line == exception.Line && b.Id == exception.Id))
            {
                failures.Add($"{exception.File}:{exception.Line} is marked bandit-only for {exception.Id}, but bandit does not report it there");
            }
        }

        // Then: nothing is missed, and every exception is real.
        var silent = Mirrored.Where(id => !emitted.Contains(id)).ToList();
        output.WriteLine($"bandit reported {bandit.Count} findings of the mirrored checks; it reported none of: {string.Join(", ", silent)}");
        output.WriteLine($"deliberate differences: {exceptions.Count}");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.NotEmpty(bandit);
    }

    private static bool Covers(Finding finding, string file, IReadOnlyList<int> lines, string id) =>
        finding.File == file && finding.Anchors.Contains("bandit:" + id)
        && lines.Any(line => finding.Line <= line && line <= finding.EndLine);

    private sealed record BanditFinding(string File, int Line, IReadOnlyList<int> Lines, string Id);

    private sealed record Difference(string File, int Line, string Id, string Reason);

    /// <summary>Runs bandit; a missing bandit fails the test, as CI installs it from <c>.ci/apt-packages.txt</c>.</summary>
    private static List<BanditFinding> RunBandit()
    {
        ProcessOutcome outcome;
        try
        {
            outcome = ProcessRunner.Run("bandit", ["-f", "json", "-q", "-r", Root]);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("bandit is not installed: apt-get install bandit (Debian's package, listed in .ci/apt-packages.txt)", e);
        }
        Assert.True(outcome.ExitCode is 0 or 1, $"bandit exited with {outcome.ExitCode}: {outcome.Stderr}");
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Empty(json.RootElement.GetProperty("errors").EnumerateArray());
        return json.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => new BanditFinding(
                Path.GetRelativePath(Root, r.GetProperty("filename").GetString()!).Replace('\\', '/'),
                r.GetProperty("line_number").GetInt32(),
                r.GetProperty("line_range").EnumerateArray().Select(l => l.GetInt32()).ToList(),
                r.GetProperty("test_id").GetString()!))
            .ToList();
    }

    private static List<Difference> Exceptions()
    {
        var exceptions = new List<Difference>();
        foreach (string path in Directory.EnumerateFiles(Root, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string file = Path.GetRelativePath(Root, path).Replace('\\', '/');
            var lines = File.ReadAllLines(path);
            for (int i = 0; i < lines.Length; i++)
            {
                if (BanditOnly().Match(lines[i]) is { Success: true } mark)
                {
                    // A mark alone on its line is about the next line, as fixture marks are.
                    bool alone = lines[i][..mark.Index].Trim().Length == 0;
                    exceptions.Add(new Difference(file, alone ? i + 2 : i + 1, mark.Groups["id"].Value, mark.Groups["reason"].Value));
                }
            }
        }
        return exceptions;
    }

    [GeneratedRegex(@"#\s*bandit-only:\s*(?<id>B\d{3})\s+(?<reason>\S.*)$")]
    private static partial Regex BanditOnly();
}
