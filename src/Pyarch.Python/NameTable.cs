using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Pyarch.Python;

/// <summary>
/// The names of the file a thread's tokenizer reads, each spelled once: a name token carries its entry's number, so
/// the parser takes a name's string with an array read, and one look-up tells a keyword from a name. With the keyword
/// switch and the parser's dictionary look-up this replaces, a name cost a second pass over its characters, two hash
/// computations and an interface call per comparison.
/// </summary>
/// <remarks>
/// The table forgets a file's names once its tree is built (<see cref="Forget"/>), so between files it holds nothing
/// the GC must keep. Kept for the next files, as it was before, a name (<c>self</c>, <c>os</c>) was made once per
/// batch rather than once per file, but every collection between files found the names of the last few files alive,
/// copied them to an older generation, and scanned the table for them. Over the stdlib, kept against forgotten:
/// 158,000 name strings against 213,000; on two cores, collections 30-41 ms against 23-28 ms in all, and 2.829 G
/// instructions against 2.769 G (one worker: 2.792 G against 2.774 G).
/// </remarks>
internal sealed class NameTable
{
    /// <summary>
    /// The names a table holds before it grows (a file with more has its table made this small again when it is
    /// forgotten). A table that stays in the CPU cache parsed the stdlib about 20% faster than one sixteen times
    /// larger; this one's arrays also stay off the large object heap (85,000 bytes), where the GC counts them as old
    /// from the start and scans them at every collection for the young strings they point to.
    /// </summary>
    private const int Capacity = 1 << 10;

    [ThreadStatic]
    private static NameTable? _thread;

    /// <summary>How many entries the keywords take, first in the table (<see cref="AddKeywords"/>).</summary>
    private const int KeywordCount = TypeId + 1;

    private Entry[] _entries;
    /// <summary>Open addressing: an entry's number plus one, zero for a free slot.</summary>
    private int[] _slots;
    private int _count;

    private NameTable() => Start();

    /// <summary>
    /// The hash's multiplier, odd and random per table: with a fixed one (31, as Java's string hash), names built
    /// from blocks such as <c>Aa</c> and <c>BB</c> all hash alike, and a file of them would make every look-up walk
    /// one growing cluster. Nobody can build such a file for a multiplier they do not know.
    /// </summary>
    private readonly ulong _multiplier = (ulong)Random.Shared.NextInt64() | 0x8000_0000_0000_0001ul;

    /// <summary>The table for a new file on this thread, holding the keywords alone.</summary>
    public static NameTable ForFile()
    {
        NameTable table = _thread ??= new NameTable();
        table.Forget();
        return table;
    }

    /// <summary>
    /// The hash of a name, four characters a step: the multiplications form one chain of dependent steps, a quarter
    /// as long as one a character (and the tokenizer's loop that finds the name's end needs no arithmetic at all).
    /// Characters past the whole words take one step more, the name's last four read again where they overlap. Most
    /// names have at most eight characters, and take one or two steps with no loop: a loop whose count varied from
    /// name to name mispredicted its end. Stdlib parse (cachegrind, one worker): 2.904 G instructions against 2.895 G,
    /// and 2.28 M mispredicted branches in the look-up against 2.01 M. In a model of the table, look-ups take as
    /// many probes as with one step per leftover character (the stdlib's 71,469 names 1.19, names built to collide
    /// 1.49 and 2.1).
    /// </summary>
    /// <remarks>
    /// Addition and multiplication carry only upwards, so the fourth character of each step reaches only the top
    /// sixteen bits. The last step folds the top half into the bottom and multiplies once more, so every character
    /// moves the bits kept: without it, names that differ only there (<c>ab_Xcd_Yef_Z</c>) shared their low slot
    /// bits whatever the multiplier, and 100,000 of them took 89 probes a look-up instead of 2.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Hash(ReadOnlySpan<char> name)
    {
        ulong multiplier = _multiplier;
        int length = name.Length;
        ulong hash = (ulong)length;
        ref char first = ref MemoryMarshal.GetReference(name);
        if (length < 4)
        {
            hash = (hash + Short(ref first, length)) * multiplier;
        }
        else if (length <= 8)
        {
            // The first four characters and the last four, which overlap unless there are eight.
            hash = (hash + Word(ref first, 0)) * multiplier;
            hash = (hash + Word(ref first, length - 4)) * multiplier;
        }
        else
        {
            ReadOnlySpan<ulong> words = MemoryMarshal.Cast<char, ulong>(name);
            foreach (ulong word in words)
            {
                hash = (hash + word) * multiplier;
            }
            if ((length & 3) != 0)
            {
                hash = (hash + Word(ref first, length - 4)) * multiplier;
            }
        }
        hash ^= hash >> 32;
        return (uint)((hash * multiplier) >> 32);
    }

    /// <summary>
    /// A name of one to three characters as one word: its first, middle and last characters, which are all it has,
    /// and with the length tell every such name apart.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Short(ref char first, int length) =>
        first | (ulong)Unsafe.Add(ref first, length >> 1) << 16 | (ulong)Unsafe.Add(ref first, length - 1) << 32;

    /// <summary>The four characters from <paramref name="at"/> as one word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Word(ref char first, int at) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref first, at)));

    /// <summary>The number of the name spelled <paramref name="spelling"/>, added if new.</summary>
    /// <remarks>
    /// Inlined into the tokenizer, where nine names in ten are found: the call's entry and exit saved six registers
    /// for a look-up of a few dozen instructions. A new name is added by a call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Intern(ReadOnlySpan<char> spelling)
    {
        uint hash = Hash(spelling);
        int mask = _slots.Length - 1;
        int slot = Slot(hash, mask);
        while (_slots[slot] is var found and not 0)
        {
            ref Entry entry = ref _entries[found - 1];
            if (entry.Hash == hash && entry.Spelling.Length == spelling.Length && SameCharacters(spelling, entry.Spelling))
            {
                return found - 1;
            }
            slot = (slot + 1) & mask;
        }
        return AddName(spelling, hash, slot);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int AddName(ReadOnlySpan<char> spelling, uint hash, int slot)
    {
        string text = spelling.ToString();
        // CPython NFKC-normalizes every non-ASCII name (PEP 3131); a keyword is recognized before that, by its spelling.
        return Add(text, Ascii.IsValid(text) ? text : IdentifierNormalizer.Normalize(text), hash, TokenKind.Name, slot);
    }

    /// <summary>
    /// Whether <paramref name="spelling"/> and the same-length <paramref name="known"/> hold the same characters. A
    /// name of four to eight characters, the most common length, compares as two overlapping words, and a shorter one
    /// as one word (<see cref="Short"/>), both as the hash reads them, in place of a call that first dispatches on the
    /// length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool SameCharacters(ReadOnlySpan<char> spelling, string known)
    {
        int length = spelling.Length;
        ref char a = ref MemoryMarshal.GetReference(spelling);
        ref char b = ref Unsafe.AsRef(in known.GetPinnableReference());
        if (length < 4)
        {
            return Short(ref a, length) == Short(ref b, length);
        }
        if (length > 8)
        {
            return spelling.SequenceEqual(known);
        }
        return Word(ref a, 0) == Word(ref b, 0) && Word(ref a, length - 4) == Word(ref b, length - 4);
    }

    /// <summary>The name's text: its spelling, NFKC-normalized when that is not ASCII.</summary>
    public string Text(int id) => _entries[id].Text;

    /// <summary>The keyword the name spells, or <see cref="TokenKind.Name"/>.</summary>
    public TokenKind Kind(int id) => _entries[id].Kind;

    private int Add(string spelling, string text, uint hash, TokenKind kind, int slot)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }
        int id = _count++;
        _entries[id] = new Entry(hash, spelling, text, kind, slot);
        _slots[slot] = id + 1;
        if (_count * 2 > _slots.Length)
        {
            Rehash();
        }
        return id;
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        for (int id = 0; id < _count; id++)
        {
            ref Entry entry = ref _entries[id];
            entry = entry with { Slot = FreeSlot(entry.Hash) };
            _slots[entry.Slot] = id + 1;
        }
    }

    /// <summary>
    /// Back to the keywords alone, once the file's tree holds its names: the file's own slots are cleared, or, after
    /// a file that made the table grow, the table is made at its first size again.
    /// </summary>
    public void Forget()
    {
        if (_count == KeywordCount)
        {
            return;
        }
        if (_entries.Length > Capacity * 2)
        {
            Start();
            return;
        }
        for (int id = KeywordCount; id < _count; id++)
        {
            _slots[_entries[id].Slot] = 0;
            _entries[id] = default;
        }
        _count = KeywordCount;
    }

    /// <summary>A table at its first size, holding the keywords alone.</summary>
    [MemberNotNull(nameof(_entries), nameof(_slots))]
    private void Start()
    {
        _entries = new Entry[Capacity * 2];
        _slots = new int[Capacity * 4];
        _count = 0;
        AddKeywords();
    }

    /// <summary>
    /// The number of the name <c>match</c> in every table. The parser asks at every statement that starts with a name
    /// whether it is one of the soft keywords <c>match</c> and <c>type</c>; each table numbers them right after the
    /// hard keywords, so one comparison of numbers answers, where comparing spellings was 15 M of the stdlib parse's
    /// instructions. Python has 35 hard keywords (<see cref="Keywords.All"/>).
    /// </summary>
    public const int MatchId = 35;

    /// <summary>The number of the name <c>case</c> in every table (<see cref="MatchId"/>).</summary>
    public const int CaseId = MatchId + 1;

    /// <summary>The number of the name <c>type</c> in every table (<see cref="MatchId"/>).</summary>
    public const int TypeId = MatchId + 2;

    /// <summary>The hard keywords, then the soft keywords as names, numbered from zero in that order.</summary>
    private void AddKeywords()
    {
        foreach ((string word, TokenKind kind) in Keywords.All)
        {
            Add(word, kind);
        }
        foreach (string word in (ReadOnlySpan<string>)["match", "case", "type"])
        {
            Add(word, TokenKind.Name);
        }
    }

    private void Add(string word, TokenKind kind)
    {
        uint hash = Hash(word);
        Add(word, word, hash, kind, FreeSlot(hash));
    }

    private int FreeSlot(uint hash)
    {
        int mask = _slots.Length - 1;
        int slot = Slot(hash, mask);
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /// <summary>
    /// The hash's low bits: they are the middle of its last product, which every character moves. A further
    /// multiply by the golden ratio, there before, lengthened the chain of dependent steps every look-up waits
    /// for, and spread no better (100,000 names in a table at most half full, random or built to collide: 1.3 and
    /// 1.7 probes a look-up, against 1.3 and 2.1 with it).
    /// </summary>
    private static int Slot(uint hash, int mask) => (int)hash & mask;

    private readonly record struct Entry(uint Hash, string Spelling, string Text, TokenKind Kind, int Slot);
}
