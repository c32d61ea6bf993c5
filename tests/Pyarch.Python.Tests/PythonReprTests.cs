using System.Globalization;
using Pyarch.Tests;

namespace Pyarch.Python.Tests;

/// <summary><c>debug tokens</c> shows token text as Python's <c>repr</c> would; python3 is the judge.</summary>
public sealed class PythonReprTests
{
    [Fact]
    public void Should_agree_with_python3_repr_on_token_like_text()
    {
        string[] samples =
        [
            "def", "'", "\"", "'\"", "\"'\"", "\\", "\n", "\r\n", "\t", "    ", "f\"{x!r}\"", "b'\\x00'",
            "é", "日本", "\U0001F600", "\u00a0", "\u200b", "\u2028", "\u0085", "\u007f", "\u0001", "a\u0300",
        ];
        static string Codes(string text) => string.Join(',', text.Select(c => ((int)c).ToString(CultureInfo.InvariantCulture)));
        string input = string.Join('\n', samples.Select(s => Codes(s) + "|" + Codes(PythonRepr.String(s))));

        // python3 rebuilds each sample and pyarch's repr of it from UTF-16 code units and compares with repr().
        var python = ProcessRunner.Run("python3",
            ["-c", """
                import sys
                def text(codes):
                    units = b''.join(int(c).to_bytes(2, 'little') for c in codes.split(',') if c)
                    return units.decode('utf-16-le', 'surrogatepass')
                for i, line in enumerate(sys.stdin.read().split('\n')):
                    sample, ours = map(text, line.split('|'))
                    if repr(sample) != ours:
                        print(f'sample {i}: python {ascii(repr(sample))}, pyarch {ascii(ours)}')
                """],
            input);

        Assert.Equal(0, python.ExitCode);
        Assert.Equal("", python.Stdout + python.Stderr);
    }
}
