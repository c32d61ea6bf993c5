using Pyarch.Project;
using Pyarch.Rules;
using Pyarch.Rules.Suppression;
using Pyarch.Tests;

namespace Pyarch.Reporting.Tests;

/// <summary>
/// One fixed result set that every format renders: findings in three files (one past a non-ASCII character, one on a
/// whole line, one a secret), one with no file, every kind of suppression, an input error and an unused suppression.
/// The rules besides PA311 are stand-ins, so the snapshots do not change when real rules are added.
/// </summary>
internal static class SampleResult
{
    public static string Root => Path.Combine(RepoPaths.Root, "tests", "Pyarch.Reporting.Tests", "Project");

    public static readonly IReadOnlyList<Rule> Rules = [RuleRegistry.Find("PA311")!, new StandIn("PA401", "dockerfile-runs-as-root", RuleCategory.Deployment, Severity.Warning, false), new StandIn("PA323", "secret-in-file", RuleCategory.Security, Severity.Error, true), new StandIn("PA601", "tests-missing", RuleCategory.Testing, Severity.Info, false)];

    public static CheckResult Create()
    {
        var debug = new Finding("PA311", "flask-debug-true", RuleCategory.Security, Severity.Error,
            "`debug=True` starts the Werkzeug debugger, which runs code sent by any client", "app.py", 4, 25, 4, 35, ["bandit:B201"])
        { Fingerprint = "0f1e2d3c4b5a69788796a5b4c3d2e1f0" };
        var root = new Finding("PA401", "dockerfile-runs-as-root", RuleCategory.Deployment, Severity.Warning,
            "The image has no `USER` instruction, so `CMD` runs as root", "Dockerfile", 3, 1, 3, 1, ["hadolint:DL3002"])
        { Fingerprint = "1111222233334444555566667777aaaa" };
        var secret = new Finding("PA323", "secret-in-file", RuleCategory.Security, Severity.Error,
            "Token `tok_…` in `API_TOKEN`", ".env", 2, 11, 2, 46, [])
        { Fingerprint = "99998888777766665555444433332222" };
        var tests = new Finding("PA601", "tests-missing", RuleCategory.Testing, Severity.Info,
            "No tests: no `tests/` folder and no `test_*.py` file", null, 1, 1, 1, 1, [])
        { Fingerprint = "abcdefabcdefabcdefabcdefabcdef01" };
        var pip = new Finding("PA401", "dockerfile-runs-as-root", RuleCategory.Deployment, Severity.Warning,
            "`pip install` keeps its cache in the image", "Dockerfile", 2, 1, 2, 1, [])
        { Fingerprint = "00000000111111112222222233333333" };
        return new CheckResult(".", [tests, secret, root, debug],
            [
                new SuppressedFinding(pip, "pyarch: ignore"),
                new SuppressedFinding(debug with { Line = 9, EndLine = 9 }, "baseline"),
                new SuppressedFinding(root with { Line = 1, EndLine = 1 }, "per-file-ignores"),
            ],
            [new Problem("broken.py", 7, "SyntaxError: invalid syntax"), new Problem("data.bin", 0, "skipped: binary file (it contains NUL bytes)")],
            5)
        {
            UnusedSuppressions = [new UnusedSuppression("app.py", 2, "PA312", "pyarch: ignore", "unused"), new UnusedSuppression("app.py", 3, null, "noqa", "unused")],
        };
    }

    private sealed class StandIn(string code, string name, RuleCategory category, Severity severity, bool secrets) : Rule
    {
        public override string Code => code;

        public override string Name => name;

        public override RuleCategory Category => category;

        public override Severity DefaultSeverity => severity;

        public override string Summary => $"Stand-in for {code} in reporter tests";

        public override string Documentation => $"## What it does\nStands in for {code}.\n";

        public override bool FindsSecrets => secrets;
    }
}
