using System.Buffers;
using Pyarch.Python.Ast;
using Pyarch.Text;

namespace Pyarch.Python;

/// <summary>
/// Writes a parse result in the encoding of <c>shared/spec/ast-json.md</c>: the JSON that
/// <c>shared/tools/pyast_json.py</c> prints from CPython's own <c>ast</c>, with CPython's class and field
/// names, positions as line and UTF-8 byte column, and tagged constants. UTF-8 goes straight to the buffer.
/// </summary>
public sealed partial class AstJsonWriter
{
    private readonly PythonJsonOutput _json;
    private readonly LineIndex _lines;

    /// <summary>Above zero while writing the inside of a <c>JoinedStr</c>, where the encoding has no positions.</summary>
    private int _fstringDepth;

    private AstJsonWriter(IBufferWriter<byte> output, LineIndex lines)
    {
        _json = new PythonJsonOutput(output);
        _lines = lines;
    }

    /// <summary>
    /// Writes one record, <c>{"file": PATH, "ast": NODE}</c> or <c>{"file": PATH, "error": {...}}</c>,
    /// without a line break. <paramref name="path"/> is written exactly as given.
    /// </summary>
    public static void Write(IBufferWriter<byte> output, string path, ParseResult result)
    {
        var json = new PythonJsonOutput(output);
        json.Raw("{\"file\":"u8);
        json.String(path);
        if (result is { Module: { } module, Source: { } source })
        {
            json.Raw(",\"ast\":"u8);
            new AstJsonWriter(output, source.Lines).WriteNode(module);
        }
        else
        {
            var error = result.Error ?? new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "no tree and no error", null, null, null);
            json.Raw(",\"error\":{\"type\":\""u8);
            json.Ascii(error.Kind.ToString());
            json.Raw("\",\"msg\":"u8);
            json.String(error.Message);
            json.Raw(",\"lineno\":"u8);
            json.Int(error.Line?.Value);
            json.Raw(",\"offset\":"u8);
            json.Int(error.Offset);
            json.Byte((byte)'}');
        }
        json.Byte((byte)'}');
    }

    /// <summary>
    /// Writes the record of a file that gave neither tree nor syntax error (unreadable, too large, a parser bug),
    /// in the shape pyast_json.py gives to its own non-syntax failures: no line, no offset.
    /// </summary>
    public static void WriteFailure(IBufferWriter<byte> output, string path, FileFailure failure)
    {
        var json = new PythonJsonOutput(output);
        json.Raw("{\"file\":"u8);
        json.String(path);
        json.Raw(",\"error\":{\"type\":"u8);
        json.String(failure.Type);
        json.Raw(",\"msg\":"u8);
        json.String(failure.Message);
        json.Raw(",\"lineno\":null,\"offset\":null}}"u8);
    }

    /// <summary>Writes one node (and its subtree) as the encoding's NODE, with positions taken from <paramref name="lines"/>.</summary>
    public static void WriteTree(IBufferWriter<byte> output, Node node, LineIndex lines) =>
        new AstJsonWriter(output, lines).WriteNode(node);

    private void Begin(ReadOnlySpan<byte> type)
    {
        _json.Raw("{\"_type\":\""u8);
        _json.Raw(type);
        _json.Byte((byte)'"');
    }

    private void Field(ReadOnlySpan<byte> name)
    {
        _json.Raw(",\""u8);
        _json.Raw(name);
        _json.Raw("\":"u8);
    }

    /// <summary>Closes a node of a class that has positions in CPython (statements, expressions, patterns, ...).</summary>
    private void End(Node node)
    {
        if (_fstringDepth == 0)
        {
            var start = _lines.LocationOf(node.Range.Start);
            var end = _lines.LocationOf(node.Range.End);
            _json.Raw(",\"lineno\":"u8);
            _json.Int(start.Line.Value);
            _json.Raw(",\"col_offset\":"u8);
            _json.Int(start.Utf8Column);
            _json.Raw(",\"end_lineno\":"u8);
            _json.Int(end.Line.Value);
            _json.Raw(",\"end_col_offset\":"u8);
            _json.Int(end.Utf8Column);
        }
        _json.Byte((byte)'}');
    }

    /// <summary>Closes a node of a class without positions in CPython (<c>arguments</c>, <c>comprehension</c>, ...).</summary>
    private void EndWithoutPositions() => _json.Byte((byte)'}');

    private void Child(Node? node)
    {
        if (node is null)
        {
            _json.Null();
        }
        else
        {
            WriteNode(node);
        }
    }

    private void Children<T>(IReadOnlyList<T> nodes)
        where T : Node?
    {
        _json.Byte((byte)'[');
        for (int i = 0; i < nodes.Count; i++)
        {
            if (i > 0)
            {
                _json.Byte((byte)',');
            }
            Child(nodes[i]);
        }
        _json.Byte((byte)']');
    }

    private void Identifiers(IReadOnlyList<string> names)
    {
        _json.Byte((byte)'[');
        for (int i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                _json.Byte((byte)',');
            }
            _json.String(names[i]);
        }
        _json.Byte((byte)']');
    }

    /// <summary>CPython's <c>int</c> flags (<c>is_async</c>, <c>simple</c>) are 0 or 1, not booleans.</summary>
    private void Flag(bool value) => _json.Byte(value ? (byte)'1' : (byte)'0');

    /// <summary>An operator or context: a node with no fields and no positions, e.g. <c>{"_type":"Load"}</c>.</summary>
    private void Singleton(ReadOnlySpan<byte> type)
    {
        Begin(type);
        _json.Byte((byte)'}');
    }

    private void WriteNode(Node node)
    {
        switch (node)
        {
            case Stmt stmt:
                WriteStmt(stmt);
                break;
            case Expr expr:
                WriteExpr(expr);
                break;
            case Pattern pattern:
                WritePattern(pattern);
                break;
            default:
                WritePart(node);
                break;
        }
    }
}
