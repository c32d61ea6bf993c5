namespace Pyarch.Project.Detect;

/// <summary>
/// Finds the programs a shell command line runs: each command of a pipeline or list, past environment
/// assignments, <c>exec</c>, <c>sh -c</c>, <c>python -m X</c> and runners such as <c>poetry run</c>.
/// </summary>
public static class CommandWords
{
    private static readonly HashSet<string> Wrappers = ["exec", "nohup", "time", "env", "gosu", "su-exec", "tini", "dumb-init", "--"];

    /// <summary>Programs that start the rest of their command line: the program after them runs too.</summary>
    private static readonly HashSet<string> Launchers = ["newrelic-admin", "ddtrace-run", "opentelemetry-instrument"];

    private static readonly HashSet<string> Runners = ["poetry", "pipenv", "uv", "pdm", "hatch", "rye"];

    public static IEnumerable<string> Programs(string commandLine) =>
        Deployment.ShellScriptReader.SplitCommands(Unquote(commandLine))
            .SelectMany(command => WorkerClasses(command).Concat(InvocationsOf(command).Select(i => i.Program)));

    /// <summary>Each program a command line runs, with the words that follow it and the assignments before it.</summary>
    public static IEnumerable<CommandInvocation> Invocations(string commandLine) =>
        Deployment.ShellScriptReader.SplitCommands(Unquote(commandLine)).SelectMany(InvocationsOf);

    private static IEnumerable<CommandInvocation> InvocationsOf(string command)
    {
        var words = new Queue<string>(command.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
        var assignments = new List<string>();
        while (ProgramOf(words, assignments) is { } program)
        {
            yield return new CommandInvocation(program, [.. words], [.. assignments]);
            if (!Launchers.Contains(program))
            {
                break;
            }
        }
    }

    /// <summary>gunicorn's <c>-k uvicorn.workers.UvicornWorker</c> runs the app under the worker's package too.</summary>
    private static IEnumerable<string> WorkerClasses(string command)
    {
        var words = command.Split([' ', '\t', '='], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i + 1 < words.Length; i++)
        {
            if (words[i] is "-k" or "--worker-class" && words[i + 1].Contains('.'))
            {
                yield return words[i + 1].Split('.')[0];
            }
        }
    }

    private static string Unquote(string text) => text.Replace("\"", " ", StringComparison.Ordinal).Replace("'", " ", StringComparison.Ordinal);

    private static string? ProgramOf(Queue<string> words, List<string> assignments)
    {
        while (words.Count > 0)
        {
            string word = words.Dequeue();
            string name = Path.GetFileName(word);
            if (word.Contains('=') && !word.StartsWith('-'))
            {
                assignments.Add(word);
                continue;
            }
            if (word.Contains('=') || Wrappers.Contains(name) || word.StartsWith('-') || word == "run-program")
            {
                continue;
            }
            if (name is "sh" or "bash" && words.Count > 0 && words.Peek() == "-c")
            {
                words.Dequeue();
                continue;
            }
            if (Runners.Contains(name) && words.Count > 0 && words.Peek() is "run" or "exec")
            {
                words.Dequeue();
                continue;
            }
            if (name.StartsWith("python", StringComparison.Ordinal) && words.Count > 1 && words.Peek() == "-m")
            {
                words.Dequeue();
                return words.Dequeue();
            }
            return name;
        }
        return null;
    }
}
