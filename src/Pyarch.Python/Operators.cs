using System.Runtime.CompilerServices;

namespace Pyarch.Python;

/// <summary>Operator and delimiter tokens by longest match, as CPython's generated <c>token.c</c> does.</summary>
internal static class Operators
{
    /// <summary>
    /// The operator starting with <paramref name="c"/> (then <paramref name="n"/>, <paramref name="n2"/>), or
    /// <see cref="TokenKind.EndOfFile"/> for none. The kind alone comes back, in a register: a (kind, length) pair went
    /// through the stack and was read back in parts, a stalled load that took a quarter of the operator scan.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TokenKind Match(char c, char n, char n2) => c switch
    {
        '(' => TokenKind.LeftParen,
        ')' => TokenKind.RightParen,
        '[' => TokenKind.LeftBracket,
        ']' => TokenKind.RightBracket,
        '{' => TokenKind.LeftBrace,
        '}' => TokenKind.RightBrace,
        ',' => TokenKind.Comma,
        ';' => TokenKind.Semicolon,
        '~' => TokenKind.Tilde,
        ':' => n == '=' ? TokenKind.ColonEqual : TokenKind.Colon,
        '.' => n == '.' && n2 == '.' ? TokenKind.Ellipsis : TokenKind.Dot,
        '+' => n == '=' ? TokenKind.PlusEqual : TokenKind.Plus,
        '-' => n switch { '=' => TokenKind.MinusEqual, '>' => TokenKind.Arrow, _ => TokenKind.Minus },
        '*' => n switch
        {
            '*' => n2 == '=' ? TokenKind.DoubleStarEqual : TokenKind.DoubleStar,
            '=' => TokenKind.StarEqual,
            _ => TokenKind.Star,
        },
        '/' => n switch
        {
            '/' => n2 == '=' ? TokenKind.DoubleSlashEqual : TokenKind.DoubleSlash,
            '=' => TokenKind.SlashEqual,
            _ => TokenKind.Slash,
        },
        '|' => n == '=' ? TokenKind.VerticalBarEqual : TokenKind.VerticalBar,
        '&' => n == '=' ? TokenKind.AmpersandEqual : TokenKind.Ampersand,
        '^' => n == '=' ? TokenKind.CircumflexEqual : TokenKind.Circumflex,
        '%' => n == '=' ? TokenKind.PercentEqual : TokenKind.Percent,
        '@' => n == '=' ? TokenKind.AtEqual : TokenKind.At,
        '=' => n == '=' ? TokenKind.EqEqual : TokenKind.Equal,
        '!' => n == '=' ? TokenKind.NotEqual : TokenKind.EndOfFile,
        '<' => n switch
        {
            '<' => n2 == '=' ? TokenKind.LeftShiftEqual : TokenKind.LeftShift,
            '=' => TokenKind.LessEqual,
            _ => TokenKind.Less,
        },
        '>' => n switch
        {
            '>' => n2 == '=' ? TokenKind.RightShiftEqual : TokenKind.RightShift,
            '=' => TokenKind.GreaterEqual,
            _ => TokenKind.Greater,
        },
        _ => TokenKind.EndOfFile,
    };

    /// <summary>How many characters the operator <paramref name="kind"/> spells.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Length(TokenKind kind) => kind switch
    {
        TokenKind.Ellipsis or TokenKind.DoubleStarEqual or TokenKind.DoubleSlashEqual or TokenKind.LeftShiftEqual
            or TokenKind.RightShiftEqual => 3,
        TokenKind.ColonEqual or TokenKind.Arrow or TokenKind.AtEqual or TokenKind.DoubleStar or TokenKind.DoubleSlash
            or TokenKind.LeftShift or TokenKind.RightShift or TokenKind.EqEqual or TokenKind.NotEqual or TokenKind.LessEqual
            or TokenKind.GreaterEqual or TokenKind.PlusEqual or TokenKind.MinusEqual or TokenKind.StarEqual
            or TokenKind.SlashEqual or TokenKind.PercentEqual or TokenKind.AmpersandEqual or TokenKind.VerticalBarEqual
            or TokenKind.CircumflexEqual => 2,
        _ => 1,
    };
}
