using System.Runtime.CompilerServices;
using static Pyarch.Python.TokenKind;

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

    /// <summary>
    /// The operator that <paramref name="c"/> spells on its own when <paramref name="next"/> follows, by a table read;
    /// <see cref="TokenKind.EndOfFile"/> for a character that starts no operator or only a longer one (<c>!</c>), or
    /// when <paramref name="next"/> may make it a longer one, which <see cref="Match"/> then tells. Nine operators in
    /// ten are one character, and the switches of Match and <see cref="Length"/>, with two indirect jumps, cost about
    /// 100 instructions an operator.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TokenKind OneCharacter(char c, char next)
    {
        uint row = (uint)c - ' ';
        ReadOnlySpan<byte> kinds = OneCharacterKinds;
        return row < (uint)kinds.Length && !MayContinue(next) ? (TokenKind)kinds[(int)row] : EndOfFile;
    }

    /// <summary>Whether <paramref name="c"/> can follow an operator's first character in a longer one: <c>= &gt; * / &lt; .</c></summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayContinue(char c)
    {
        const uint Continuations = 1u << ('=' - '*') | 1u << ('>' - '*') | 1u << ('*' - '*') | 1u << ('/' - '*')
            | 1u << ('<' - '*') | 1u << ('.' - '*');
        uint bit = (uint)c - '*';
        return bit < 32 && (Continuations >> (int)bit & 1) != 0;
    }

    /// <summary>The one-character operators by character, from the space to U+007F, sixteen to a row.</summary>
    private static ReadOnlySpan<byte> OneCharacterKinds =>
    [
        0, 0, 0, 0, 0, (byte)Percent, (byte)Ampersand, 0, (byte)LeftParen, (byte)RightParen, (byte)Star, (byte)Plus, (byte)Comma, (byte)Minus, (byte)Dot, (byte)Slash,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)Colon, (byte)Semicolon, (byte)Less, (byte)Equal, (byte)Greater, 0,
        (byte)At, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)LeftBracket, 0, (byte)RightBracket, (byte)Circumflex, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)LeftBrace, (byte)VerticalBar, (byte)RightBrace, (byte)Tilde, 0,
    ];

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
