namespace Pyarch.Python;

/// <summary>
/// The token kinds of CPython's tokenizer (<c>Grammar/Tokens</c>): one kind per operator, as CPython has one
/// token type per operator, and one per hard keyword. Soft keywords (<c>match</c>, <c>case</c>, <c>type</c>,
/// <c>_</c>) stay <see cref="Name"/> tokens, as in CPython.
/// </summary>
public enum TokenKind : byte
{
    EndOfFile,
    Name,
    Number,
    String,
    Newline,
    /// <summary>A line break inside brackets or on a blank or comment-only line; the parser never sees it.</summary>
    NonLogicalNewline,
    Comment,
    Indent,
    Dedent,

    /// <summary>A character no token starts with (<c>$</c>, <c>?</c>, a backtick): CPython lets the parser refuse it.</summary>
    Unknown,

    /// <summary>The opening of an f-string up to and including its quote, e.g. <c>rf"</c> (PEP 701).</summary>
    FStringStart,
    /// <summary>Literal text inside an f-string, between replacement fields (escapes not yet decoded).</summary>
    FStringMiddle,
    FStringEnd,

    // Delimiters
    LeftParen, RightParen, LeftBracket, RightBracket, LeftBrace, RightBrace,
    Colon, Comma, Semicolon, Dot, Ellipsis, Arrow, At, AtEqual, Equal, ColonEqual, Exclamation,

    // Operators
    Plus, Minus, Star, Slash, VerticalBar, Ampersand, Less, Greater, Percent, Tilde, Circumflex,
    DoubleStar, DoubleSlash, LeftShift, RightShift,
    EqEqual, NotEqual, LessEqual, GreaterEqual,
    PlusEqual, MinusEqual, StarEqual, SlashEqual, PercentEqual, AmpersandEqual, VerticalBarEqual,
    CircumflexEqual, LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlashEqual,

    // Hard keywords
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else, Except,
    Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise, Return, Try,
    While, With, Yield,
}
