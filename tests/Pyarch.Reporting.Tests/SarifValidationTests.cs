using System.Text.Json;
using Pyarch.Tests;

namespace Pyarch.Reporting.Tests;

/// <summary>
/// pyarch's SARIF passes Microsoft's SARIF Multitool <c>validate</c> (the validator behind the SARIF web viewer)
/// with no error and no warning. The tool comes from npm: <c>npm ci</c> in <c>tests/tools</c>, which <c>test.sh</c>
/// does; the test fails, rather than skips, when it is missing.
/// </summary>
public sealed class SarifValidationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pyarch-sarif-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Multitool => Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", ".bin", "sarif-multitool");

    [Fact]
    public void Should_pass_the_sarif_multitool_validator_without_errors_or_warnings()
    {
        // Given: the SARIF of the fixed result set
        Assert.True(File.Exists(Multitool), $"the SARIF Multitool is not installed at {Multitool}; run `npm ci` in tests/tools");
        string sarif = Path.Combine(_folder, "pyarch.sarif");
        File.WriteAllText(sarif, new SarifReporter(new SourceLines(SampleResult.Root), SampleResult.Rules, "0.1.0").Render(SampleResult.Create()));
        string log = Path.Combine(_folder, "validation.sarif");

        // When
        var run = ProcessRunner.Run(Multitool, ["validate", sarif, "--output", log]);

        // Then: it ran, and reported nothing above a note
        Assert.True(run.ExitCode == 0 && File.Exists(log), $"sarif-multitool exited {run.ExitCode}\n{run.Stdout}\n{run.Stderr}");
        using var document = JsonDocument.Parse(File.ReadAllText(log));
        var run0 = document.RootElement.GetProperty("runs")[0];
        var problems = run0.GetProperty("results").EnumerateArray()
            .Select(r => (Level: r.TryGetProperty("level", out var level) ? level.GetString() : "warning", Rule: r.GetProperty("ruleId").GetString(), Text: Message(r)))
            .Where(r => r.Level is "error" or "warning")
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems.Select(p => $"{p.Level} {p.Rule}: {p.Text}")));
        var notifications = run0.GetProperty("invocations")[0];
        Assert.True(notifications.GetProperty("executionSuccessful").GetBoolean(), notifications.ToString());
    }

    private static string Message(JsonElement result)
    {
        var message = result.GetProperty("message");
        if (message.TryGetProperty("text", out var text))
        {
            return text.GetString() ?? "";
        }
        string arguments = message.TryGetProperty("arguments", out var args) ? string.Join(" | ", args.EnumerateArray().Select(a => a.GetString())) : "";
        return $"{message.GetProperty("id").GetString()} ({arguments})";
    }
}
