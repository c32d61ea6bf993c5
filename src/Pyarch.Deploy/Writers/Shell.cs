namespace Pyarch.Deploy.Writers;

/// <summary>Renders argv words as one POSIX shell command line (Procfile, fly.toml): safe words bare, words with <c>$</c> left for the shell to expand (<c>0.0.0.0:$PORT</c>), others single-quoted.</summary>
internal static class Shell
{
    public static string Join(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));

    public static string Quote(string word)
    {
        bool safe = word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "_@%+=:,./-".Contains(c, StringComparison.Ordinal));
        return safe || word.Contains('$', StringComparison.Ordinal) ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>A JSON array of strings, as Dockerfile exec form and compose take it.</summary>
    public static string Json(IEnumerable<string> words) => "[" + string.Join(", ", words.Select(DoubleQuoted)) + "]";

    /// <summary>A double-quoted string with <c>\</c> and <c>"</c> escaped: valid JSON, TOML basic string and Python literal alike.</summary>
    public static string DoubleQuoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The container's health probe: the image has Python but no curl.</summary>
    public static IReadOnlyList<string> HealthProbe(string path) =>
        ["python", "-c", $"import urllib.request; urllib.request.urlopen('http://127.0.0.1:{WebServer.ContainerPort}{path}', timeout=4)"];
}
