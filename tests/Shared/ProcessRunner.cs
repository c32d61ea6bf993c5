using System.Diagnostics;

namespace Pyarch.Tests;

/// <summary>The outcome of running a program to its end.</summary>
internal sealed record ProcessOutcome(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs external programs (python3, the built pyarch) for tests, with a time limit.</summary>
internal static class ProcessRunner
{
    public static ProcessOutcome Run(string fileName, IEnumerable<string> arguments, string? stdin = null, int timeoutSeconds = 300)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', info.ArgumentList)} ran over {timeoutSeconds} s");
        }
        return new ProcessOutcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static ProcessOutcome Python(params string[] arguments) => Run("python3", arguments);
}
