using AlignCorpus.Core.Analysis;

namespace AlignCorpus.Core.Anchors;

/// <summary>
/// An anchor of one unit together with the units of the other article that hold a matching anchor.
/// </summary>
/// <param name="Anchor">The anchor itself.</param>
/// <param name="Kind">Its kind as evidence: a word matched to an English name counts as a name.</param>
/// <param name="Partners">Sorted indices of the other side's units with a match; empty when none.</param>
/// <param name="Fuzzy">True when the best match is not exact (one consonant inserted, deleted or changed).</param>
public readonly record struct LinkedAnchor(Anchor Anchor, AnchorKind Kind, int[] Partners, bool Fuzzy)
{
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
