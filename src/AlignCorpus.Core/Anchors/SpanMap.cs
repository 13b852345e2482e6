using System.Numerics;
using System.Runtime.CompilerServices;

namespace AlignCorpus.Core.Anchors;

/// <summary>
/// A map from strings to values, looked up by a span of characters, for one thread: open
/// addressing in one array of slots (key, value and the key's hash side by side), emptied when it
/// holds <see cref="Max"/> entries.
/// </summary>
/// <remarks>
/// The analyser looks every token of a batch up in such a map (<see cref="FeatureExtractor"/>'s
/// thread-local word map). A <see cref="Dictionary{TKey, TValue}"/> looked up by span pays for its
/// comparer's interface calls, a bucket array apart from its entries, and a hash of the whole
/// word made by the comparer; here the hash is computed inline, one slot holds all a probe needs,
/// and a slot whose hash differs is passed over without reading its key.
/// </remarks>
/// <typeparam name="TValue">The values (references: null marks an empty slot).</typeparam>
internal sealed class SpanMap<TValue>
    where TValue : class
{
    /// <summary>The most entries kept: one more empties the map first (a thread's recent words are met again soon).</summary>
    public const int Max = 50_000;

    /// <summary>The slots to start with (a power of two).</summary>
    private const int InitialSlots = 1024;

    private Slot[] _slots = new Slot[InitialSlots];
    private int _count;

    /// <summary>32 - log2 of the number of slots: the shift that makes a hash an index (<see cref="Index"/>).</summary>
    private int _shift = ShiftFor(InitialSlots);

    /// <summary>How many entries the map holds.</summary>
    public int Count => _count;

    /// <summary>The hash of <paramref name="key"/> that <see cref="TryGetValue"/> and <see cref="Add"/> take (<see cref="KeyHash.Of"/>, shared with the other key tables).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<char> key) => KeyHash.Of(key);

    /// <summary>The value of the key that <paramref name="key"/> spells, whose <see cref="Hash"/> is <paramref name="hash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> key, uint hash, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TValue? value)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int i = Index(hash, _shift); ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (slot.Value is null)
            {
                value = null;
                return false;
            }

            if (slot.Hash == hash && key.SequenceEqual(slot.Key))
            {
                value = slot.Value;
                return true;
            }
        }
    }

    /// <summary>
    /// Asks the processor to bring the first slot <paramref name="hash"/> probes into the cache: a
    /// word map of a batch is larger than the cache, and a look-up waits for its slot from memory;
    /// asked for a few words ahead, the waits overlap. Only a hint: nothing is read or changed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(uint hash) => Anchors.Prefetch.Element(ref _slots[Index(hash, _shift)]);

    /// <summary>
    /// The second step of <see cref="Prefetch"/>, once the slot is in the cache: asks for the key
    /// (whose characters a look-up compares) and the value of the slot when its hash is
    /// <paramref name="hash"/>. Only a hint: nothing is changed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchEntry(uint hash)
    {
        ref var slot = ref _slots[Index(hash, _shift)];
        if (slot.Hash == hash && slot.Value is { } value)
        {
            Anchors.Prefetch.Object(slot.Key);
            Anchors.Prefetch.Object(value);
        }
    }

    /// <summary>
    /// Adds <paramref name="key"/> (absent from the map; its <see cref="Hash"/> is
    /// <paramref name="hash"/>), emptying the map first when it is full.
    /// </summary>
    public void Add(string key, uint hash, TValue value)
    {
        if (_count >= Max)
        {
            Array.Clear(_slots);
            _count = 0;
        }

        // At most half the slots in use: probes stay short.
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        Place(_slots, _shift, key, hash, value);
        _count++;
    }

    /// <summary>The first slot to probe: the top bits of the hash times the golden ratio (Fibonacci hashing: keys that differ in their last letters spread).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(uint hash, int shift) => (int)((hash * 2654435769u) >> shift);

    /// <summary>The <see cref="Index"/> shift of a table of <paramref name="slots"/> slots (a power of two).</summary>
    private static int ShiftFor(int slots) => 32 - BitOperations.Log2((uint)slots);

    private static void Place(Slot[] slots, int shift, string key, uint hash, TValue value)
    {
        int mask = slots.Length - 1;
        int i = Index(hash, shift);
        while (slots[i].Value is not null)
        {
            i = (i + 1) & mask;
        }

        slots[i] = new Slot(key, value, hash);
    }

    private void Grow()
    {
        var old = _slots;
        var slots = new Slot[old.Length * 2];
        int shift = ShiftFor(slots.Length);
        foreach (var s in old)
        {
            if (s.Value is not null)
            {
                Place(slots, shift, s.Key, s.Hash, s.Value);
            }
        }

        _slots = slots;
        _shift = shift;
    }

    /// <summary>One entry: its key, its value (null: the slot is empty) and the key's hash.</summary>
    private readonly record struct Slot(string Key, TValue? Value, uint Hash);
}
