using System.Globalization;
using System.Text;

namespace Pyarch.Python;

/// <summary>Formats doubles exactly as Python's <c>repr(float)</c>.</summary>
public static class PythonFloatFormat
{
    /// <summary>
    /// Python's <c>repr</c>: the shortest digits that round-trip, in positional form unless the decimal
    /// exponent is below -4 or at least 16 (CPython's <c>format_float_short</c> with mode 'r').
    /// </summary>
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        // .NET's "R" is also the shortest round-trip string; only its layout differs from Python's.
        string dotnet = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var (digits, decimalPoint) = SplitDigits(dotnet);

        var text = new StringBuilder(digits.Length + 8);
        if (value < 0)
        {
            text.Append('-');
        }
        if (decimalPoint <= -4 || decimalPoint > 16)
        {
            text.Append(digits[0]);
            if (digits.Length > 1)
            {
                text.Append('.').Append(digits, 1, digits.Length - 1);
            }
            int exponent = decimalPoint - 1;
            text.Append('e').Append(exponent < 0 ? '-' : '+');
            text.Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decimalPoint <= 0)
        {
            text.Append("0.").Append('0', -decimalPoint).Append(digits);
        }
        else if (decimalPoint < digits.Length)
        {
            text.Append(digits, 0, decimalPoint).Append('.').Append(digits, decimalPoint, digits.Length - decimalPoint);
        }
        else
        {
            text.Append(digits).Append('0', decimalPoint - digits.Length).Append(".0");
        }
        return text.ToString();
    }

    /// <summary>
    /// Splits a positive number such as <c>1.25E-05</c> or <c>123.5</c> into its significant digits
    /// (<c>125</c>) and the position of the decimal point relative to them (value = 0.DIGITS × 10^point).
    /// </summary>
    private static (string Digits, int DecimalPoint) SplitDigits(string number)
    {
        int e = number.IndexOfAny(['E', 'e']);
        string mantissa = e < 0 ? number : number[..e];
        int exponent = e < 0 ? 0 : int.Parse(number.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        int dot = mantissa.IndexOf('.');
        string intPart = dot < 0 ? mantissa : mantissa[..dot];
        string fracPart = dot < 0 ? "" : mantissa[(dot + 1)..];
        string all = intPart + fracPart;
        int point = intPart.Length + exponent;

        int leading = 0;
        while (leading < all.Length - 1 && all[leading] == '0')
        {
            leading++;
        }
        all = all[leading..];
        point -= leading;
        return (all.TrimEnd('0'), point);
    }
}
