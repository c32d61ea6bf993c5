using System.Text;

namespace Pyarch.Cli;

/// <summary>
/// Where a command writes: results to <see cref="Out"/> as UTF-8 bytes (fast, and exact for JSON), progress and
/// errors to <see cref="Error"/>. Tests pass memory streams; the process passes its standard streams.
/// </summary>
public sealed class CliConsole(Stream output, TextWriter error) : IDisposable
{
    public Stream Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Whether results may use ANSI colours: stdout is a terminal and <c>NO_COLOR</c> is unset. Never in tests.</summary>
    public bool Color { get; init; }

    /// <summary>
    /// The process's stdout (buffered; flushed on dispose) and stderr. Outside Windows stderr is UTF-8, opened directly
    /// rather than through <see cref="Console.Error"/>, which first works out the terminal's encoding: start-up time
    /// for every command, and pyarch writes UTF-8 to stdout whatever the locale says anyway. A Windows console may
    /// use another code page, and <see cref="Console.Error"/> knows which. The stdout buffer is 8 KB: a larger one is
    /// fresh memory to clear and fault in at every start (64 KB cost 17 page faults and about 0.5 ms of printing the
    /// version). Writes larger than the buffer go straight through; smaller ones are gathered 8 KB at a time, which
    /// wrote the stdlib's JSON trees (350 MB) no slower.
    /// </summary>
    public static CliConsole ForProcess() =>
        new(
            new BufferedStream(Console.OpenStandardOutput(), 1 << 13),
            OperatingSystem.IsWindows()
                ? Console.Error
                : TextWriter.Synchronized(new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true }))
        {
            Color = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
        };

    public void Write(string text) => Out.Write(Encoding.UTF8.GetBytes(text));

    public void WriteLine(string text)
    {
        Out.Write(Encoding.UTF8.GetBytes(text));
        Out.WriteByte((byte)'\n');
    }

    public void Dispose()
    {
        Out.Flush();
        Error.Flush();
    }
}
