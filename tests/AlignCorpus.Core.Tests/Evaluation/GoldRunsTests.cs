using AlignCorpus.Core.Evaluation;
using CsCheck;

namespace AlignCorpus.Core.Tests.Evaluation;

/// <summary>
/// Sentence-pair scoring finds runs of gold pairs without spelling them out (issue 12: a one-line
/// hypothesis against 400 gold pairs built every run's joined text and ran out of memory).
/// </summary>
public sealed class GoldRunsTests
{
    [Fact]
    public void A_one_line_hypothesis_matches_the_run_of_all_gold_pairs()
    {
        var gold = Enumerable.Range(0, 20_000).Select(i => ($"वाक्य {i} है।", $"Sentence {i} is here.")).ToList();
        var one = (string.Join(' ', gold.Select(p => p.Item1)), string.Join(' ', gold.Select(p => p.Item2)));
        var c = PairScorer.Score(gold, [one]);
        (c.StrictMatched, c.LaxMatched, c.LaxCovered).Should().Be((0, 1, 20_000));

        // The same line with its last English word changed matches nothing.
        var off = (one.Item1, one.Item2[..^6] + "there.");
        PairScorer.Score(gold, [off]).LaxMatched.Should().Be(0);
    }

    [Fact]
    public void Runs_are_taken_in_gold_order_at_most_once_per_hypothesis_copy()
    {
        (string, string)[] gold = [("क", "a"), ("क", "a"), ("क", "a"), ("ख", "b")];
        var runs = new GoldRuns(gold);
        runs.Find("क क", "a a", 5).Should().Equal((0, 1), (1, 2));
        runs.Find("क क", "a a", 1).Should().Equal((0, 1));
        runs.Find("क ख", "a b", 5).Should().Equal((2, 3));
        runs.Find("क ख", "a a", 5).Should().BeEmpty();
        runs.Find("क", "a", 2).Should().Equal((0, 0), (1, 1));
    }

    /// <summary>Against score_pairs.py's definition spelled out (every run's joined text), with repeats and spaces inside pairs.</summary>
    [Fact]
    public void Counts_equal_the_reference_definition_on_random_pairs()
    {
        string[] texts = ["क", "ख", "क ख", "a", "b", "a b"];
        var text = Gen.Int[0, texts.Length - 1].Select(k => texts[k]);
        var pair = Gen.Select(text, text);
        Gen.Select(pair.List[0, 8], Gen.Select(pair.List[0, 8], pair.List[0, 3])).Sample((gold, h) =>
        {
            // The hypothesis: some pairs of its own and some joins of gold runs.
            var hyp = h.Item1.ToList();
            for (int i = 0; i + 1 < gold.Count; i += 2)
            {
                hyp.Add((gold[i].Item1 + " " + gold[i + 1].Item1, gold[i].Item2 + " " + gold[i + 1].Item2));
            }

            hyp.AddRange(h.Item2);
            PairScorer.Score(gold, hyp).Should().Be(Reference(gold, hyp));
        }, iter: 2000);
    }

    private static PairCounts Reference(List<(string, string)> gold, List<(string, string)> hyp)
    {
        var goldCount = gold.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var hypCount = hyp.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        int strict = hypCount.Sum(kv => Math.Min(kv.Value, goldCount.GetValueOrDefault(kv.Key)));
        var ranges = new Dictionary<(string, string), List<(int, int)>>();
        for (int i = 0; i < gold.Count; i++)
        {
            var (h, e) = gold[i];
            for (int j = i; j < gold.Count; j++)
            {
                if (j > i)
                {
                    h += " " + gold[j].Item1;
                    e += " " + gold[j].Item2;
                }

                (ranges.TryGetValue((h, e), out var list) ? list : ranges[(h, e)] = []).Add((i, j));
            }
        }

        int lax = 0;
        var covered = new HashSet<int>();
        foreach (var (p, n) in hypCount)
        {
            var rs = ranges.GetValueOrDefault(p) ?? [];
            lax += Math.Min(n, rs.Count);
            foreach (var (i, j) in rs.Take(n))
            {
                covered.UnionWith(Enumerable.Range(i, j - i + 1));
            }
        }

        return new PairCounts(gold.Count, hyp.Count, strict, lax, covered.Count, 0);
    }
}
