using System.Text;

namespace Pyarch.Project.Deployment;

/// <summary>The variables an <c>ENV</c> instruction sets, in both of Docker's forms: <c>ENV A=1 B="two words"</c> and the legacy <c>ENV A one value</c>.</summary>
public static class DockerEnv
{
    public static IReadOnlyList<(string Name, string Value)> Variables(DockerInstruction env)
    {
        var words = Words(env.Arguments);
        if (words.Count == 0)
        {
            return [];
        }
        if (!words[0].Contains('='))
        {
            // Legacy form: the first word is the name and the rest of the line, as written, is the value.
            string rest = env.Arguments.Trim()[words[0].Length..].Trim();
            return [(words[0], Unquote(rest))];
        }
        return words
            .Where(w => w.IndexOf('=', StringComparison.Ordinal) > 0)
            .Select(w => (w[..w.IndexOf('=', StringComparison.Ordinal)], w[(w.IndexOf('=', StringComparison.Ordinal) + 1)..]))
            .ToList();
    }

    /// <summary>Splits on unquoted blanks and drops the quotes, as Docker's shell-word lexer does for <c>ENV</c>.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        char quote = '\0';
        bool any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == '\\' && quote == '"' && i + 1 < text.Length)
                {
                    word.Append(text[++i]);
                }
                else
                {
                    word.Append(c);
                }
                continue;
            }
            if (c is ' ' or '\t')
            {
                if (any)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    any = false;
                }
                continue;
            }
            any = true;
            if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '\\' && i + 1 < text.Length)
            {
                word.Append(text[++i]);
            }
            else
            {
                word.Append(c);
            }
        }
        if (any)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? value[1..^1] : value;
}
