namespace Pyarch.Python;

/// <summary>Unwinds the parser to its entry point at the first syntax error; never escapes <see cref="PythonParser"/>.</summary>
internal sealed class ParseException(PythonSyntaxError error, bool final = false) : Exception(error.Message)
{
    public PythonSyntaxError Error { get; } = error;

    /// <summary>True when a later tokenizer error may not replace this one (CPython's unexpected indent or unindent).</summary>
    public bool Final { get; } = final;
}
