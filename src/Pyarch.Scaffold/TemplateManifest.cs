namespace Pyarch.Scaffold;

/// <summary>
/// Parses <c>Templates/&lt;template&gt;/manifest.txt</c>. Each line is
/// <c>DESTINATION [&lt;- SOURCE] [if CONDITION] [verbatim]</c>; without a source the file is the destination's path inside
/// the template's folder. Sources are relative to <c>Templates/</c> so templates can share files from
/// <c>common/</c>. <c>include FILE</c> inserts the entries of another manifest (under <c>Templates/</c>), so
/// files every template ships are listed once. <c>#</c> starts a comment line.
/// </summary>
internal static class TemplateManifest
{
    public static IReadOnlyList<ManifestEntry> Load(string templateId)
    {
        var entries = new List<ManifestEntry>();
        Read(templateId + "/manifest.txt", templateId, entries, depth: 0);
        return entries;
    }

    private static void Read(string file, string templateId, List<ManifestEntry> entries, int depth)
    {
        var lines = TemplateResources.Read(file).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith("include ", StringComparison.Ordinal))
            {
                if (depth > 4)
                {
                    throw new TemplateException(file, i + 1, "includes nest too deeply");
                }
                Read(line["include ".Length..].Trim(), templateId, entries, depth + 1);
                continue;
            }
            bool verbatim = line.EndsWith(" verbatim", StringComparison.Ordinal);
            if (verbatim)
            {
                line = line[..^" verbatim".Length].TrimEnd();
            }
            string? condition = null;
            int ifAt = line.IndexOf(" if ", StringComparison.Ordinal);
            if (ifAt >= 0)
            {
                condition = line[(ifAt + 4)..].Trim();
                line = line[..ifAt].Trim();
            }
            int arrow = line.IndexOf("<-", StringComparison.Ordinal);
            string destination = arrow >= 0 ? line[..arrow].Trim() : line;
            string source = arrow >= 0 ? line[(arrow + 2)..].Trim() : templateId + "/" + destination;
            if (destination.Length == 0 || source.Length == 0)
            {
                throw new TemplateException(file, i + 1, "expected 'DESTINATION [<- SOURCE] [if CONDITION]'");
            }
            entries.Add(new ManifestEntry(destination, source, condition, verbatim, i + 1));
        }
    }
}
