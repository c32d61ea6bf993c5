using System.Reflection;

namespace Pyarch.Scaffold;

/// <summary>Reads the template files embedded in this assembly under <c>Templates/</c>.</summary>
internal static class TemplateResources
{
    private static readonly Assembly Assembly = typeof(TemplateResources).Assembly;

    public static string Read(string path)
    {
        using var stream = Assembly.GetManifestResourceStream("Templates/" + path)
            ?? throw new TemplateException(path, 0, "no such template file is embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public static IEnumerable<string> All() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Templates/", StringComparison.Ordinal))
            .Select(n => n["Templates/".Length..]);
}
