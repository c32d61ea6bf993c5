using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Pyarch.Python.Ast;
using Pyarch.Text;

namespace Pyarch.Python;

/// <summary>
/// A recursive-descent parser for the grammar of CPython 3.13 (<c>Grammar/python.gram</c>), building the tree that
/// <c>ast.parse</c> builds, with CPython's positions. It stops at the first syntax error, as CPython does.
/// The partial files split it by grammar area.
/// </summary>
internal sealed partial class Parser
{
    private readonly SourceText _source;
    /// <summary>The text: the first <see cref="_length"/> characters of a possibly longer array.</summary>
    private readonly char[] _chars;
    private readonly int _length;
    /// <summary>An array, not an interface: the parser reads it at every step. Rented: only <see cref="_count"/> entries are tokens.</summary>
    private readonly Token[] _tokens;
    private readonly int _count;
    private readonly PythonSyntaxError? _tokenizerError;
    private readonly NameTable _names;
    private readonly ParserLists _lists = ParserLists.ForThread;
    private int _index;

    private Parser(SourceText source, SourceChars chars, Token[] tokens, int count, NameTable names, PythonSyntaxError? tokenizerError)
    {
        _source = source;
        _chars = chars.Array;
        _length = chars.Length;
        _tokens = tokens;
        _count = count;
        _tokenizerError = tokenizerError;
        _names = names;
    }

    public static ParseResult Parse(SourceText source)
    {
        using var chars = SourceChars.Of(source);
        var (tokens, names, tokenizerError, precedence) = Tokenizer.TokenizeForParser(source, chars);
        var parser = new Parser(source, chars, tokens.Items, tokens.Count, names, tokenizerError);
        try
        {
            Module module = parser.ParseModule();
            return tokenizerError is null
                ? new ParseResult(source, module, null)
                : new ParseResult(source, null, tokenizerError);
        }
        catch (ParseException e)
        {
            return new ParseResult(source, null, e.Final ? e.Error : Precedent(e.Error, tokenizerError, precedence, parser.FurthestLine));
        }
        catch (InsufficientExecutionStackException)
        {
            return new ParseResult(source, null, parser.ErrorAt("too many nested expressions or statements", parser.Current.Range.Start));
        }
        finally
        {
            tokens.Return();
            names.Forget();
        }
    }

    /// <summary>The error CPython reports when the parser failed before reaching the tokenizer's error.</summary>
    /// <remarks>
    /// An unclosed bracket wins when it opened on a line before the last token the parser looked at
    /// (<paramref name="furthestLine"/>), which is CPython's test: the line of the last token its parser fetched,
    /// not of the error it raised. <c>x = f(1, 2</c> and then <c>y = 3</c> is "'(' was never closed", though the
    /// parser's "Perhaps you forgot a comma?" points at line 1.
    /// </remarks>
    private static PythonSyntaxError Precedent(
        PythonSyntaxError parserError, PythonSyntaxError? tokenizerError, TokenizerErrorPrecedence precedence, int furthestLine)
    {
        if (tokenizerError is null || ReferenceEquals(parserError, tokenizerError))
        {
            return parserError;
        }
        return precedence switch
        {
            TokenizerErrorPrecedence.OverridesParser => tokenizerError,
            TokenizerErrorPrecedence.OverridesEarlierLines when tokenizerError.Line?.Value < furthestLine => tokenizerError,
            _ => parserError,
        };
    }

    /// <summary><c>file: [statements] ENDMARKER</c></summary>
    private Module ParseModule()
    {
        var body = _lists.Stmts.Rent();
        while (Kind != TokenKind.EndOfFile)
        {
            ParseStatement(body);
        }
        return new Module(new TextRange(0, _length), _lists.Stmts.Finish(body));
    }

    // ---- the cursor ----
    // The small reads below are forced inline: the compiler left Start and PreviousEnd as calls in the large parse
    // methods, a call per node for an array read.

    private ReadOnlySpan<char> Text => new(_chars, 0, _length);

    private Token Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _tokens[_index];
    }

    private TokenKind Kind
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _tokens[_index].Kind;
    }

    private TokenKind PeekKind(int ahead = 1)
    {
        int i = _index + ahead;
        return i < _count ? _tokens[i].Kind : TokenKind.EndOfFile;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token PeekToken(int ahead = 1)
    {
        int i = _index + ahead;
        return i < _count ? _tokens[i] : _tokens[_count - 1];
    }

    /// <summary>The end of the last consumed token: where a node built from consumed tokens ends.</summary>
    private int PreviousEnd
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _index > 0 ? _tokens[_index - 1].Range.End : 0;
    }

    private int Start
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _tokens[_index].Range.Start;
    }

    /// <summary>
    /// The end of the last consumed token that is not NEWLINE, INDENT or DEDENT: where CPython ends a compound
    /// statement, so a block's trailing <c>;</c> belongs to it.
    /// </summary>
    private int SignificantEnd
    {
        get
        {
            int i = _index - 1;
            while (i > 0 && _tokens[i].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent)
            {
                i--;
            }
            return i >= 0 ? _tokens[i].Range.End : 0;
        }
    }

    private TextRange From(int start) => new(start, PreviousEnd);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token Advance()
    {
        Token token = _tokens[_index];
        if (token.Kind != TokenKind.EndOfFile)
        {
            _index++;
        }
        return token;
    }

    private bool Eat(TokenKind kind)
    {
        if (_tokens[_index].Kind != kind)
        {
            return false;
        }
        _index++;
        return true;
    }

    /// <summary>Inlined, with the error in a call of its own: parsing expects some token every few tokens.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token Expect(TokenKind kind)
    {
        if (_tokens[_index].Kind != kind)
        {
            ThrowUnexpected(kind);
        }
        return _tokens[_index++];
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowUnexpected(TokenKind expected) => throw Unexpected(expected);

    /// <summary>
    /// The colon ending the header of an <c>if</c>, <c>elif</c>, <c>while</c>, <c>for</c>, <c>with</c>, <c>class</c>,
    /// <c>except</c>, <c>match</c> or <c>case</c>. CPython says "expected ':'" only when the line ends there (its
    /// invalid_*_stmt rules); another token is "invalid syntax". <c>def</c>, <c>try</c>, <c>else</c> and
    /// <c>finally</c> force their colon and always say "expected ':'" (<see cref="Expect"/>).
    /// </summary>
    private void ExpectHeaderColon()
    {
        if (Kind != TokenKind.Colon)
        {
            throw MissingHeaderColon();
        }
        _index++;
    }

    /// <summary>The error where a header's colon should be (<see cref="ExpectHeaderColon"/>).</summary>
    private ParseException MissingHeaderColon() => Kind == TokenKind.Newline ? Unexpected(TokenKind.Colon) : Unexpected();

    /// <summary>
    /// Whether <paramref name="read"/>, reading on from here, succeeds without a syntax error: a look ahead for one of
    /// CPython's error rules. The position is restored either way.
    /// </summary>
    private bool ReadsAhead(Func<bool> read)
    {
        int saved = _index;
        try
        {
            return read();
        }
        catch (ParseException)
        {
            return false;
        }
        finally
        {
            Rewind(saved);
        }
    }

    /// <summary>
    /// The furthest token the parser has looked at, counting tokens it read ahead and then gave back with
    /// <see cref="Rewind"/>: the token at <see cref="_index"/> once it moved back.
    /// </summary>
    private int _furthest;

    /// <summary>Moves back to token <paramref name="index"/>, remembering how far the parser had read.</summary>
    private void Rewind(int index)
    {
        _furthest = Math.Max(_furthest, _index);
        _index = index;
    }

    /// <summary>The line of the furthest token the parser has looked at, where it stands now or read ahead to.</summary>
    private int FurthestLine => LineOf(_tokens[Math.Min(Math.Max(_furthest, _index), _count - 1)].Range.Start);

    /// <summary>The index of the token that starts at <paramref name="offset"/>, searching back from the current one.</summary>
    private int TokenAt(int offset)
    {
        int i = _index;
        while (i > 0 && _tokens[i].Range.Start > offset)
        {
            i--;
        }
        return i;
    }

    /// <summary>
    /// True at a NAME token spelling the soft keyword numbered <paramref name="id"/> in every name table
    /// (<see cref="NameTable.MatchId"/>): the spelling in the source, as CPython compares it, not its NFKC form.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool AtSoftKeyword(int id)
    {
        Token token = Current;
        return token.Kind == TokenKind.Name && token.NameId == id;
    }

    private string TokenText(Token token) => new string(_chars, token.Range.Start, token.Range.Length);

    /// <summary>A name's text, interned per thread and NFKC-normalized when it is not ASCII, as CPython does.</summary>
    private string NameText(Token token)
    {
        Debug.Assert(token.Kind == TokenKind.Name, "only a name token carries a name's number");
        return _names.Text(token.NameId);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token ExpectName() => Expect(TokenKind.Name);

    /// <summary>
    /// How deep the tree may nest. CPython refuses trees nested about 3,000 deep (a RecursionError or
    /// MemoryError from <c>ast.parse</c>); pyarch refuses them with a syntax error at the same depth, so every
    /// consumer of a tree can walk it recursively.
    /// </summary>
    internal const int MaxDepth = 3000;

    private int _depth;

    /// <summary>Guards a recursive descent: deep input gives a syntax error, never a stack overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private DepthScope Nest()
    {
        if (++_depth > MaxDepth)
        {
            throw TooDeep();
        }
        if ((_depth & 15) == 0)
        {
            // Every sixteenth level is enough: sixteen frames never use the margin the runtime keeps.
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }
        return new DepthScope(this);
    }

    /// <summary>For chains built in a loop (<c>a.b.c</c>, <c>x + y + z</c>): each link nests the tree one level more.</summary>
    private void CheckChainDepth(int links)
    {
        if (_depth + links > MaxDepth)
        {
            throw TooDeep();
        }
    }

    private static void EnsureStack() => RuntimeHelpers.EnsureSufficientExecutionStack();

    private ParseException TooDeep() => new(ErrorAt($"too many nested expressions (more than {MaxDepth} levels)", Current.Range.Start));

    /// <summary>Leaves one level of <see cref="Nest"/> when disposed.</summary>
    private readonly ref struct DepthScope(Parser parser)
    {
        public void Dispose() => parser._depth--;
    }

    // ---- errors ----

    private ParseException Unexpected(TokenKind? expected = null)
    {
        if (AtTokenizerError)
        {
            return new ParseException(_tokenizerError);
        }
        Token token = Current;
        if (token.Kind == TokenKind.Indent)
        {
            // CPython points at the last character of the indentation, on the line of the statement it indents.
            int lastBlank = Math.Max(token.Range.Start, token.Range.End - 1);
            return new ParseException(ErrorAt(SyntaxErrors.UnexpectedIndent, lastBlank, SyntaxErrorKind.IndentationError), final: true);
        }
        if (token.Kind == TokenKind.Dedent && expected is null)
        {
            return new ParseException(ErrorAt(SyntaxErrors.UnindentMismatch, token.Range.Start, SyntaxErrorKind.IndentationError), final: true);
        }
        string message = expected switch
        {
            TokenKind.Colon => "expected ':'",
            TokenKind.LeftParen => "expected '('",
            TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace when token.Kind == TokenKind.EndOfFile => "unexpected EOF while parsing",
            _ when token.Kind == TokenKind.EndOfFile => "invalid syntax",
            _ => SyntaxErrors.InvalidSyntax,
        };
        return new ParseException(ErrorAt(message, token.Range.Start));
    }

    private ParseException Error(string message, int offset, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError) =>
        AtTokenizerError ? new ParseException(_tokenizerError) : new ParseException(ErrorAt(message, offset, kind));

    /// <summary>At the end of the tokens where the tokenizer stopped at its error: that error is the one to report.</summary>
    [MemberNotNullWhen(true, nameof(_tokenizerError))]
    private bool AtTokenizerError => Kind == TokenKind.EndOfFile && _tokenizerError is not null;

    private ParseException Error(string message, Node at) => new(ErrorAt(message, at.Range.Start));

    /// <summary>
    /// Inside brackets, an expression followed directly by another is CPython's "Perhaps you forgot a comma?",
    /// reported where the first one starts (<c>invalid_expression</c>).
    /// </summary>
    /// <remarks>
    /// Asked after every element of a display and every argument, where a comma or a closing bracket follows
    /// almost always: that test is inlined, the rest is a call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckMissingComma(Expr element)
    {
        if (StartsExpression(Kind))
        {
            CheckExpressionAfter(element);
        }
    }

    /// <summary>The rest of <see cref="CheckMissingComma"/>, where an expression does start after the element.</summary>
    private void CheckExpressionAfter(Expr element)
    {
        if (Kind is not (TokenKind.Not or TokenKind.Lambda or TokenKind.Yield or TokenKind.Star)
            && !(element is Name && Kind is TokenKind.String or TokenKind.FStringStart)
            && element is not Name { Id: "match" or "case" or "_" or "type" or "print" or "exec" })
        {
            // CPython's rule reads the second expression and the token after it before it raises, which decides
            // whether a bracket left open before that token's line takes over (Precedent).
            ReadsAhead(() =>
            {
                ParseExpression();
                return true;
            });
            throw Error("invalid syntax. Perhaps you forgot a comma?", element);
        }
    }

    private PythonSyntaxError ErrorAt(string message, int offset, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        offset = Math.Clamp(offset, 0, _length);
        if (offset == _length && offset > 0 && _chars[_length - 1] == '\n')
        {
            offset--; // CPython's end-of-file tokens stand on the last line read, not on a line after it
        }
        Location location = _source.Lines.LocationOf(offset);
        int lineStart = _source.Lines.LineStart(location.Line);
        return new PythonSyntaxError(kind, message, location.Line, offset - lineStart + 1, TextRange.Empty(offset));
    }

    private int LineOf(int offset) => _source.Lines.LineOf(offset).Value;
}
