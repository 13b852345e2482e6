namespace AlignCorpus.Core.Anchors;

/// <summary>
/// A set of strings for one thread, emptied once per unit: the anchor keys a unit already has
/// (<see cref="FeatureExtractor"/> gives each key once), or the words an article writes in lower case. Open addressing in one array of slots
/// (key and hash side by side), each stamped with the round it was filled in, so that
/// <see cref="Clear"/> only starts a new round.
/// </summary>
/// <remarks>
/// A unit has a score of keys, and a batch analyses hundreds of thousands of units, then merges
/// the sentences of each paragraph: a <see cref="HashSet{T}"/> of strings there paid for its
/// comparer's interface calls on every key and cleared its arrays for every unit.
/// </remarks>
internal sealed class KeySet
{
    /// <summary>The slots to start with (a power of two), and the most kept after a long unit.</summary>
    private const int InitialSlots = 64;
    private const int MaxKeptSlots = 1 << 14;

    private Slot[] _slots = new Slot[InitialSlots];
    private int _count;

    /// <summary>The round of the current contents: a slot stamped otherwise is empty (rounds start at 1).</summary>
    private int _round = 1;

    /// <summary>How many keys the set holds.</summary>
    public int Count => _count;

    /// <summary>Empties the set.</summary>
    public void Clear()
    {
        _count = 0;
        if (_slots.Length > MaxKeptSlots)
        {
            _slots = new Slot[InitialSlots];
            _round = 1;
        }
        else if (++_round == int.MaxValue)
        {
            Array.Clear(_slots);
            _round = 1;
        }
    }

    /// <summary>Whether the set holds the key that <paramref name="key"/> spells.</summary>
    public bool Contains(ReadOnlySpan<char> key) => Contains(key, SpanMap<string>.Hash(key));

    /// <summary>The same, for a key whose <see cref="SpanMap{TValue}.Hash"/> is <paramref name="hash"/>.</summary>
    public bool Contains(ReadOnlySpan<char> key, uint hash)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int i = (int)hash & mask; slots[i].Round == _round; i = (i + 1) & mask)
        {
            if (slots[i].Hash == hash && key.SequenceEqual(slots[i].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds <paramref name="key"/>; false when the set already holds it.</summary>
    public bool Add(string key) => Add(key, SpanMap<string>.Hash(key));

    /// <summary>
    /// The same, for a key whose <see cref="SpanMap{TValue}.Hash"/> is <paramref name="hash"/>
    /// (the analyser keeps the hashes of the keys it makes again and again: a word's skeleton).
    /// </summary>
    public bool Add(string key, uint hash)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        int i = (int)hash & mask;
        while (slots[i].Round == _round)
        {
            if (slots[i].Hash == hash && string.Equals(slots[i].Key, key, StringComparison.Ordinal))
            {
                return false;
            }

            i = (i + 1) & mask;
        }

        slots[i] = new Slot(key, hash, _round);
        if (++_count * 2 > slots.Length)
        {
            Grow();
        }

        return true;
    }

    private void Grow()
    {
        var old = _slots;
        var slots = new Slot[old.Length * 2];
        int mask = slots.Length - 1;
        foreach (var s in old)
        {
            if (s.Round == _round)
            {
                int i = (int)s.Hash & mask;
                while (slots[i].Round == _round)
                {
                    i = (i + 1) & mask;
                }

                slots[i] = s;
            }
        }

        _slots = slots;
    }

    /// <summary>One key, its hash, and the round it was added in.</summary>
    private readonly record struct Slot(string Key, uint Hash, int Round);
}
