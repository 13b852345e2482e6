using AlignCorpus.Core.Alignment;

namespace AlignCorpus.Core.Sentences;

/// <summary>Rewrites the runs of null beads of an alignment, pairs kept as they are.</summary>
internal static class NullRuns
{
    /// <summary>
    /// The beads, each maximal run of null beads [from, to) replaced by what
    /// <paramref name="rewrite"/> appends to the list it is given (the run itself, reordered, or a pair).
    /// </summary>
    public static List<Bead> Rewrite(IReadOnlyList<Bead> beads, Action<int, int, List<Bead>> rewrite)
    {
        var result = new List<Bead>(beads.Count);
        int k = 0;
        while (k < beads.Count)
        {
            if (beads[k].IsPair)
            {
                result.Add(beads[k++]);
                continue;
            }

            int end = k;
            while (end < beads.Count && !beads[end].IsPair)
            {
                end++;
            }

            rewrite(k, end, result);
            k = end;
        }

        return result;
    }
}
