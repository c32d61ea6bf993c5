using Pyarch.Rules.Suppression;

namespace Pyarch.Rules.Tests;

public sealed class BaselineTests
{
    private const string App = "from flask import Flask\n\napp = Flask(__name__)\napp.run(debug=True)\n";

    [Fact]
    public void Should_keep_a_baselined_finding_suppressed_after_a_line_shift_but_report_a_second_identical_one()
    {
        // Given: a baseline written for one finding
        using var project = new TempProject(("app.py", App));
        var engine = new RuleEngine([new Rules.Security.FlaskDebugTrue()]);
        string written = Baseline.Write(engine.Check(project.Root).Findings);
        var (baseline, error) = Baseline.Read("baseline.json", written);
        Assert.Null(error);

        // When: lines are inserted above it, and the same call is added again
        project.Write("app.py", "import os\n\n\n" + App.Replace("app.run(debug=True)\n", "app.run(debug=True)\n\n\napp.run(debug=True)\n", StringComparison.Ordinal));
        var result = baseline!.Apply(engine.Check(project.Root));

        // Then: the old one is suppressed by the baseline, the new identical one is reported
        Assert.Equal([10], result.Findings.Select(f => f.Line));
        var suppressed = Assert.Single(result.Suppressed);
        Assert.Equal((7, "baseline"), (suppressed.Finding.Line, suppressed.By));
    }

    [Fact]
    public void Should_write_counts_per_fingerprint_with_code_and_file_for_humans()
    {
        using var project = new TempProject(("app.py", App + "app.run(debug=True)\n"));
        var findings = new RuleEngine([new Rules.Security.FlaskDebugTrue()]).Check(project.Root).Findings;

        string written = Baseline.Write(findings);

        Assert.Equal($$"""
            {
              "schema": "pyarch.baseline/1",
              "findings": [
                {
                  "code": "PA311",
                  "file": "app.py",
                  "fingerprint": "{{findings[0].Fingerprint}}",
                  "count": 2
                }
              ]
            }

            """, written);
    }

    [Theory]
    [InlineData("{\"schema\": \"other\", \"findings\": []}", "baseline.json: not a pyarch baseline")]
    [InlineData("{\n  \"schema\": \"pyarch.baseline/1\",\n  \"findings\": [\n}", "baseline.json:4: invalid JSON")]
    [InlineData("{\"schema\": \"pyarch.baseline/1\", \"findings\": [{\"fingerprint\": \"x\"}]}", "baseline.json: every baseline entry needs")]
    public void Should_refuse_a_file_that_is_not_a_baseline(string text, string message)
    {
        var (baseline, error) = Baseline.Read("baseline.json", text);

        Assert.Null(baseline);
        Assert.StartsWith(message, error!.ToString());
    }
}
