using Pyarch.Text;

namespace Pyarch.Python.Tests;

/// <summary>A source text for hand-built trees, with ranges found by searching the text.</summary>
internal sealed class TestSource(string text)
{
    public SourceText Source { get; } = new("t.py", text);

    public TextRange All => new(0, text.TrimEnd('\n').Length);

    /// <summary>The range of <paramref name="needle"/>, searched from the end of <paramref name="after"/> when given.</summary>
    public TextRange At(string needle, string? after = null)
    {
        int from = after is null ? 0 : Find(after, 0) + after.Length;
        int start = Find(needle, from);
        return new TextRange(start, start + needle.Length);
    }

    /// <summary>From the start of <paramref name="first"/> to the end of the next <paramref name="last"/>.</summary>
    public TextRange Span(string first, string last, string? after = null)
    {
        var start = At(first, after);
        int end = Find(last, start.Start) + last.Length;
        return new TextRange(start.Start, end);
    }

    private int Find(string needle, int from)
    {
        int at = text.IndexOf(needle, from, StringComparison.Ordinal);
        return at >= 0 ? at : throw new ArgumentException($"'{needle}' not in the test source after {from}");
    }
}
