using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Pyarch.Python.Ast;

namespace Pyarch.Python;

/// <summary>
/// Scratch lists the parser collects a node's children in; the node gets an exact array. A tree then holds no list
/// objects and no spare capacity, and a batch of files reuses a handful of lists. A nested node rents its own list
/// while its parent's is in use; a parse that stops at a syntax error leaves its lists to the GC.
/// </summary>
/// <remarks>
/// Renting, returning and finishing are inlined into the parser, their rare paths (a new list, a longer stack) left
/// as calls. As calls, into the one body .NET shares between all reference types, they ran 86 M of the stdlib parse's
/// 2.775 G instructions (one worker); inlined, the parse runs 2.737 G.
/// </remarks>
internal sealed class NodeLists<T>
{
    private ScratchList<T>[] _free = new ScratchList<T>[16];
    private int _freeCount;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ScratchList<T> Rent() => _freeCount > 0 ? _free[--_freeCount] : New();

    public ScratchList<T> Rent(T first)
    {
        var list = Rent();
        list.Add(first);
        return list;
    }

    /// <summary>The items as an exact array (a shared empty one for none); the list goes back for reuse.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T[] Finish(ScratchList<T> list)
    {
        T[] items = list.MoveToArray();
        Return(list);
        return items;
    }

    /// <summary>Gives the list back without keeping its items (they went into nodes of another shape).</summary>
    public void Release(ScratchList<T> list)
    {
        list.Clear();
        Return(list);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Return(ScratchList<T> list)
    {
        if (_freeCount == _free.Length)
        {
            Grow();
        }
        _free[_freeCount++] = list;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ScratchList<T> New() => new();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow() => Array.Resize(ref _free, _free.Length * 2);
}

/// <summary>
/// A list of a node's children while the parser collects them: a <see cref="List{T}"/> stores each node with the
/// check that array covariance needs (the node's static type is abstract), and bumps a version the parser never
/// reads; this list works through references into its own exact <typeparamref name="T"/> array, which needs neither.
/// Together with the pool's stack, those were 3% of a stdlib parse.
/// </summary>
internal sealed class ScratchList<T>
{
    /// <summary>Never empty, so one doubling in <see cref="Grow"/> always makes room for the write after it.</summary>
    private T[] _items = new T[8];
    private int _count;

    /// <summary>
    /// The shared empty array, read once: in code shared by every reference type, <c>[]</c> looks
    /// <c>Array.Empty</c> up in a runtime dictionary at each call, and most calls have no keyword arguments.
    /// </summary>
    private readonly T[] _empty = [];

    public int Count => _count;

    public T this[int index] => AsSpan()[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            Grow();
        }
        Unsafe.Add(ref Items, _count++) = item;
    }

    public ReadOnlySpan<T> AsSpan() => MemoryMarshal.CreateReadOnlySpan(ref Items, _count);

    /// <summary>Forgets the items, and the references to them, so an old tree is not kept alive from here.</summary>
    public void Clear()
    {
        ref T items = ref Items;
        for (int i = 0; i < _count; i++)
        {
            Unsafe.Add(ref items, i) = default!;
        }
        _count = 0;
    }

    /// <summary>
    /// The items in an exact array, and the list cleared, in one pass. A node has two or three children most often:
    /// the span copy and the span clear this replaces were each a call that paid more for its set-up (the GC's
    /// bulk move with its card marking, a clear that handles any length) than for the few items.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T[] MoveToArray()
    {
        int count = _count;
        if (count == 0)
        {
            return _empty;
        }
        var array = new T[count];
        ref T items = ref Items;
        ref T target = ref MemoryMarshal.GetArrayDataReference(array);
        for (int i = 0; i < count; i++)
        {
            ref T item = ref Unsafe.Add(ref items, i);
            Unsafe.Add(ref target, i) = item;
            item = default!;
        }
        _count = 0;
        return array;
    }

    /// <summary>
    /// The first element. The array was made here as exactly <typeparamref name="T"/>[], so neither a write through
    /// this reference nor a span over it needs the type check that <c>array[i] = x</c> and <c>AsSpan</c> make.
    /// </summary>
    private ref T Items => ref MemoryMarshal.GetArrayDataReference(_items);

    /// <summary>
    /// Doubles the array, and empties the one left behind. The pool hands its lists out last in, first out, so a list
    /// that served a nested block may next collect a module's statements, and lists grow all through a batch. The
    /// array left behind is as old as its list, and the GC, collecting only the young generations between files,
    /// took the young nodes it still pointed to for alive: each of them a whole class or function. Over the stdlib
    /// on two cores, those collections promoted 100-700 KB each, until a full collection freed the arrays, and
    /// 5-30 KB each with the arrays emptied; their pauses 28 ms a run in all against 15-20 ms (median of 5 runs, 43
    /// collections, timed around each).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        T[] old = _items;
        Array.Resize(ref _items, old.Length * 2);
        Array.Clear(old);
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
