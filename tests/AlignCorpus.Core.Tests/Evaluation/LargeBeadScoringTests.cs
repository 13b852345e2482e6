using AlignCorpus.Core.Evaluation;
using CsCheck;

namespace AlignCorpus.Core.Tests.Evaluation;

/// <summary>
/// Scoring stays linear in the bead files (issue 12): a bead's links are never spelled out as
/// every Hindi index with every English index. Results are checked, never timings: a quadratic
/// scorer runs out of memory on these beads (a 98 KB file took 2.9 GB) instead of answering.
/// </summary>
public sealed class LargeBeadScoringTests
{
    private static IndexBead Bead(IEnumerable<int> hindi, IEnumerable<int> english) => new([.. hindi], [.. english]);

    [Fact]
    public void One_bead_of_200k_indices_a_side_is_scored_exactly()
    {
        const int n = 200_000;
        var gold = new List<IndexBead> { Bead(Enumerable.Range(0, n), Enumerable.Range(0, n)) };

        // Not identical (one Hindi index split off) but overlapping on both sides: lax only.
        var hyp = new List<IndexBead> { Bead(Enumerable.Range(0, n - 1), Enumerable.Range(0, n)), Bead([n - 1], []) };
        AlignmentScorer.Precision(gold, hyp).Should().Be(new Counts(0, 2, 1, 1));
        AlignmentScorer.Precision(hyp, gold).Should().Be(new Counts(0, 1, 1, 0));

        // Its own English half shifted out of the gold bead: no shared link, not even lax.
        var apart = new List<IndexBead> { Bead(Enumerable.Range(0, n), Enumerable.Range(n, n)) };
        AlignmentScorer.Precision(gold, apart).Should().Be(new Counts(0, 1, 0, 1));
        AlignmentScorer.Score(gold, gold, NullTreatment.WithNull).Scores.F1Strict.Should().Be(1);
    }

    [Fact]
    public void A_bead_file_of_one_huge_bead_parses_and_scores()
    {
        const int n = 200_000;
        string side = string.Join(", ", Enumerable.Range(0, n));
        var gold = BeadFile.Parse($"[{side}]:[{side}]\n", "gold");
        var hyp = BeadFile.Parse($"[{side}]:[{side}]\n[]:[{n}]\n", "hyp");
        gold.Should().ContainSingle().Which.Hindi.Should().HaveCount(n);
        var s = AlignmentScorer.Score(gold, hyp, NullTreatment.WithNull);
        s.Precision.Should().Be(new Counts(1, 1, 1, 1));
        s.Recall.Should().Be(new Counts(1, 0, 1, 0));
    }

    /// <summary>The linear scorer against the reference definition spelled out (score.py's src2tgt links), on random bead files.</summary>
    [Fact]
    public void Counts_equal_the_reference_definition_on_random_beads()
    {
        var side = Gen.Int[0, 12].Array[0, 4];
        var bead = Gen.Select(side, side, (h, e) => new IndexBead(h, e));
        Gen.Select(bead.List[0, 12], bead.List[0, 12]).Sample((gold, test) =>
        {
            AlignmentScorer.Precision(gold, test).Should().Be(Reference(gold, test));
        }, iter: 2000);
    }

    private static Counts Reference(List<IndexBead> gold, List<IndexBead> test)
    {
        var goldKeys = gold.Where(b => b.Hindi.Length + b.English.Length > 0).Select(b => b.Key).ToHashSet();
        var links = new HashSet<(int, int)>();
        foreach (var g in gold.Where(b => b.Hindi.Length + b.English.Length > 0))
        {
            foreach (int s in g.Hindi)
            {
                foreach (int t in g.English)
                {
                    links.Add((s, t));
                }
            }
        }

        var c = default(Counts);
        foreach (var t in test.Where(b => b.Hindi.Length + b.English.Length > 0).DistinctBy(b => b.Key))
        {
            if (goldKeys.Contains(t.Key))
            {
                c = c with { StrictTp = c.StrictTp + 1, LaxTp = c.LaxTp + 1 };
            }
            else if (t.Hindi.Any(s => t.English.Any(e => links.Contains((s, e)))))
            {
                c = c with { StrictFp = c.StrictFp + 1, LaxTp = c.LaxTp + 1 };
            }
            else
            {
                c = c with { StrictFp = c.StrictFp + 1, LaxFp = c.LaxFp + 1 };
            }
        }

        return c;
    }
}
