using Pyarch.Python.Ast;

namespace Pyarch.Python;

/// <summary>
/// Scratch lists the parser collects a node's children in; the node gets an exact array. A tree then holds no list
/// objects and no spare capacity, and a batch of files reuses a handful of lists. A nested node rents its own list
/// while its parent's is in use; a parse that stops at a syntax error leaves its lists to the GC.
/// </summary>
internal sealed class NodeLists<T>
{
    private readonly Stack<List<T>> _free = new();

    public List<T> Rent() => _free.Count > 0 ? _free.Pop() : [];

    public List<T> Rent(T first)
    {
        var list = Rent();
        list.Add(first);
        return list;
    }

    /// <summary>The items as an exact array (a shared empty one for none); the list goes back for reuse.</summary>
    public T[] Finish(List<T> list)
    {
        T[] items = list.Count == 0 ? [] : [.. list];
        Release(list);
        return items;
    }

    /// <summary>Gives the list back without keeping its items (they went into nodes of another shape).</summary>
    public void Release(List<T> list)
    {
        list.Clear();
        _free.Push(list);
    }
}

/// <summary>
/// The scratch lists of the parsers on one thread, one pool per kind of child. Reached once per file through a
/// thread-static of this plain class: a thread-static in the generic pool itself took the runtime's slow look-up
/// on every rent, 1.5% of a stdlib parse.
/// </summary>
internal sealed class ParserLists
{
    [ThreadStatic]
    private static ParserLists? _thread;

    public static ParserLists ForThread => _thread ??= new ParserLists();

    public NodeLists<Expr> Exprs { get; } = new();

    /// <summary>Dictionary keys, where <c>**mapping</c> has none.</summary>
    public NodeLists<Expr?> OptionalExprs { get; } = new();

    public NodeLists<Stmt> Stmts { get; } = new();

    public NodeLists<Arg> Args { get; } = new();

    public NodeLists<Alias> Aliases { get; } = new();

    public NodeLists<Keyword> KeywordArgs { get; } = new();

    public NodeLists<CmpOperator> CmpOperators { get; } = new();
}
