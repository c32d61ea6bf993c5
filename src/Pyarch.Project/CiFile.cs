namespace Pyarch.Project;

/// <summary>A CI or build pipeline file, kept as text so deploy steps can be found in it with their lines.</summary>
public sealed record CiFile(string File, string Text)
{
    /// <summary>The 1-based line of the first occurrence of <paramref name="needle"/>, or 0.</summary>
    public int LineOf(string needle)
    {
        int at = Text.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? 0 : Text.AsSpan(0, at).Count('\n') + 1;
    }
}
