namespace Pyarch.Scaffold;

/// <summary>The library entry point of <c>pyarch new</c>: render a template, then write it safely.</summary>
public static class ProjectGenerator
{
    /// <summary>Renders every file of the project in memory.</summary>
    public static ProjectPlan Plan(ProjectSettings settings, string toolVersion)
    {
        var model = TemplateModelFactory.Create(settings, toolVersion);
        var files = new List<GeneratedFile>();
        string manifest = settings.Template.Id + "/manifest.txt";
        foreach (var entry in TemplateManifest.Load(settings.Template.Id))
        {
            if (entry.Condition is not null && !TemplateCondition.Evaluate(entry.Condition, model, manifest, entry.Line))
            {
                continue;
            }
            string path = TemplateRenderer.Substitute(entry.Destination, model, manifest, entry.Line);
            string text = TemplateResources.Read(entry.Source);
            string content = entry.Verbatim ? text : TemplateRenderer.Render(text, model, entry.Source);
            files.Add(new GeneratedFile(path, content));
        }
        var duplicate = files.GroupBy(f => f.Path).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new TemplateException(manifest, 0, $"'{duplicate.Key}' is written twice");
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new ProjectPlan(settings, files);
    }

    /// <summary>
    /// Writes the plan into a sibling temporary folder and moves it into place, so a failure never leaves a
    /// half-written project. An existing non-empty folder is refused unless <paramref name="force"/>, and then
    /// only the generated files are replaced: the user's other files stay.
    /// </summary>
    public static void Write(ProjectPlan plan, bool force)
    {
        string target = plan.Settings.OutputDirectory;
        if (File.Exists(target))
        {
            throw new ScaffoldError($"'{target}' is a file; choose another name or --output folder");
        }
        bool exists = Directory.Exists(target);
        if (exists && Directory.EnumerateFileSystemEntries(target).Any() && !force)
        {
            throw new ScaffoldError($"'{target}' already exists and is not empty; use --force to write into it, or --output to choose another folder");
        }
        string parent = Path.GetDirectoryName(target) ?? throw new ScaffoldError($"cannot write to '{target}'");
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, $".pyarch-new-{Guid.NewGuid():N}");
        try
        {
            foreach (var file in plan.Files)
            {
                string path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content);
            }
            if (exists)
            {
                MergeInto(staging, target);
            }
            else
            {
                Directory.Move(staging, target);
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void MergeInto(string staging, string target)
    {
        foreach (var source in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
        {
            string destination = Path.Combine(target, Path.GetRelativePath(staging, source));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(source, destination, overwrite: true);
        }
    }
}
