using Pyarch.Python;
using Pyarch.Text;

namespace Pyarch.Rules.Suppression;

/// <summary>
/// Finds suppression comments. In Python the tokenizer finds the comments, so <c>"# noqa"</c> inside a string is not
/// one, and a comment applies to its own line, as Ruff's <c>noqa</c> does. In the other <c>#</c>-comment formats
/// (Dockerfile, <c>.env</c>, YAML, TOML, requirements, Procfile) a comment alone on its line applies to the next line,
/// since a trailing <c>#</c> would change an instruction or a value there; a trailing comment applies to its own line.
/// </summary>
public static class SuppressionComments
{
    public const string Noqa = "noqa";
    public const string Ignore = "pyarch: ignore";
    public const string IgnoreFile = "pyarch: ignore-file";

    /// <summary>A cheap test run before any tokenizing: most files hold no suppression at all.</summary>
    public static bool MayHoldAny(string text) =>
        text.Contains("pyarch:", StringComparison.Ordinal) || text.Contains("noqa", StringComparison.OrdinalIgnoreCase);

    public static List<SuppressionComment> InPython(SourceText source)
    {
        var found = new List<SuppressionComment>();
        if (!MayHoldAny(source.Text))
        {
            return found;
        }
        foreach (var token in Tokenizer.Tokenize(source).Tokens)
        {
            if (token.Kind == TokenKind.Comment)
            {
                int line = source.Lines.LineOf(token.Range.Start).Value;
                Parse(source[token.Range], line, line, found);
            }
        }
        return found;
    }

    public static List<SuppressionComment> InText(string text)
    {
        var found = new List<SuppressionComment>();
        if (!MayHoldAny(text))
        {
            return found;
        }
        int number = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            number++;
            int hash = CommentStart(line);
            if (hash >= 0)
            {
                bool alone = line[..hash].IsWhiteSpace();
                Parse(line[hash..].ToString(), number, alone ? number + 1 : number, found);
            }
        }
        return found;
    }

    /// <summary>A <c>#</c> at the start of the line or after whitespace; <c>a#b</c> in a URL or a colour is not a comment.</summary>
    private static int CommentStart(ReadOnlySpan<char> line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Reads every directive of one comment: <c># type: ignore # noqa: PA311</c> holds one after another tool's.</summary>
    internal static void Parse(string comment, int line, int target, List<SuppressionComment> found)
    {
        foreach (string part in comment.Split('#', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith(Noqa, StringComparison.OrdinalIgnoreCase) && (part.Length == 4 || part[4] is ':' or ' '))
            {
                string rest = part[4..].TrimStart();
                if (!rest.StartsWith(':'))
                {
                    found.Add(new SuppressionComment(line, target, null, Noqa));
                    continue;
                }
                // "noqa: E501, PA311" may name other linters' codes; only pyarch's are ours, and a list of none is not ours.
                var codes = Codes(rest[1..]).Where(c => c.StartsWith("PA", StringComparison.Ordinal)).ToList();
                if (codes.Count > 0)
                {
                    found.Add(new SuppressionComment(line, target, codes, Noqa));
                }
            }
            else if (part.StartsWith("pyarch:", StringComparison.Ordinal))
            {
                string directive = part[7..].TrimStart();
                string by = directive.StartsWith("ignore-file", StringComparison.Ordinal) ? IgnoreFile
                    : directive.StartsWith("ignore", StringComparison.Ordinal) ? Ignore : "";
                if (by.Length == 0)
                {
                    continue;
                }
                string rest = directive[(by.Length - "pyarch: ".Length)..];
                if (rest.Length > 0 && rest[0] is not ('[' or ' ' or '\t'))
                {
                    continue;
                }
                rest = rest.TrimStart();
                int close = rest.IndexOf(']', StringComparison.Ordinal);
                found.Add(rest.StartsWith('[') && close > 0
                    ? new SuppressionComment(line, target, Codes(rest[1..close]).ToList(), by)
                    : new SuppressionComment(line, target, null, by));
            }
        }
    }

    private static IEnumerable<string> Codes(string list) =>
        list.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .TakeWhile(c => c.Length > 1 && char.IsAsciiLetterUpper(c[0]) && char.IsAsciiDigit(c[^1]));
}
