using Pyarch.Python.Ast;
using Pyarch.Text;

namespace Pyarch.Python;

/// <summary>
/// The outcome of parsing one file: a module, or the first syntax error (CPython stops at the first too).
/// <see cref="Source"/> is null only when the bytes could not be decoded.
/// </summary>
public sealed record ParseResult(SourceText? Source, Module? Module, PythonSyntaxError? Error)
{
    public bool Succeeded => Module is not null;
}
