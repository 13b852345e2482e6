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

    /// <summary>How many entries the map holds.</summary>
    public int Count => _count;

    /// <summary>The hash of <paramref name="key"/> that <see cref="TryGetValue"/> and <see cref="Add"/> take (<see cref="KeyHash.Of"/>, shared with the other key tables).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<char> key) => KeyHash.Of(key);

    /// <summary>The value of the key that <paramref name="key"/> spells, whose <see cref="Hash"/> is <paramref name="hash"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, uint hash, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TValue? value)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int i = Index(hash, mask); ; i = (i + 1) & mask)
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

        Place(_slots, key, hash, value);
        _count++;
    }

    /// <summary>The first slot to probe: the top bits of the hash times the golden ratio (Fibonacci hashing: keys that differ in their last letters spread).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(uint hash, int mask) => (int)((hash * 2654435769u) >> (32 - BitOperations.PopCount((uint)mask)));

    private static void Place(Slot[] slots, string key, uint hash, TValue value)
    {
        int mask = slots.Length - 1;
        int i = Index(hash, mask);
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
        foreach (var s in old)
        {
            if (s.Value is not null)
            {
                Place(slots, s.Key, s.Hash, s.Value);
            }
        }

        _slots = slots;
    }

    /// <summary>One entry: its key, its value (null: the slot is empty) and the key's hash.</summary>
    private readonly record struct Slot(string Key, TValue? Value, uint Hash);
}
