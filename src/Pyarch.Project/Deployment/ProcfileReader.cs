namespace Pyarch.Project.Deployment;

/// <summary>Reads a Heroku <c>Procfile</c>: one <c>process: command</c> per line.</summary>
public static class ProcfileReader
{
    public static DeploymentFile Read(string path, string text)
    {
        var commands = new List<ServiceCommand>();
        var problems = new List<Problem>();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !line[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                problems.Add(new Problem(path, i + 1, $"invalid Procfile line (expected 'process: command'): {line}"));
                continue;
            }
            commands.Add(new ServiceCommand(path, i + 1, line[(colon + 1)..].Trim(), "Procfile " + line[..colon]));
        }
        return new DeploymentFile(path, "procfile", commands, problems);
    }
}
