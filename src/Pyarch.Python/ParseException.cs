namespace Pyarch.Python;

/// <summary>Unwinds the parser to its entry point at the first syntax error; never escapes <see cref="PythonParser"/>.</summary>
internal sealed class ParseException(PythonSyntaxError error) : Exception(error.Message)
{
    public PythonSyntaxError Error { get; } = error;
}
