using System.Buffers;
using System.Text;
using Pyarch.Tests;

namespace Pyarch.Python.Tests;

/// <summary>Strings are escaped exactly as Python's <c>json.dumps(ensure_ascii=True)</c>; python3 is the judge.</summary>
public sealed class PythonJsonOutputTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("q\"b\\", "\"q\\\"b\\\\\"")]
    [InlineData("\n\r\t\b\f", "\"\\n\\r\\t\\b\\f\"")]
    [InlineData("\u0001\u001f\u007f", "\"\\u0001\\u001f\\u007f\"")]
    [InlineData("é€", "\"\\u00e9\\u20ac\"")]
    [InlineData("\U0001F600", "\"\\ud83d\\ude00\"")]
    public void Should_escape_like_python_json(string text, string expected)
    {
        Assert.Equal(expected, Json(text));
    }

    [Fact]
    public void Should_escape_a_lone_surrogate_as_its_own_code_unit()
    {
        // Attribute arguments cannot carry a lone surrogate (they are stored as UTF-8), hence a Fact.
        Assert.Equal("\"\\ud800x\\udfff\"", Json("\ud800x\udfff"));
    }

    [Fact]
    public void Should_agree_with_python3_json_dumps_on_random_strings()
    {
        // Given: strings of random UTF-16 units, lone surrogates included
        var random = new Random(7);
        var strings = Enumerable.Range(0, 2000).Select(_ =>
        {
            var chars = new char[random.Next(0, 40)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) switch
                {
                    0 => (char)random.Next(0, 0x80),
                    1 => (char)random.Next(0xD800, 0xE000),
                    _ => (char)random.Next(0, 0x10000),
                };
            }
            return new string(chars);
        }).ToList();
        string input = string.Join('\n', strings.Select(s => string.Join(',', s.Select(c => ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        // When: python3 builds the same strings (surrogates as lone code points) and dumps them
        var python = ProcessRunner.Run("python3",
            ["-c", "import json,sys\nfor line in sys.stdin.read().split('\\n'):\n    print(json.dumps(''.join(chr(int(c)) for c in line.split(',') if c), ensure_ascii=True))"],
            input);

        // Then
        Assert.Equal(0, python.ExitCode);
        var expected = python.Stdout.Split('\n');
        for (int i = 0; i < strings.Count; i++)
        {
            Assert.Equal(expected[i], Json(strings[i]));
        }
    }

    private static string Json(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new PythonJsonOutput(buffer).String(text);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
