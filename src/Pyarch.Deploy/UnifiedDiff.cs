using System.Text;

namespace Pyarch.Deploy;

/// <summary>A unified diff (<c>diff -u</c> format, three lines of context) between two texts, from their longest common subsequence of lines.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static string Render(string path, string before, string after)
    {
        var a = Lines(before);
        var b = Lines(after);
        var edits = Edits(a, b);
        var text = new StringBuilder($"--- a/{path}\n+++ b/{path}\n");
        int i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }
            int start = Math.Max(0, i - Context);
            int end = i;
            // Extend the hunk while the next change is within two context windows.
            while (end < edits.Count && (edits[end].Kind != ' ' || edits.Skip(end).Take(2 * Context + 1).Any(e => e.Kind != ' ')))
            {
                end++;
            }
            end = Math.Min(edits.Count, end + Context);
            var hunk = edits.GetRange(start, end - start);
            int oldStart = edits.Take(start).Count(e => e.Kind != '+') + 1;
            int newStart = edits.Take(start).Count(e => e.Kind != '-') + 1;
            text.Append($"@@ -{oldStart},{hunk.Count(e => e.Kind != '+')} +{newStart},{hunk.Count(e => e.Kind != '-')} @@\n");
            foreach (var (kind, line) in hunk)
            {
                text.Append(kind).Append(line).Append('\n');
            }
            i = end;
        }
        return text.ToString();
    }

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');

    private static List<(char Kind, string Line)> Edits(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int x = a.Length - 1; x >= 0; x--)
        {
            for (int y = b.Length - 1; y >= 0; y--)
            {
                lcs[x, y] = a[x] == b[y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
            }
        }
        var edits = new List<(char, string)>();
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (i < a.Length && j < b.Length && a[i] == b[j])
            {
                edits.Add((' ', a[i++]));
                j++;
            }
            else if (j < b.Length && (i == a.Length || lcs[i, j + 1] > lcs[i + 1, j]))
            {
                edits.Add(('+', b[j++]));
            }
            else
            {
                edits.Add(('-', a[i++]));
            }
        }
        return edits;
    }
}
