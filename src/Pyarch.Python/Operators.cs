namespace Pyarch.Python;

/// <summary>Operator and delimiter tokens by longest match, as CPython's generated <c>token.c</c> does.</summary>
internal static class Operators
{
    /// <summary>The operator starting with <paramref name="c"/> (then <paramref name="n"/>, <paramref name="n2"/>), or length 0.</summary>
    public static (TokenKind Kind, int Length) Match(char c, char n, char n2) => c switch
    {
        '(' => (TokenKind.LeftParen, 1),
        ')' => (TokenKind.RightParen, 1),
        '[' => (TokenKind.LeftBracket, 1),
        ']' => (TokenKind.RightBracket, 1),
        '{' => (TokenKind.LeftBrace, 1),
        '}' => (TokenKind.RightBrace, 1),
        ',' => (TokenKind.Comma, 1),
        ';' => (TokenKind.Semicolon, 1),
        '~' => (TokenKind.Tilde, 1),
        ':' => n == '=' ? (TokenKind.ColonEqual, 2) : (TokenKind.Colon, 1),
        '.' => n == '.' && n2 == '.' ? (TokenKind.Ellipsis, 3) : (TokenKind.Dot, 1),
        '+' => n == '=' ? (TokenKind.PlusEqual, 2) : (TokenKind.Plus, 1),
        '-' => n switch { '=' => (TokenKind.MinusEqual, 2), '>' => (TokenKind.Arrow, 2), _ => (TokenKind.Minus, 1) },
        '*' => n switch
        {
            '*' => n2 == '=' ? (TokenKind.DoubleStarEqual, 3) : (TokenKind.DoubleStar, 2),
            '=' => (TokenKind.StarEqual, 2),
            _ => (TokenKind.Star, 1),
        },
        '/' => n switch
        {
            '/' => n2 == '=' ? (TokenKind.DoubleSlashEqual, 3) : (TokenKind.DoubleSlash, 2),
            '=' => (TokenKind.SlashEqual, 2),
            _ => (TokenKind.Slash, 1),
        },
        '|' => n == '=' ? (TokenKind.VerticalBarEqual, 2) : (TokenKind.VerticalBar, 1),
        '&' => n == '=' ? (TokenKind.AmpersandEqual, 2) : (TokenKind.Ampersand, 1),
        '^' => n == '=' ? (TokenKind.CircumflexEqual, 2) : (TokenKind.Circumflex, 1),
        '%' => n == '=' ? (TokenKind.PercentEqual, 2) : (TokenKind.Percent, 1),
        '@' => n == '=' ? (TokenKind.AtEqual, 2) : (TokenKind.At, 1),
        '=' => n == '=' ? (TokenKind.EqEqual, 2) : (TokenKind.Equal, 1),
        '!' => n == '=' ? (TokenKind.NotEqual, 2) : (TokenKind.EndOfFile, 0),
        '<' => n switch
        {
            '<' => n2 == '=' ? (TokenKind.LeftShiftEqual, 3) : (TokenKind.LeftShift, 2),
            '=' => (TokenKind.LessEqual, 2),
            _ => (TokenKind.Less, 1),
        },
        '>' => n switch
        {
            '>' => n2 == '=' ? (TokenKind.RightShiftEqual, 3) : (TokenKind.RightShift, 2),
            '=' => (TokenKind.GreaterEqual, 2),
            _ => (TokenKind.Greater, 1),
        },
        _ => (TokenKind.EndOfFile, 0),
    };
}
