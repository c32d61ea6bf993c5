namespace Pyarch.Project.Deployment;

/// <summary>
/// Reads a shell script that a container or Procfile runs (<c>entrypoint.sh</c>, <c>start.sh</c>): each command
/// of each logical line, split at <c>&amp;&amp;</c>, <c>||</c>, <c>;</c> and <c>|</c>, is a command it may run.
/// </summary>
public static class ShellScriptReader
{
    public static IReadOnlyList<ServiceCommand> Read(string path, string text)
    {
        var commands = new List<ServiceCommand>();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int start = i;
            string line = lines[i].TrimEnd('\r');
            while (line.EndsWith('\\') && i + 1 < lines.Length)
            {
                line = line[..^1] + " " + lines[++i].TrimEnd('\r');
            }
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            foreach (string part in SplitCommands(line))
            {
                commands.Add(new ServiceCommand(path, start + 1, part, "script"));
            }
        }
        return commands;
    }

    public static IEnumerable<string> SplitCommands(string line) =>
        line.Split(["&&", "||", ";", "|"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
