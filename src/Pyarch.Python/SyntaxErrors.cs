namespace Pyarch.Python;

/// <summary>
/// The messages of syntax errors, in CPython's wording (<c>Grammar/python.gram</c> invalid_* rules and
/// <c>Parser/pegen_errors.c</c>), so users meet the text they know.
/// </summary>
internal static class SyntaxErrors
{
    public const string InvalidSyntax = "invalid syntax";
    public const string UnexpectedIndent = "unexpected indent";
    public const string UnindentMismatch = "unindent does not match any outer indentation level";
    public const string NonDefaultAfterDefault = "non-default argument follows default argument";
    public const string PositionalAfterKeyword = "positional argument follows keyword argument";
    public const string PositionalAfterKeywordUnpacking = "positional argument follows keyword argument unpacking";
    public const string UnpackingAfterKeywordUnpacking = "iterable argument unpacking follows keyword argument unpacking";
    public const string GeneratorMustBeParenthesized = "Generator expression must be parenthesized";
    public const string BareStar = "named arguments must follow bare *";
    public const string MixedBytes = "cannot mix bytes and nonbytes literals";
    public const string TrailingCommaInImport = "trailing comma not allowed without surrounding parentheses";
    public const string ExpectedExceptOrFinally = "expected 'except' or 'finally' block";
    public const string MixedExceptStar = "cannot have both 'except' and 'except*' on the same 'try'";
    public const string MultipleExceptionTypes = "multiple exception types must be parenthesized";
    public const string CannotUseStarred = "cannot use starred expression here";
    public const string BytesNonAscii = "bytes can only contain ASCII literal characters";

    public static string ExpectedIndentedBlock(string after, int line) => $"expected an indented block after {after} on line {line}";

    public static string CannotAssign(string what) => $"cannot assign to {what}";

    public static string CannotDelete(string what) => $"cannot delete {what}";
}
