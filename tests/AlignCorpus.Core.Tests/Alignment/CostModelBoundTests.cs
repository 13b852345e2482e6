using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;
using CsCheck;

namespace AlignCorpus.Core.Tests.Alignment;

/// <summary>
/// The search skips a bead of several units when <see cref="CostModel.UpperBound"/> cannot beat
/// a cell's best (issue 15): the bound must never be below the bead's score, whatever the
/// settings, or the skip would change alignments.
/// </summary>
public sealed class CostModelBoundTests
{
    /// <summary>Every sample's and the seed's paragraphs, analysed and linked once.</summary>
    private static readonly (UnitFeatures[] Hindi, UnitFeatures[] English, AnchorLinks Links)[] Pairs = Load();

    private static (UnitFeatures[], UnitFeatures[], AnchorLinks)[] Load()
    {
        var files = Directory.GetDirectories(RepoPaths.Samples).Order(StringComparer.Ordinal)
            .Select(d => (Path.Combine(d, "hi.txt"), Path.Combine(d, "en.txt")))
            .Append((RepoPaths.SeedHindi, RepoPaths.SeedEnglish));
        return files.Select(f =>
        {
            var hf = FeatureExtractor.Default.Analyze(ArticleLoader.Load(f.Item1), Language.Hindi);
            var ef = FeatureExtractor.Default.Analyze(ArticleLoader.Load(f.Item2), Language.English);
            return (hf, ef, AnchorLinks.Build(hf, ef));
        }).ToArray();
    }

    /// <summary>Settings around the shipped ones, signs included (a positive merge prior, negative weights, no saturation).</summary>
    private static readonly Gen<AlignerOptions> Settings =
        Gen.Select(Gen.Double[-2, 2], Gen.Double[0, 2], Gen.Double[-0.5, 1.5], Gen.Double[-1, 1], Gen.Double[-1, 1], Gen.Double[0, 20], Gen.Double[-1, 1])
            .Select(Gen.Double[-1, 1], Gen.Bool, (t, pairPrior, positive) => (t, pairPrior, positive))
            .Select(x => SentenceAligner.ArticleOptions with
            {
                MergePrior = x.t.Item1,
                MergeEvidence = x.t.Item2 < 0.3 ? 0 : x.t.Item2,
                MergeFloor = x.t.Item3,
                ContradictionWeight = x.t.Item4,
                UnmatchedWeight = x.t.Item5,
                AnchorSaturation = x.t.Item6 < 1 ? 0 : x.t.Item6,
                BoundaryAgree = x.t.Item7,
                PairPrior = x.pairPrior,
                WordWeight = x.positive ? 0.6 : -0.6,
            });

    [Fact]
    public void The_bound_is_never_below_the_score_of_any_bead_up_to_six_a_side()
    {
        Gen.Select(Settings, Gen.Int[0, Pairs.Length - 1], Gen.Int[0, 2]).Sample((options, p, breaks) =>
        {
            var (hf, ef, links) = Pairs[p];
            var model = new CostModel(options, hf, ef, links, Breaks(hf.Length, breaks), Breaks(ef.Length, breaks + 1));
            for (int i0 = 0; i0 < hf.Length; i0++)
            {
                for (int j0 = 0; j0 < ef.Length; j0++)
                {
                    for (int hn = 1; hn <= 6 && i0 + hn <= hf.Length; hn++)
                    {
                        for (int en = 1; en <= 6 && j0 + en <= ef.Length; en++)
                        {
                            double x = model.LogRatio(i0, hn, j0, en);
                            double score = model.Score(i0, hn, j0, en, x);
                            if (model.UpperBound(i0, hn, j0, en, x) < score - 1e-9 || model.UpperBound(i0, hn, j0, en, x, tight: true) < score - 1e-9)
                            {
                                return false;
                            }
                        }
                    }
                }
            }

            return true;
        }, iter: 40);
    }

    /// <summary>
    /// The first bound the search asks (every anchor of the bead's units at its best, from running
    /// sums) must never be below the anchor gain of the loose bound it stands in front of: a
    /// ceiling under it would skip beads the loose bound keeps, and change the alignment.
    /// </summary>
    [Fact]
    public void The_anchor_ceiling_is_never_below_the_loose_gain_of_any_bead_up_to_six_a_side()
    {
        Gen.Select(Settings, Gen.Int[0, Pairs.Length - 1], Gen.Int[0, 2]).Sample((options, p, breaks) =>
        {
            var (hf, ef, links) = Pairs[p];
            var model = new CostModel(options, hf, ef, links, Breaks(hf.Length, breaks), Breaks(ef.Length, breaks + 1));
            for (int i0 = 0; i0 < hf.Length; i0++)
            {
                for (int j0 = 0; j0 < ef.Length; j0++)
                {
                    for (int hn = 1; hn <= 6 && i0 + hn <= hf.Length; hn++)
                    {
                        for (int en = 1; en <= 6 && j0 + en <= ef.Length; en++)
                        {
                            if (model.AnchorGainCeiling(i0, hn, j0, en) < model.AnchorGain(i0, hn, j0, en, tight: false) - 1e-9)
                            {
                                return false;
                            }
                        }
                    }
                }
            }

            return true;
        }, iter: 40);
    }

    /// <summary>
    /// All samples and the seed, twice, as one pair (more than 64 units a side: the bound tells whether a
    /// unit reaches a range by the hull of its partners, without the bit mask), beads up to 4-4
    /// near the diagonal; and the 1-1 beads against every unit, which a model also answers from its store.
    /// </summary>
    [Fact]
    public void The_bound_holds_in_an_article_of_more_than_64_units_a_side()
    {
        // Twice over: every anchor then has partners far apart, and the hull of a unit's partners is wide.
        var hf = Pairs.Concat(Pairs).SelectMany(p => p.Hindi).ToArray();
        var ef = Pairs.Concat(Pairs).SelectMany(p => p.English).ToArray();
        hf.Length.Should().BeGreaterThan(64);
        ef.Length.Should().BeGreaterThan(64);
        var links = AnchorLinks.Build(hf, ef);
        Gen.Select(Settings, Gen.Int[0, 2]).Sample((options, breaks) =>
        {
            var model = new CostModel(options, hf, ef, links, Breaks(hf.Length, breaks), Breaks(ef.Length, breaks + 1));
            for (int i0 = 0; i0 < hf.Length; i0++)
            {
                int diagonal = (int)((long)i0 * ef.Length / hf.Length);
                for (int j0 = Math.Max(0, diagonal - 12); j0 < Math.Min(ef.Length, diagonal + 12); j0++)
                {
                    for (int hn = 1; hn <= 4 && i0 + hn <= hf.Length; hn++)
                    {
                        for (int en = 1; en <= 4 && j0 + en <= ef.Length; en++)
                        {
                            double x = model.LogRatio(i0, hn, j0, en);
                            double score = model.Score(i0, hn, j0, en, x);
                            if (model.UpperBound(i0, hn, j0, en, x) < score - 1e-9 || model.UpperBound(i0, hn, j0, en, x, tight: true) < score - 1e-9)
                            {
                                return false;
                            }
                        }
                    }
                }
            }

            return true;
        }, iter: 12);
    }

    /// <summary>
    /// The tight bound counts a unit's partners inside the bead only: below the loose one for
    /// beads of units rich in anchors that share few of them with the other side's range, and
    /// never above it.
    /// </summary>
    [Fact]
    public void The_tight_bound_is_never_above_the_loose_one_and_below_it_for_some_beads()
    {
        var (hf, ef, links) = Pairs[^1];
        var model = new CostModel(SentenceAligner.ArticleOptions, hf, ef, links);
        int tighter = 0;
        for (int i0 = 0; i0 + 2 <= hf.Length; i0++)
        {
            for (int j0 = 0; j0 + 1 <= ef.Length; j0++)
            {
                double x = model.LogRatio(i0, 2, j0, 1);
                double loose = model.UpperBound(i0, 2, j0, 1, x), tight = model.UpperBound(i0, 2, j0, 1, x, tight: true);
                tight.Should().BeLessThanOrEqualTo(loose);
                tighter += tight < loose - 1e-9 ? 1 : 0;
            }
        }

        tighter.Should().BeGreaterThan(0);
    }

    /// <summary>
    /// The tight bound counts what the anchors of a unit lose when their partners lie elsewhere
    /// (the paragraph DP and the quick pass skip most 1-1 beads off the path on it): a 1-1 bead
    /// whose anchors match nothing inside it is bounded by its very score, its contradictions
    /// included; a bound that left them out (or counted them twice) would be above it (or below).
    /// </summary>
    [Fact]
    public void A_one_to_one_bead_that_matches_nothing_is_bounded_by_its_score()
    {
        var (hf, ef, links) = Pairs[^1];
        var model = new CostModel(AlignerOptions.Default, hf, ef, links);
        int contradicted = 0;
        for (int i0 = 0; i0 < hf.Length; i0++)
        {
            for (int j0 = 0; j0 < ef.Length; j0++)
            {
                var evidence = model.Explain(i0, 1, j0, 1);
                if (evidence.Matched.Count > 0 || evidence.AnchorTerm <= -100)
                {
                    continue;
                }

                double x = model.LogRatio(i0, 1, j0, 1);
                model.UpperBound(i0, 1, j0, 1, x, tight: true).Should().BeApproximately(model.Score(i0, 1, j0, 1, x), 1e-9);
                contradicted += evidence.Contradicted.Count > 0 ? 1 : 0;
            }
        }

        contradicted.Should().BeGreaterThan(0);
    }

    /// <summary>
    /// The search bounds a bead's length term before it takes the logarithm of the bead's ratio,
    /// from a table of logarithms: that bound must never be below the term (or the search would
    /// skip a bead that wins), and must stay next to it (or it would skip nothing).
    /// </summary>
    [Fact]
    public void The_length_bound_from_the_table_is_never_below_the_length_term()
    {
        Gen.Select(Settings, Gen.Double[-0.5, 0.5], Gen.Double[0.001, 0.05], Gen.Double[0.5, 5]).Sample((options, mean, floor, perChar) =>
        {
            options = options with { LengthLogMean = mean, VarianceFloor = floor, VariancePerChar = perChar };
            foreach (var (hf, ef, links) in Pairs)
            {
                var model = new CostModel(options, hf, ef, links);
                for (int i0 = 0; i0 < hf.Length; i0++)
                {
                    for (int j0 = 0; j0 < ef.Length; j0++)
                    {
                        for (int hn = 1; hn <= 6 && i0 + hn <= hf.Length; hn++)
                        {
                            for (int en = 1; en <= 6 && j0 + en <= ef.Length; en++)
                            {
                                double term = model.LengthTermOf(i0, hn, j0, en, model.LogRatio(i0, hn, j0, en));
                                double bound = model.LengthBound(i0, hn, j0, en);
                                if (bound < term || bound > term + (2 * CostModel.LengthBoundMargin))
                                {
                                    return false;
                                }
                            }
                        }
                    }
                }
            }

            return true;
        }, iter: 10);
    }

    [Fact]
    public void A_stored_one_to_one_score_equals_the_one_worked_out_afresh()
    {
        var (hf, ef, links) = Pairs[^1];
        var options = SentenceAligner.ArticleOptions;
        var first = new CostModel(options, hf, ef, links, Breaks(hf.Length, 1), Breaks(ef.Length, 2));
        var again = first.WithPriors(options with { BoundaryMismatch = 1.3 });
        for (int i0 = 0; i0 < hf.Length; i0++)
        {
            for (int j0 = 0; j0 < ef.Length; j0++)
            {
                double before = first.Score(i0, 1, j0, 1);
                first.Score(i0, 1, j0, 1).Should().Be(before);
                // A fresh model under the other priors, with nothing stored, gives the score the derived one gives from the store.
                var fresh = new CostModel(options with { BoundaryMismatch = 1.3 }, hf, ef, links, Breaks(hf.Length, 1), Breaks(ef.Length, 2));
                again.Score(i0, 1, j0, 1).Should().Be(fresh.Score(i0, 1, j0, 1));
                first.Explain(i0, 1, j0, 1).Total.Should().BeApproximately(before, 1e-9);
            }
        }
    }

    [Fact]
    public void Scores_given_the_log_ratio_equal_scores_without()
    {
        var (hf, ef, links) = Pairs[^1];
        var model = new CostModel(SentenceAligner.ArticleOptions, hf, ef, links);
        for (int i0 = 0; i0 + 2 <= hf.Length; i0++)
        {
            for (int j0 = 0; j0 + 3 <= ef.Length; j0++)
            {
                model.Score(i0, 2, j0, 3, model.LogRatio(i0, 2, j0, 3)).Should().Be(model.Score(i0, 2, j0, 3));
            }
        }
    }

    [Fact]
    public void Models_of_other_options_made_in_turn_on_one_thread_score_as_models_made_alone()
    {
        // The tables a model makes from its options are kept per thread for the last few option
        // sets: models of more option sets than that, made in turn and scored afterwards, must
        // score as a model made alone on a thread of its own (nothing kept there yet).
        var (hf, ef, links) = Pairs[^1];
        var hb = Breaks(hf.Length, 2);
        var eb = Breaks(ef.Length, 1);
        var options = Enumerable.Range(0, 7).Select(k => SentenceAligner.ArticleOptions with
        {
            BoundaryAgree = 0.2 * k,
            BoundaryMismatch = 0.1 + (0.3 * k),
            MergePrior = -0.5 - (0.25 * k),
            PairPrior = -0.8 + (0.1 * k),
        }).ToArray();
        double[] Scores(CostModel model) =>
        [
            .. from i0 in Enumerable.Range(0, hf.Length - 1)
               from j0 in Enumerable.Range(0, ef.Length - 2)
               from shape in new[] { (1, 1), (2, 1), (1, 2), (2, 2) }
               select model.Score(i0, shape.Item1, j0, shape.Item2) + model.UpperBound(i0, shape.Item1, j0, shape.Item2, model.LogRatio(i0, shape.Item1, j0, shape.Item2), tight: true),
        ];
        var alone = options.Select(o =>
        {
            double[] scores = [];
            var thread = new Thread(() => scores = Scores(new CostModel(o, hf, ef, links, hb, eb)));
            thread.Start();
            thread.Join();
            return scores;
        }).ToArray();
        var models = options.Concat(options.Reverse()).Concat(options).Select(o => (Options: o, Model: new CostModel(o, hf, ef, links, hb, eb))).ToList();
        foreach (var (o, model) in models)
        {
            Scores(model).Should().Equal(alone[Array.IndexOf(options, o)]);
        }
    }

    /// <summary>
    /// The tight bound's running sums live in arrays the thread lends: a model whose array went to
    /// a newer model must make its sums again, never read the newer model's. Models of different
    /// article pairs, more of them than the thread keeps arrays, are bounded in turn, and each
    /// bounded again after all the others: every bound is what it was.
    /// </summary>
    [Fact]
    public void Models_bounded_in_turn_on_one_thread_keep_their_own_tight_bounds()
    {
        double[] Bounds(CostModel model, UnitFeatures[] hf, UnitFeatures[] ef) =>
        [
            .. from i0 in Enumerable.Range(0, hf.Length - 1)
               from j0 in Enumerable.Range(0, ef.Length - 1)
               from shape in new[] { (1, 1), (2, 1), (1, 2), (2, 2) }
               select model.UpperBound(i0, shape.Item1, j0, shape.Item2, model.LogRatio(i0, shape.Item1, j0, shape.Item2), tight: true),
        ];
        var pairs = Pairs.Where(p => p.Hindi.Length > 2 && p.English.Length > 2).Take(6).ToArray();
        pairs.Length.Should().BeGreaterThan(3);
        var models = pairs.Select(p => new CostModel(SentenceAligner.ArticleOptions, p.Hindi, p.English, p.Links)).ToArray();
        var first = models.Select((m, k) => Bounds(m, pairs[k].Hindi, pairs[k].English)).ToArray();
        for (int k = models.Length - 1; k >= 0; k--)
        {
            Bounds(models[k], pairs[k].Hindi, pairs[k].English).Should().Equal(first[k]);
        }
    }

    /// <summary>No breaks (paragraph units), every position a paragraph break, or breaks and cuts mixed.</summary>
    private static Break[]? Breaks(int count, int kind) => kind switch
    {
        0 => null,
        1 => Enumerable.Repeat(Break.Paragraph, count + 1).ToArray(),
        _ => Enumerable.Range(0, count + 1).Select(k => (Break)(k % 3)).ToArray(),
    };
}
