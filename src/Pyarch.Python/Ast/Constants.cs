using System.Numerics;

namespace Pyarch.Python.Ast;

/// <summary>The value of a <see cref="Constant"/>, one case per Python type a literal can produce.</summary>
public abstract record ConstantValue
{
    public sealed record None : ConstantValue
    {
        public static readonly None Instance = new();
    }

    public sealed record Ellipsis : ConstantValue
    {
        public static readonly Ellipsis Instance = new();
    }

    public sealed record Bool(bool Value) : ConstantValue
    {
        public static readonly Bool True = new(true);
        public static readonly Bool False = new(false);

        public static Bool Of(bool value) => value ? True : False;
    }

    public sealed record Int(BigInteger Value) : ConstantValue
    {
        /// <summary>The values CPython keeps one object each for (<c>-5</c> to <c>256</c>); literals are never negative.</summary>
        private static readonly Int[] Small = [.. Enumerable.Range(0, 257).Select(value => new Int(value))];

        /// <summary>An int, shared when it is small: most integer literals are.</summary>
        public static Int Of(long value) => value is >= 0 and <= 256 ? Small[value] : new Int(value);
    }

    public sealed record Float(double Value) : ConstantValue;

    /// <summary>An imaginary literal such as <c>1.5j</c>; only the imaginary part is ever written.</summary>
    public sealed record Complex(double Imag) : ConstantValue;

    /// <summary>A str; the text may hold lone surrogates, as Python strings may.</summary>
    public sealed record Str(string Value) : ConstantValue;

    public sealed record Bytes(byte[] Value) : ConstantValue
    {
        public bool Equals(Bytes? other) => other is not null && Value.AsSpan().SequenceEqual(other.Value);

        public override int GetHashCode() => Value.Length;
    }
}
