namespace Pyarch.Scaffold;

/// <summary>A template file that pyarch itself ships is malformed: a bug in pyarch, never in user input.</summary>
public sealed class TemplateException(string file, int line, string message)
    : Exception($"{file}:{line}: {message}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
