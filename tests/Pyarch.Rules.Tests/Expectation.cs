using System.Text.RegularExpressions;

namespace Pyarch.Rules.Tests;

/// <summary>
/// One finding a fixture says must happen: a file (null for a project-level finding with no file), a line, a code,
/// and optionally a 1-based column and a substring of the message.
/// </summary>
internal sealed partial record Expectation(string? File, int Line, string Code, int? Column, string? MessagePart)
{
    public bool Matches(Finding finding) =>
        finding.File == File && finding.Line == Line && finding.Code == Code
        && (Column is null || finding.Column == Column)
        && (MessagePart is null || finding.Message.Contains(MessagePart, StringComparison.Ordinal));

    /// <summary>The marks of one <c># expect:</c> comment: <c>CODE</c>, <c>COL CODE</c>, <c>CODE "text"</c>, several separated by <c>;</c>.</summary>
    public static IEnumerable<Expectation> Parse(string marks, string? file, int line)
    {
        foreach (string mark in marks.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = MarkPattern().Match(mark);
            if (!match.Success)
            {
                throw new FormatException($"{file}:{line}: cannot read the expectation `{mark}`; write `CODE`, `COL CODE` or `CODE \"message part\"`");
            }
            yield return new Expectation(
                file,
                line,
                match.Groups["code"].Value,
                match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value) : null,
                match.Groups["text"].Success ? match.Groups["text"].Value : null);
        }
    }

    /// <summary>The line to paste into a fixture so that this finding is expected.</summary>
    public static string PasteReady(Finding finding) =>
        $"{finding.File ?? "-"}:{finding.Line}: # expect: {finding.Column} {finding.Code} \"{finding.Message}\"";

    [GeneratedRegex("""^(?:(?<column>\d+)\s+)?(?<code>PA\d{3})(?:\s+"(?<text>[^"]*)")?$""")]
    private static partial Regex MarkPattern();
}
