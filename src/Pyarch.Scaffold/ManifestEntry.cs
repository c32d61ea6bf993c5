namespace Pyarch.Scaffold;

/// <summary>One line of a template's <c>manifest.txt</c>: where a file goes, where it comes from, and when.</summary>
/// <param name="Verbatim">Copied as-is: files in another template language, such as Django's HTML templates.</param>
internal sealed record ManifestEntry(string Destination, string Source, string? Condition, bool Verbatim, int Line);
