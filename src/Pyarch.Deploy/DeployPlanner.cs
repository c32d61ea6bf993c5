using Pyarch.Project;

namespace Pyarch.Deploy;

/// <summary>The entry point of <c>pyarch deploy</c>: reads the project, decides, and renders the requested targets. Writes nothing.</summary>
public static class DeployPlanner
{
    public static DeployPlan Plan(string root, DeployRequest request)
    {
        var unknown = request.Targets.Where(t => DeployTargets.All.All(d => d.Id != t)).ToList();
        if (unknown.Count > 0)
        {
            throw new DeployException($"unknown target {unknown[0]}: choose from {string.Join(", ", DeployTargets.All.Select(t => t.Id))}");
        }
        var model = ProjectLoader.Load(root);
        // Files pyarch could not read may hide the entry point: say which, whatever happens next.
        var notes = model.Problems.Select(p => $"could not read {p}").ToList();
        DeployFacts facts;
        try
        {
            facts = DeployAnalysis.Analyze(model, request.Entries, notes);
        }
        catch (DeployException e) when (model.Problems.Count > 0)
        {
            throw new DeployException(e.Message + "\n" + string.Join('\n', notes.Select(n => "  " + n)));
        }
        var targets = request.Targets.Count == 0 ? DeployTargets.Default : request.Targets;
        var files = DeployTargets.All.Where(t => targets.Contains(t.Id)).SelectMany(t => t.Write(facts)).ToList();
        return new DeployPlan(facts, files, notes);
    }
}
