using AlignCorpus.Core.Analysis;

namespace AlignCorpus.Core.Anchors;

/// <summary>
/// An anchor of one unit together with the units of the other article that hold a matching anchor.
/// </summary>
/// <remarks>
/// The anchor is kept as its place in its unit's anchors, and its kind in a byte (24 bytes a link
/// instead of 56 with a copy of the anchor, 32 with the kind as an int): an article pair links
/// hundreds of anchors at each of its two levels, and the links are most of what linking allocates.
/// </remarks>
public readonly struct LinkedAnchor
{
    private readonly Anchor[] _unit;
    private readonly int _index;
    private readonly byte _kind;
    private readonly int[] _partners;

    /// <param name="anchor">The anchor itself.</param>
    /// <param name="kind">Its kind as evidence: a word matched to an English name counts as a name.</param>
    /// <param name="partners">Sorted indices of the other side's units with a match; empty when none.</param>
    /// <param name="fuzzy">True when the best match is not exact (one consonant inserted, deleted or changed).</param>
    public LinkedAnchor(Anchor anchor, AnchorKind kind, int[] partners, bool fuzzy)
        : this([anchor], 0, kind, partners, fuzzy)
    {
    }

    /// <summary>The same, for anchor <paramref name="index"/> of a unit's <paramref name="unit"/> anchors.</summary>
    internal LinkedAnchor(Anchor[] unit, int index, AnchorKind kind, int[] partners, bool fuzzy)
    {
        _unit = unit;
        _index = index;
        _kind = (byte)kind;
        _partners = partners;
        Fuzzy = fuzzy;
    }

    /// <summary>The anchor itself.</summary>
    public Anchor Anchor => _unit[_index];

    /// <summary>Its kind as evidence: a word matched to an English name counts as a name.</summary>
    public AnchorKind Kind => (AnchorKind)_kind;

    /// <summary>
    /// Sorted indices of the other side's units with a match; empty when none. Read-only: links
    /// to a single unit share one array per unit number on a thread, across documents.
    /// </summary>
    public ReadOnlySpan<int> Partners => _partners;

    /// <summary>The array behind <see cref="Partners"/> (tests of its sharing).</summary>
    internal int[] PartnerArray => _partners;

    /// <summary>True when the best match is not exact (one consonant inserted, deleted or changed).</summary>
    public bool Fuzzy { get; }

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
