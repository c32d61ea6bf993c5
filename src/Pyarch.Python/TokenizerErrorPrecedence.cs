namespace Pyarch.Python;

/// <summary>
/// How a tokenizer error ranks against a parser error met earlier in the file. After a parser error CPython
/// tokenizes the rest of the file (<c>_PyPegen_tokenize_full_source_to_check_for_errors</c>): an error the
/// tokenizer raises itself replaces the parser's, an unclosed bracket replaces it when the bracket opened on a line
/// before the last token the parser looked at, and the rest (indentation, line continuation) only count when the
/// parser reaches them.
/// </summary>
public enum TokenizerErrorPrecedence
{
    WhenReached,
    OverridesParser,
    OverridesEarlierLines,
}
