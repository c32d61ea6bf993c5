using System.Globalization;
using Pyarch.Tests;

namespace Pyarch.Python.Tests;

/// <summary>Float constants are written as Python's <c>repr</c>; python3 itself is the judge.</summary>
public sealed class PythonFloatFormatTests
{
    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(1e-4, "0.0001")]
    [InlineData(1.5, "1.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(2.5e-5, "2.5e-05")]
    [InlineData(100.0, "100.0")]
    public void Should_match_python_repr_on_edge_cases(double value, string expected)
    {
        Assert.Equal(expected, PythonFloatFormat.Repr(value));
    }

    [Fact]
    public void Should_agree_with_python3_repr_on_many_doubles()
    {
        // Given: edge cases around the exponent switch, powers of ten, and random bit patterns
        var values = new List<double> { 0.3, 2.0 / 3, 1e22, 1e23, 9007199254740993, 4.35, 0.000123, 1234567890123456.7, 9999999999999998.0 };
        for (int exponent = -330; exponent <= 310; exponent++)
        {
            values.Add(Math.Pow(10, exponent));
            values.Add(1.5 * Math.Pow(10, exponent));
            values.Add(9.999999999999999 * Math.Pow(10, exponent));
        }
        var random = new Random(20261128);
        for (int i = 0; i < 20000; i++)
        {
            double d = BitConverter.Int64BitsToDouble(random.NextInt64());
            values.Add(double.IsNaN(d) ? 1.0 : d);
            values.Add(Math.Round(random.NextDouble() * 1000, random.Next(0, 8)));
        }
        string input = string.Join('\n', values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString("x16", CultureInfo.InvariantCulture)));

        // When: python3 formats the same bit patterns
        var python = ProcessRunner.Run("python3",
            ["-c", "import struct,sys\nfor h in sys.stdin.read().split():\n    print(repr(struct.unpack('>d', bytes.fromhex(h))[0]))"],
            input);

        // Then
        Assert.Equal(0, python.ExitCode);
        var expected = python.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(values.Count, expected.Length);
        var mismatches = values.Select((v, i) => (v, Expected: expected[i], Actual: PythonFloatFormat.Repr(v)))
            .Where(m => m.Expected != m.Actual).Take(10).ToList();
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Select(m => $"{m.v:R}: python {m.Expected}, pyarch {m.Actual}")));
    }
}
