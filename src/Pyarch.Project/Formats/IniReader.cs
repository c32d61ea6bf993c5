namespace Pyarch.Project.Formats;

public sealed record IniReadResult(IniDocument Document, IReadOnlyList<Problem> Problems);

/// <summary>
/// Reads INI files the way Python's configparser does by default: <c>=</c> or <c>:</c> separators, <c>#</c> and
/// <c>;</c> comment lines, and indented continuation lines appended to the previous value.
/// </summary>
public static class IniReader
{
    public static IniReadResult Read(string path, string text)
    {
        var sections = new List<IniSection>();
        var problems = new List<Problem>();
        List<IniEntry>? entries = null;
        string? key = null;
        int keyLine = 0;
        var value = new List<string>();
        var valueLines = new List<int>();
        var lines = text.Split('\n');

        void Flush()
        {
            if (key is not null && entries is not null)
            {
                entries.Add(new IniEntry(key, value.ToArray(), keyLine, valueLines.ToArray()));
            }
            key = null;
            value.Clear();
            valueLines.Clear();
        }

        for (int i = 0; i < lines.Length; i++)
        {
            string raw = lines[i].TrimEnd('\r');
            string trimmed = raw.Trim();
            bool indented = raw.Length > 0 && char.IsWhiteSpace(raw[0]);
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';')
            {
                continue;
            }
            if (indented && key is not null)
            {
                value.Add(trimmed);
                valueLines.Add(i + 1);
                continue;
            }
            Flush();
            if (trimmed[0] == '[' && trimmed.EndsWith(']'))
            {
                entries = [];
                sections.Add(new IniSection(trimmed[1..^1].Trim(), i + 1, entries));
                continue;
            }
            int sep = trimmed.IndexOfAny(['=', ':']);
            if (entries is null || sep <= 0)
            {
                problems.Add(new Problem(path, i + 1, entries is null ? "invalid INI: a value before any [section]" : $"invalid INI line: {trimmed}"));
                continue;
            }
            key = trimmed[..sep].Trim();
            keyLine = i + 1;
            value.Add(trimmed[(sep + 1)..].Trim());
            valueLines.Add(i + 1);
        }
        Flush();
        return new IniReadResult(new IniDocument(sections), problems);
    }
}
