namespace AlignCorpus.Core.Evaluation;

/// <summary>How null beads (one empty side) are treated when scoring.</summary>
public enum NullTreatment
{
    /// <summary>Null beads count in both precision and recall: finding the noise lines matters.</summary>
    WithNull,

    /// <summary>As vecalign's score.py: precision keeps null beads, recall drops them.</summary>
    Vecalign,

    /// <summary>Null beads dropped from both.</summary>
    NoNull,
}

/// <summary>True and false positives, strict and lax, of one direction (precision or recall).</summary>
public record struct Counts(int StrictTp, int StrictFp, int LaxTp, int LaxFp)
{
    public static Counts operator +(Counts a, Counts b) =>
        new(a.StrictTp + b.StrictTp, a.StrictFp + b.StrictFp, a.LaxTp + b.LaxTp, a.LaxFp + b.LaxFp);

    public readonly double Strict => Div(StrictTp, StrictTp + StrictFp);

    public readonly double Lax => Div(LaxTp, LaxTp + LaxFp);

    internal static double Div(double a, double b) => b == 0 ? 0 : a / b;
}

/// <summary>The counts of one document (or a sum of documents) under one null treatment.</summary>
public record struct DocumentCounts(Counts Precision, Counts Recall)
{
    public static DocumentCounts operator +(DocumentCounts a, DocumentCounts b) => new(a.Precision + b.Precision, a.Recall + b.Recall);

    public readonly Scores Scores => new(
        Precision.Strict, Recall.Strict, F1(Precision.Strict, Recall.Strict),
        Precision.Lax, Recall.Lax, F1(Precision.Lax, Recall.Lax));

    private static double F1(double p, double r) => Counts.Div(2 * p * r, p + r);
}

/// <summary>Precision, recall and F1, strict and lax.</summary>
public readonly record struct Scores(
    double PrecisionStrict, double RecallStrict, double F1Strict,
    double PrecisionLax, double RecallLax, double F1Lax);

/// <summary>
/// Scores hypothesis beads against gold beads with the definitions of the reference scorer
/// (shared/tools/score.py, after vecalign): strict = identical bead; lax = a non-identical bead
/// that shares a Hindi index with a gold link whose English side it also shares; null beads
/// match only exactly; recall is precision with gold and hypothesis swapped; beads are sets.
/// </summary>
public static class AlignmentScorer
{
    public static DocumentCounts Score(IReadOnlyList<IndexBead> gold, IReadOnlyList<IndexBead> hyp, NullTreatment treatment)
    {
        var goldPairs = gold.Where(b => !b.IsNull).ToList();
        var hypPairs = hyp.Where(b => !b.IsNull).ToList();
        return treatment switch
        {
            NullTreatment.WithNull => new(Precision(gold, hyp), Precision(hyp, gold)),
            NullTreatment.Vecalign => new(Precision(gold, hyp), Precision(hypPairs, goldPairs)),
            _ => new(Precision(goldPairs, hypPairs), Precision(hypPairs, goldPairs)),
        };
    }

    /// <summary>Counts of <paramref name="test"/> beads measured against <paramref name="gold"/> beads.</summary>
    /// <remarks>
    /// Linear in the two files: a gold bead's links (every Hindi index with every English index)
    /// are never spelled out, which would be quadratic in the bead's size. A test bead is a lax
    /// match when some gold bead holds one of its Hindi indices and one of its English indices:
    /// the gold beads met through its Hindi indices are marked, then its English indices look
    /// for a marked one (<see cref="BeadsByIndex"/>).
    /// </remarks>
    public static Counts Precision(IReadOnlyList<IndexBead> gold, IReadOnlyList<IndexBead> test)
    {
        var goldSet = new HashSet<string>(StringComparer.Ordinal);
        var linking = new List<IndexBead>();
        foreach (var g in gold)
        {
            // A bead with an empty side links nothing (its Hindi indices have no English partner).
            if (g.Hindi.Length + g.English.Length > 0 && goldSet.Add(g.Key) && !g.IsNull)
            {
                linking.Add(g);
            }
        }

        var byHindi = new BeadsByIndex(linking, english: false);
        var byEnglish = new BeadsByIndex(linking, english: true);
        var mark = new int[linking.Count];
        int stamp = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var c = default(Counts);
        foreach (var t in test)
        {
            string key = t.Key;
            if (t.Hindi.Length + t.English.Length == 0 || !seen.Add(key))
            {
                continue;
            }

            if (goldSet.Contains(key))
            {
                c.StrictTp++;
                c.LaxTp++;
                continue;
            }

            c.StrictFp++;
            stamp++;
            foreach (int s in t.Hindi)
            {
                for (int k = byHindi.First(s); k >= 0; k = byHindi.Next(k))
                {
                    mark[byHindi.Bead(k)] = stamp;
                }
            }

            bool lax = false;
            foreach (int e in t.English)
            {
                for (int k = byEnglish.First(e); k >= 0 && !lax; k = byEnglish.Next(k))
                {
                    lax = mark[byEnglish.Bead(k)] == stamp;
                }

                if (lax)
                {
                    break;
                }
            }

            if (lax)
            {
                c.LaxTp++;
            }
            else
            {
                c.LaxFp++;
            }
        }

        return c;
    }

    /// <summary>
    /// Which beads hold each index of one side: a list per index, chained through one array, so
    /// the whole map is as large as the beads' indices put together.
    /// </summary>
    private sealed class BeadsByIndex
    {
        private readonly Dictionary<int, int> _first = [];
        private readonly List<int> _next = [];
        private readonly List<int> _bead = [];

        public BeadsByIndex(List<IndexBead> beads, bool english)
        {
            for (int b = beads.Count - 1; b >= 0; b--)
            {
                foreach (int x in english ? beads[b].English : beads[b].Hindi)
                {
                    _next.Add(_first.TryGetValue(x, out int head) ? head : -1);
                    _bead.Add(b);
                    _first[x] = _next.Count - 1;
                }
            }
        }

        /// <summary>The first entry of index <paramref name="x"/>, or -1.</summary>
        public int First(int x) => _first.TryGetValue(x, out int k) ? k : -1;

        /// <summary>The entry after <paramref name="k"/> for the same index, or -1.</summary>
        public int Next(int k) => _next[k];

        /// <summary>The bead of entry <paramref name="k"/>.</summary>
        public int Bead(int k) => _bead[k];
    }
}
