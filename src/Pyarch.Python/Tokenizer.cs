using Pyarch.Text;

namespace Pyarch.Python;

public sealed record TokenizeResult(IReadOnlyList<Token> Tokens, PythonSyntaxError? Error);

public sealed partial class Tokenizer
{
    /// <summary>All tokens of a file (comments and non-logical newlines included), or the first error.</summary>
    public static TokenizeResult Tokenize(SourceText source) => throw new NotImplementedException("tokenizer: issue #2, in progress");
}
