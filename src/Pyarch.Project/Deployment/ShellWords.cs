using System.Text;

namespace Pyarch.Project.Deployment;

/// <summary>
/// Splits POSIX shell text the way <c>sh</c> reads it, without expanding anything: quotes and backslashes are
/// removed, <c>#</c> starts a comment at a word's start, redirections and their targets are dropped, and a script
/// is cut into simple commands at <c>;</c>, <c>&amp;</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>|</c>, newlines,
/// parentheses and braces. The reserved words that open a compound command's body (<c>then</c>, <c>do</c>, ...) are
/// dropped so that the command inside them is seen; <c>$(...)</c> and backquotes stay inside their word.
/// </summary>
public static class ShellWords
{
    private static readonly HashSet<string> Reserved = ["!", "{", "}", "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "time"];

    /// <summary>The simple commands of a script, in order; <c>for</c> and <c>case</c> heads are not commands and are left out.</summary>
    public static IReadOnlyList<ShellCommand> Commands(string script)
    {
        var commands = new List<ShellCommand>();
        foreach (var words in Tokenize(script, splitCommands: true))
        {
            int start = 0;
            while (start < words.Count && Reserved.Contains(words[start]))
            {
                start++;
            }
            if (start == words.Count || words[start] is "for" or "case" or "esac")
            {
                continue;
            }
            int program = start;
            while (program < words.Count && IsAssignment(words[program]))
            {
                program++;
            }
            commands.Add(new ShellCommand(words[start..program], words[program..]));
        }
        return commands;
    }

    /// <summary>The words of one command line, split at unquoted blanks only (as <c>ENV</c> and <c>ARG</c> read them).</summary>
    public static IReadOnlyList<string> Split(string text) => Tokenize(text, splitCommands: false).SelectMany(w => w).ToList();

    private static bool IsAssignment(string word)
    {
        int eq = word.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 && (char.IsAsciiLetter(word[0]) || word[0] == '_') && word[..eq].All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
    }

    private static List<List<string>> Tokenize(string text, bool splitCommands)
    {
        var commands = new List<List<string>> { new() };
        var word = new StringBuilder();
        bool inWord = false;
        bool dropNext = false;
        void EndWord()
        {
            if (inWord)
            {
                if (dropNext)
                {
                    dropNext = false;
                }
                else
                {
                    commands[^1].Add(word.ToString());
                }
            }
            word.Clear();
            inWord = false;
        }
        void EndCommand()
        {
            EndWord();
            if (commands[^1].Count > 0)
            {
                commands.Add([]);
            }
        }
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\\' when i + 1 < text.Length:
                    if (text[i + 1] != '\n')
                    {
                        word.Append(text[i + 1]);
                        inWord = true;
                    }
                    i++;
                    break;
                case '\'':
                    int close = text.IndexOf('\'', i + 1);
                    close = close < 0 ? text.Length : close;
                    word.Append(text, i + 1, close - i - 1);
                    inWord = true;
                    i = close;
                    break;
                case '"':
                    i = ReadDoubleQuoted(text, i + 1, word);
                    inWord = true;
                    break;
                case '$' when i + 1 < text.Length && text[i + 1] == '(':
                case '`':
                    i = ReadSubstitution(text, i, word);
                    inWord = true;
                    break;
                case '#' when !inWord:
                    while (i + 1 < text.Length && text[i + 1] != '\n')
                    {
                        i++;
                    }
                    break;
                case ' ' or '\t' or '\r':
                    EndWord();
                    break;
                case '>' or '<':
                    if (inWord && word.ToString().All(char.IsAsciiDigit))
                    {
                        word.Clear();
                        inWord = false;
                    }
                    EndWord();
                    while (i + 1 < text.Length && text[i + 1] is '>' or '<' or '&' or '|')
                    {
                        i++;
                    }
                    dropNext = true;
                    if (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && (i + 2 == text.Length || text[i + 2] is ' ' or '\t' or '\n' or ';'))
                    {
                        i++; // 2>&1: the target is a descriptor.
                        dropNext = false;
                    }
                    break;
                case '\n' or ';' or '&' or '|' or '(' or ')' when splitCommands:
                    EndCommand();
                    break;
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }
        EndWord();
        if (commands[^1].Count == 0)
        {
            commands.RemoveAt(commands.Count - 1);
        }
        return commands;
    }

    /// <summary>Inside double quotes a backslash escapes only <c>$ ` " \</c> and the newline.</summary>
    private static int ReadDoubleQuoted(string text, int i, StringBuilder word)
    {
        for (; i < text.Length && text[i] != '"'; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '$' or '`' or '"' or '\\' or '\n')
            {
                if (text[++i] != '\n')
                {
                    word.Append(text[i]);
                }
                continue;
            }
            word.Append(text[i]);
        }
        return i;
    }

    /// <summary>Copies <c>$( ... )</c> (balanced) or <c>` ... `</c> into the word as written.</summary>
    private static int ReadSubstitution(string text, int i, StringBuilder word)
    {
        if (text[i] == '`')
        {
            int end = text.IndexOf('`', i + 1);
            end = end < 0 ? text.Length - 1 : end;
            word.Append(text, i, end - i + 1);
            return end;
        }
        int depth = 0;
        int j = i + 1;
        for (; j < text.Length; j++)
        {
            if (text[j] == '(')
            {
                depth++;
            }
            else if (text[j] == ')' && --depth == 0)
            {
                break;
            }
        }
        j = Math.Min(j, text.Length - 1);
        word.Append(text, i, j - i + 1);
        return j;
    }
}
