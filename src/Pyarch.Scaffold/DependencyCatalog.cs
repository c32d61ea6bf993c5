namespace Pyarch.Scaffold;

/// <summary>Selects the pinned requirements of <c>Templates/dependencies.txt</c> that a project needs.</summary>
internal static class DependencyCatalog
{
    private const string File = "dependencies.txt";

    public static IReadOnlyList<Requirement> Select(TemplateModel model)
    {
        var selected = new List<Requirement>();
        var lines = TemplateResources.Read(File).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var pin = parts.Length == 3 ? parts[0].Split("==") : [];
            if (pin.Length != 2 || parts[1] is not ("main" or "dev"))
            {
                throw new TemplateException(File, i + 1, "expected 'NAME==VERSION main|dev CONDITION'");
            }
            if (TemplateCondition.Evaluate(parts[2], model, File, i + 1))
            {
                selected.Add(new Requirement(pin[0], pin[1], parts[1] == "dev"));
            }
        }
        return selected;
    }
}
