namespace Pyarch.Project.Manifests;

/// <summary>
/// One declared dependency, normalized across all manifest formats. <see cref="Name"/> is the PEP 503 form
/// (lowercase, runs of <c>-_.</c> as one <c>-</c>); <see cref="DisplayName"/> is as written. <see cref="Group"/>
/// is null for the main dependencies, else the extra, dependency group, Poetry group or Pipfile section.
/// </summary>
public sealed record Requirement(
    string Name,
    string DisplayName,
    string Specifier,
    IReadOnlyList<string> Extras,
    string? Marker,
    string? Group,
    string File,
    int Line)
{
    public string? Url { get; init; }

    public bool Editable { get; init; }

    public static string Normalize(string name)
    {
        var chars = new System.Text.StringBuilder(name.Length);
        bool lastWasSeparator = false;
        foreach (char c in name.Trim())
        {
            bool separator = c is '-' or '_' or '.';
            if (separator)
            {
                if (!lastWasSeparator)
                {
                    chars.Append('-');
                }
            }
            else
            {
                chars.Append(char.ToLowerInvariant(c));
            }
            lastWasSeparator = separator;
        }
        return chars.ToString();
    }
}
