using System.Text;
using Pyarch.Project.Workspace;

namespace Pyarch.Reporting;

/// <summary>
/// The lines of the files findings point at, each file read once, for the reporters that show code or count
/// columns in characters. Findings count columns in UTF-8 bytes, as CPython does; SARIF and GitHub count characters.
/// </summary>
public sealed class SourceLines(string root)
{
    private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);

    /// <summary>The text of a 1-based line, or null when the file or the line cannot be read.</summary>
    public string? Line(string? file, int line)
    {
        if (file is null || line < 1)
        {
            return null;
        }
        if (!_files.TryGetValue(file, out var lines))
        {
            _files[file] = lines = Read(Path.Combine(root, file));
        }
        return lines is not null && line <= lines.Length ? lines[line - 1] : null;
    }

    /// <summary>The 1-based column in Unicode code points of a 1-based UTF-8 byte column on that line.</summary>
    public int CodePointColumn(string? file, int line, int byteColumn) =>
        Line(file, line) is { } text ? text.AsSpan(0, Utf16Index(text, byteColumn)).ToString().EnumerateRunes().Count() + 1 : byteColumn;

    /// <summary>The index into <paramref name="text"/> (UTF-16) where the 1-based UTF-8 byte column falls, clamped to the line.</summary>
    public static int Utf16Index(string text, int byteColumn)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        return Encoding.UTF8.GetCharCount(bytes, 0, Math.Clamp(byteColumn - 1, 0, bytes.Length));
    }

    private static string[]? Read(string path)
    {
        try
        {
            return FoundFile.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
