namespace Pyarch.Rules.Tests;

/// <summary>
/// A test rule that flags every line holding <c>FLAGME</c> in any file, so that configuration and suppression can be
/// tested on Dockerfiles, <c>.env</c> and YAML before real rules read them.
/// </summary>
internal sealed class MarkerRule(string code = "PA998") : Rule, IProjectRule
{
    public override string Code => code;

    public override string Name => "test-marker-" + code;

    public override RuleCategory Category => RuleCategory.Operations;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Summary => "A line holds FLAGME";

    public override string Documentation => "## What it does\nFlags FLAGME.\n";

    public override IReadOnlyList<RuleOption> Options => [new("marker", RuleOptionKind.String)];

    public void Check(ProjectContext context)
    {
        string marker = context.Options.String("marker", "FLAGME");
        foreach (var file in context.Model.Tree.Files)
        {
            var lines = File.ReadAllLines(Path.Combine(context.Model.Root, file.Path));
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains(marker, StringComparison.Ordinal))
                {
                    context.Report(file.Path, i + 1, $"`{marker}` found", lines[i]);
                }
            }
        }
    }
}
