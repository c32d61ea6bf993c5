using System.Buffers;
using System.Runtime.CompilerServices;

namespace Pyarch.Python;

/// <summary>
/// The tokenizer's growing list of tokens, in a rented array (<see cref="FileBuffers"/>). The parser reads the
/// rented array directly and hands it back when the tree is built, so a batch of files reuses one array per thread
/// rather than allocating (and zeroing) a fresh one per file, often on the large object heap.
/// </summary>
internal sealed class TokenBuffer
{
    private Token[] _items;

    public TokenBuffer(int capacity) => _items = FileBuffers.Rent<Token>(capacity);

    public int Count { get; private set; }

    public Token this[int index] => _items[index];

    /// <summary>
    /// Inlined into the tokenizer, which adds a token every few characters: as a call, the token went through the
    /// stack in two halves and was read back whole, a stalled store forwarding that took 6% of a parse.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Token token)
    {
        if (Count == _items.Length)
        {
            Grow();
        }
        _items[Count++] = token;
    }

    /// <summary>Records in the opening bracket at <paramref name="open"/> that the token at <paramref name="close"/> closes it.</summary>
    public void Link(int open, int close) => _items[open] = _items[open] with { Payload = close };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        Token[] larger = ArrayPool<Token>.Shared.Rent(_items.Length * 2);
        _items.AsSpan(0, Count).CopyTo(larger);
        ArrayPool<Token>.Shared.Return(_items);
        _items = larger;
    }

    /// <summary>The rented array; only the first <see cref="Count"/> entries are tokens. Give it back with <see cref="Return"/>.</summary>
    public Token[] Items => _items;

    public Token[] ToArray() => _items.AsSpan(0, Count).ToArray();

    public void Return()
    {
        ArrayPool<Token>.Shared.Return(_items);
        _items = [];
        Count = 0;
    }
}
