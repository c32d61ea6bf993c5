namespace Pyarch.Text;

/// <summary>A decoded source file: its path as given, its text, and the line index over that text.</summary>
public sealed class SourceText
{
    private LineIndex? _lines;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }

    public string Text { get; }

    public LineIndex Lines => _lines ??= LineIndex.Build(Text);

    public string this[TextRange range] => Text.Substring(range.Start, range.Length);
}
