using AlignCorpus.Core.Analysis;

namespace AlignCorpus.Core.Anchors;

/// <summary>
/// An anchor of one unit together with the units of the other article that hold a matching anchor.
/// </summary>
/// <remarks>
/// The anchor is kept as its place in its unit's anchors, and its kind in a byte (24 bytes a link
/// with its key's number instead of 56 with a copy of the anchor): an article pair links
/// hundreds of anchors at each of its two levels, and the links are most of what linking allocates.
/// </remarks>
public readonly struct LinkedAnchor
{
    private readonly Anchor[] _unit;
    private readonly int[] _partners;

    /// <summary>The anchor's place in its unit's anchors (the low 24 bits), its kind (the next 7) and whether the match is fuzzy (the top bit).</summary>
    private readonly uint _place;

    /// <summary>The number of the anchor's key in its document (<see cref="KeyNumbers"/>), -1 when not numbered.</summary>
    private readonly int _keyNumber;

    /// <param name="anchor">The anchor itself.</param>
    /// <param name="kind">Its kind as evidence: a word matched to an English name counts as a name.</param>
    /// <param name="partners">Sorted indices of the other side's units with a match; empty when none.</param>
    /// <param name="fuzzy">True when the best match is not exact (one consonant inserted, deleted or changed).</param>
    public LinkedAnchor(Anchor anchor, AnchorKind kind, int[] partners, bool fuzzy)
        : this([anchor], 0, kind, partners, fuzzy, -1)
    {
    }

    /// <summary>
    /// The same, for anchor <paramref name="index"/> of a unit's <paramref name="unit"/> anchors,
    /// whose key is numbered <paramref name="keyNumber"/> in its document (-1: not numbered).
    /// </summary>
    internal LinkedAnchor(Anchor[] unit, int index, AnchorKind kind, int[] partners, bool fuzzy, int keyNumber)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)index, MaxIndex, nameof(index));
        _unit = unit;
        _partners = partners;
        _place = (uint)index | ((uint)(byte)kind << 24 & 0x7F00_0000) | (fuzzy ? 0x8000_0000 : 0);
        _keyNumber = keyNumber;
    }

    private const uint MaxIndex = (1 << 24) - 1;

    /// <summary>The anchor itself.</summary>
    public Anchor Anchor => _unit[(int)(_place & MaxIndex)];

    /// <summary>Its kind as evidence: a word matched to an English name counts as a name.</summary>
    public AnchorKind Kind => (AnchorKind)((_place >> 24) & 0x7F);

    /// <summary>
    /// The number of the anchor's key in the document that was linked (equal keys, equal
    /// numbers; the cost model counts keys by it without hashing them), -1 when not numbered.
    /// </summary>
    internal int KeyNumber => _keyNumber;

    /// <summary>
    /// Sorted indices of the other side's units with a match; empty when none. Read-only: links
    /// to a single unit share one array per unit number on a thread, across documents.
    /// </summary>
    public ReadOnlySpan<int> Partners => _partners;

    /// <summary>The array behind <see cref="Partners"/> (tests of its sharing).</summary>
    internal int[] PartnerArray => _partners;

    /// <summary>True when the best match is not exact (one consonant inserted, deleted or changed).</summary>
    public bool Fuzzy => (_place & 0x8000_0000) != 0;

    /// <summary>True when some unit in [from, to] of the other side holds a match.</summary>
    public bool MatchesIn(int from, int to) => AnyIn(Partners, from, to);

    /// <summary>
    /// True when some value of <paramref name="sorted"/> (ascending) lies in [from, to]. Most
    /// anchors have one or two partners: the ends answer before any search (the scoring of
    /// beads asks this for every anchor of every bead considered).
    /// </summary>
    public static bool AnyIn(ReadOnlySpan<int> sorted, int from, int to)
    {
        if (sorted.IsEmpty || to < from)
        {
            return false;
        }

        int lo = 0, hi = sorted.Length - 1;
        if (sorted[lo] > to || sorted[hi] < from)
        {
            return false;
        }

        if (sorted[lo] >= from)
        {
            return true;
        }

        // sorted[0] < from <= sorted[hi]: the first value at or above from lies in (0, hi].
        lo++;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return sorted[lo] <= to;
    }
}

/// <summary>
/// Numbers the keys of linked anchors densely from 0 (equal keys, equal numbers), for a cost
/// model's key counts: by the number linking gave the key where it has one (no hashing), else by
/// the key itself. One per thread, emptied after each model.
/// </summary>
internal sealed class DenseKeys
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);

    /// <summary>Document key number -> its dense number plus one (0: none yet).</summary>
    private int[] _byNumber = new int[256];
    private readonly List<int> _used = [];

    /// <summary>How many keys are numbered.</summary>
    public int Count { get; private set; }

    /// <summary>The dense number of the key of <paramref name="anchor"/>, a new one (the next) when it has none.</summary>
    public int Of(in LinkedAnchor anchor)
    {
        // A key is numbered by linking in all of a model's links or in none: the two maps never meet.
        int number = anchor.KeyNumber;
        if (number < 0)
        {
            ref int slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_byKey, anchor.Anchor.Key, out bool known);
            if (!known)
            {
                slot = Count++;
            }

            return slot;
        }

        if (number >= _byNumber.Length)
        {
            Array.Resize(ref _byNumber, Math.Max(number + 1, 2 * _byNumber.Length));
        }

        ref int dense = ref _byNumber[number];
        if (dense == 0)
        {
            dense = ++Count;
            _used.Add(number);
        }

        return dense - 1;
    }

    /// <summary>Forgets the numbers given (a huge document's tables are not kept).</summary>
    public void Clear()
    {
        foreach (int number in _used)
        {
            _byNumber[number] = 0;
        }

        _used.Clear();
        _byKey.Clear();
        Count = 0;
        if (_byNumber.Length > 1 << 16)
        {
            _byNumber = new int[256];
            _used.Capacity = 0;
        }

        if (_byKey.EnsureCapacity(0) > 100_000)
        {
            _byKey.TrimExcess();
        }
    }
}
