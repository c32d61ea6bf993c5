using System.Text;

namespace Pyarch.Scaffold.Tests;

/// <summary>A minimal line diff (longest common subsequence) for readable snapshot failures.</summary>
internal static class LineDiff
{
    public static string Format(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }
        var output = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                output.Append($"-{x + 1}: {a[x++]}\n");
            }
            else
            {
                output.Append($"+{y + 1}: {b[y++]}\n");
            }
        }
        return output.ToString();
    }
}
