namespace Pyarch.Python;

/// <summary>
/// Scratch lists the parser collects a node's children in, kept per thread; the node gets an exact array. A tree
/// then holds no list objects and no spare capacity, and a batch of files reuses a handful of lists. A nested node
/// rents its own list while its parent's is in use; a parse that stops at a syntax error leaves its lists to the GC.
/// </summary>
internal static class NodeLists<T>
{
    [ThreadStatic]
    private static Stack<List<T>>? _threadFree;

    public static List<T> Rent() => _threadFree is { Count: > 0 } free ? free.Pop() : [];

    public static List<T> Rent(T first)
    {
        var list = Rent();
        list.Add(first);
        return list;
    }

    /// <summary>The items as an exact array (a shared empty one for none); the list goes back for reuse.</summary>
    public static T[] Finish(List<T> list)
    {
        T[] items = list.Count == 0 ? [] : [.. list];
        Release(list);
        return items;
    }

    /// <summary>Gives the list back without keeping its items (they went into nodes of another shape).</summary>
    public static void Release(List<T> list)
    {
        list.Clear();
        (_threadFree ??= new Stack<List<T>>()).Push(list);
    }
}
