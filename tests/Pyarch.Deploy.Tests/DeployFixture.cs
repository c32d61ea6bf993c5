using Pyarch.Tests;

namespace Pyarch.Deploy.Tests;

/// <summary>Plans deployment files for a fixture project under <c>Fixtures/</c>, in-process, writing nothing.</summary>
internal static class DeployFixture
{
    public static readonly string[] AllTargets = DeployTargets.All.Select(t => t.Id).ToArray();

    public static string PathOf(string name) => Path.Combine(RepoPaths.Root, "tests", "Pyarch.Deploy.Tests", "Fixtures", name);

    public static DeployPlan Plan(string name, string[]? targets = null, params string[] entries) =>
        DeployPlanner.Plan(PathOf(name), new DeployRequest(targets ?? AllTargets, entries));

    public static string Text(this DeployPlan plan, string path) =>
        plan.Files.SingleOrDefault(f => f.Path == path)?.Text ?? throw new InvalidOperationException($"{path} was not generated: {string.Join(", ", plan.Files.Select(f => f.Path))}");

    /// <summary>Lines that are not comments: what a platform actually reads.</summary>
    public static string[] Instructions(this DeployPlan plan, string path) =>
        plan.Text(path).Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    public static string Line(this DeployPlan plan, string path, string prefix) =>
        plan.Instructions(path).Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
}
