using System.Buffers;
using System.CommandLine;
using Pyarch.Python;

namespace Pyarch.Cli.Commands;

/// <summary>
/// <c>pyarch debug ast [--json] [--list FILE] [FILE...]</c>: parses files on all cores. With <c>--json</c>, one line
/// per file in the encoding of <c>shared/spec/ast-json.md</c>, in the order given; without, one summary line on
/// stdout and one line per refused file on stderr.
/// </summary>
internal static class DebugAstCommand
{
    public static Command Create(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print each file's tree (or error) as one JSON line, as shared/spec/ast-json.md." };
        var list = new Option<string?>("--list") { Description = "Read more paths from FILE, one per line.", HelpName = "FILE" };
        var files = new Argument<string[]>("FILE") { Description = "Python files, or directories to search for .py files.", Arity = ArgumentArity.ZeroOrMore }.RejectingUnknownOptions();
        var command = new Command("ast", "Parse Python files and print their syntax trees or a summary.") { json, list, files };
        command.SetAction(parsed => (int)Run(console, parsed.GetValue(files) ?? [], parsed.GetValue(list), parsed.GetValue(json)));
        return command;
    }

    private static ExitCode Run(CliConsole console, string[] files, string? listFile, bool json)
    {
        if (InputPaths.Resolve(files, listFile, console.Error) is not { Paths: var paths } input)
        {
            return ExitCode.Error;
        }
        int refused = 0;
        if (json)
        {
            PythonFileBatch.Run(paths, ToJsonLine, line =>
            {
                refused += line.Refused ? 1 : 0;
                console.Out.Write(line.Utf8.WrittenSpan);
            }, measuresEmpty: input.MeasuresEmpty);
        }
        else
        {
            long bytes = 0;
            PythonFileBatch.Run(paths, outcome => (outcome.Length, Problem: ProblemLine(outcome)), file =>
            {
                bytes += file.Length;
                if (file.Problem is not null)
                {
                    refused++;
                    console.Error.WriteLine(file.Problem);
                }
            }, measuresEmpty: input.MeasuresEmpty);
            console.WriteLine($"files: {paths.Count}, bytes: {bytes}, refused: {refused}");
        }
        return refused == 0 ? ExitCode.Clean : ExitCode.Findings;
    }

    private static (ArrayBufferWriter<byte> Utf8, bool Refused) ToJsonLine(PythonFileOutcome outcome)
    {
        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(outcome.Length * 16 + 256, 1 << 24));
        if (outcome.Result is { } result)
        {
            AstJsonWriter.Write(buffer, outcome.Path, result);
        }
        else
        {
            AstJsonWriter.WriteFailure(buffer, outcome.Path, outcome.Failure!);
        }
        buffer.Write("\n"u8);
        return (buffer, !outcome.Parsed);
    }

    /// <summary><c>path:line:col: SyntaxError: message</c>, or <c>path: OSError: message</c>; null for a parsed file.</summary>
    private static string? ProblemLine(PythonFileOutcome outcome) => outcome switch
    {
        { Parsed: true } => null,
        { Result.Error: { } error } => error.Describe(outcome.Path),
        { Failure: { } failure } => $"{outcome.Path}: {failure.Type}: {failure.Message}",
        _ => $"{outcome.Path}: InternalError: no tree and no error",
    };
}
