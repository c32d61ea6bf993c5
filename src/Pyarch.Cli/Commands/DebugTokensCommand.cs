using System.CommandLine;
using Pyarch.Project.Workspace;
using Pyarch.Python;

namespace Pyarch.Cli.Commands;

/// <summary><c>pyarch debug tokens FILE</c>: the token stream, one token a line: range, kind, text.</summary>
internal static class DebugTokensCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A Python file." }.RejectingUnknownOptions();
        var command = new Command("tokens", "Print the tokens of a Python file: line:col-line:col, kind, text.") { file };
        command.SetAction(parsed => (int)Run(console, parsed.GetValue(file)!));
        return command;
    }

    private static ExitCode Run(CliConsole console, string path)
    {
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"pyarch: no such file: {path}");
            return ExitCode.Error;
        }
        // A named pipe measures empty, and is read as empty rather than waited on (FoundFile).
        FileFailure? failure = null;
        if ((FoundFile.MeasuresEmpty(path) ? RentedBytes.Empty : PythonFileReader.TryRead(path, PythonFileReader.DefaultMaxBytes, out _, out failure)) is not { } bytes)
        {
            console.Error.WriteLine($"{path}: {failure!.Type}: {failure.Message}");
            return ExitCode.Findings;
        }
        DecodeResult decoded;
        using (bytes)
        {
            decoded = SourceDecoder.Decode(path, bytes.Span);
        }
        if (decoded.Source is not { } source)
        {
            console.Error.WriteLine(decoded.Error!.Describe(path));
            return ExitCode.Findings;
        }
        var tokens = Tokenizer.Tokenize(source);
        foreach (var token in tokens.Tokens)
        {
            var start = source.Lines.LocationOf(token.Range.Start);
            var end = source.Lines.LocationOf(token.Range.End);
            string range = $"{start.Line}:{start.Utf8Column}-{end.Line}:{end.Utf8Column}";
            console.WriteLine($"{range,-15} {token.Kind,-18} {PythonRepr.String(source[token.Range])}");
        }
        if ((tokens.Error ?? decoded.Pending) is { } error)
        {
            console.Error.WriteLine(error.Describe(path));
            return ExitCode.Findings;
        }
        return ExitCode.Clean;
    }
}
