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
    public bool MatchesIn(int from, int to)
    {
        int[] p = Partners;
        if (p.Length == 0 || to < from)
        {
            return false;
        }

        int k = Array.BinarySearch(p, from);
        if (k >= 0)
        {
            return true;
        }

        k = ~k;
        return k < p.Length && p[k] <= to;
    }
}
