using System.Runtime.CompilerServices;

namespace AlignCorpus.Core.Anchors;

/// <summary>
/// The anchor keys of the sentence being analysed and of the paragraph it stands in, in one set
/// for one thread: one probe tells whether a key is new in the sentence (its anchor is kept) and
/// whether it is new in the paragraph (the paragraph's merged features keep it). Open addressing
/// in one array of slots, each stamped with the paragraph and the sentence that last met its key,
/// so that starting a paragraph or a sentence only starts a new round.
/// </summary>
/// <remarks>
/// The sentences' features and the paragraph's made from them (<see cref="FeatureExtractor.Merge"/>)
/// each need their keys once: two <see cref="KeySet"/>s probed the same key twice.
/// </remarks>
internal sealed class ParagraphKeySet
{
    /// <summary>The slots to start with (a power of two), and the most kept after a long paragraph.</summary>
    private const int InitialSlots = 128;
    private const int MaxKeptSlots = 1 << 14;

    private Slot[] _slots = new Slot[InitialSlots];
    private int _count;

    /// <summary>The rounds of the current paragraph and sentence: a slot of another paragraph is empty (rounds start at 1).</summary>
    private int _paragraph = 1;
    private int _sentence = 1;

    /// <summary>Empties the set: a new paragraph (and a new sentence in it) starts.</summary>
    public void StartParagraph()
    {
        _count = 0;
        StartSentence();
        if (_slots.Length > MaxKeptSlots)
        {
            _slots = new Slot[InitialSlots];
            _paragraph = 1;
        }
        else if (++_paragraph == int.MaxValue)
        {
            Array.Clear(_slots);
            _paragraph = 1;
        }
    }

    /// <summary>A new sentence of the paragraph starts: every key is new in it again.</summary>
    public void StartSentence()
    {
        if (++_sentence == int.MaxValue)
        {
            // Only the current paragraph's slots are read: their sentences are all past ones.
            foreach (ref var s in _slots.AsSpan())
            {
                s.Sentence = 0;
            }

            _sentence = 1;
        }
    }

    /// <summary>
    /// Adds <paramref name="key"/> (whose <see cref="SpanMap{TValue}.Hash"/> is <paramref name="hash"/>)
    /// to the sentence; false when the sentence holds it already. <paramref name="newInParagraph"/>:
    /// no sentence of the paragraph held it before.
    /// </summary>
    /// <remarks>Inlined: the analyser's add of an anchor (one call) is its only caller on the hot path.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Add(string key, uint hash, out bool newInParagraph)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        int paragraph = _paragraph, sentence = _sentence;
        int i = (int)hash & mask;
        while (slots[i].Paragraph == paragraph)
        {
            ref var slot = ref slots[i];
            // A key met again is mostly the same string (a word's skeleton, kept with the word): compared by reference first.
            if (slot.Hash == hash && ((object)slot.Key == key || string.Equals(slot.Key, key, StringComparison.Ordinal)))
            {
                newInParagraph = false;
                if (slot.Sentence == sentence)
                {
                    return false;
                }

                // Only the stamp changes: the key stays (no reference is stored again).
                slot.Sentence = sentence;
                return true;
            }

            i = (i + 1) & mask;
        }

        slots[i] = new Slot(key, hash, paragraph, sentence);
        if (++_count * 2 > slots.Length)
        {
            Grow();
        }

        newInParagraph = true;
        return true;
    }

    private void Grow()
    {
        var old = _slots;
        var slots = new Slot[old.Length * 2];
        int mask = slots.Length - 1;
        foreach (var s in old)
        {
            if (s.Paragraph == _paragraph)
            {
                int i = (int)s.Hash & mask;
                while (slots[i].Paragraph == _paragraph)
                {
                    i = (i + 1) & mask;
                }

                slots[i] = s;
            }
        }

        _slots = slots;
    }

    /// <summary>One key, its hash, and the paragraph and sentence that last met it (the sentence is restamped in place).</summary>
    private struct Slot(string key, uint hash, int paragraph, int sentence)
    {
        public readonly string Key = key;
        public readonly uint Hash = hash;
        public readonly int Paragraph = paragraph;
        public int Sentence = sentence;
    }
}
