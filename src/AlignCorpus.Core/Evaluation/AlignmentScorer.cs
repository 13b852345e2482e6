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
    public static Counts Precision(IReadOnlyList<IndexBead> gold, IReadOnlyList<IndexBead> test)
    {
        var goldSet = new HashSet<string>(StringComparer.Ordinal);
        var links = new Dictionary<int, HashSet<int>>();
        foreach (var g in gold)
        {
            if (g.Hindi.Length + g.English.Length == 0 || !goldSet.Add(g.Key))
            {
                continue;
            }

            foreach (int s in g.Hindi)
            {
                if (!links.TryGetValue(s, out var set))
                {
                    set = [];
                    links[s] = set;
                }

                set.UnionWith(g.English);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var c = default(Counts);
        foreach (var t in test)
        {
            if (t.Hindi.Length + t.English.Length == 0 || !seen.Add(t.Key))
            {
                continue;
            }

            if (goldSet.Contains(t.Key))
            {
                c.StrictTp++;
                c.LaxTp++;
                continue;
            }

            c.StrictFp++;
            bool lax = t.Hindi.Any(s => links.TryGetValue(s, out var targets) && t.English.Any(targets.Contains));
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
}
