using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Writing;
using CsCheck;

namespace AlignCorpus.Core.Tests.Alignment;

public sealed class AlignerTests
{
    [Fact]
    public void Seed_pair_is_aligned_exactly()
    {
        var hi = ArticleLoader.Load(RepoPaths.SeedHindi);
        var en = ArticleLoader.Load(RepoPaths.SeedEnglish);
        hi.Count.Should().Be(14);
        en.Count.Should().Be(18);

        var beads = new Aligner().Align(hi, en).Beads.Select(BeadWriter.Format).ToList();

        beads.Should().Equal(RepoPaths.SeedBeads(hindiNullsFirst: false));
    }

    /// <summary>
    /// The search refuses a bead whose length ratio is past the limits without taking its
    /// logarithm: a ratio past them must have a logarithm past MaxMergeLogRatio (or it would
    /// refuse a bead the logarithm keeps), and the limits must sit next to the true ones (or
    /// they would refuse nothing early).
    /// </summary>
    [Theory]
    [InlineData(1.5)]
    [InlineData(0.7)]
    [InlineData(0)]
    public void A_ratio_past_the_limits_has_a_log_past_the_maximum(double max)
    {
        var (longer, shorter) = Aligner.RatioLimits(AlignerOptions.Default with { MaxMergeLogRatio = max });
        longer.Should().BeApproximately(Math.Exp(max), 1e-8 * Math.Exp(max));
        shorter.Should().BeApproximately(Math.Exp(-max), 1e-8 * Math.Exp(-max));
        for (int hindi = 0; hindi <= 1500; hindi++)
        {
            for (int english = 0; english <= 1500; english++)
            {
                double ratio = (english + 1.0) / (hindi + 1.0);
                if (ratio > longer)
                {
                    Math.Log(ratio).Should().BeGreaterThan(max);
                }
                else if (ratio < shorter)
                {
                    Math.Log(ratio).Should().BeLessThan(-max);
                }
            }
        }
    }

    [Fact]
    public void A_negative_or_infinite_maximum_refuses_nothing_early()
    {
        Aligner.RatioLimits(AlignerOptions.Default).Should().Be((double.PositiveInfinity, 0.0));
        Aligner.RatioLimits(AlignerOptions.Default with { MaxMergeLogRatio = -1 }).Should().Be((double.PositiveInfinity, 0.0));
    }

    [Fact]
    public void One_shared_number_does_not_pull_a_paragraph_onto_the_wrong_partner()
    {
        // hunalign's failure: "Chapter 1" paired with "Libro 1". Here the Hindi paragraph shares
        // only a year with a caption, and names, a place and a date with its real translation.
        string[] hi =
        [
            "राष्ट्रपति पुतिन ने गुरुवार को मास्को में कहा कि रूस 2019 से बातचीत के लिए तैयार है और वाशिंगटन को जवाब देना चाहिए।",
        ];
        string[] en =
        [
            "File photo from 2019. (Reuters)",
            "President Putin said in Moscow on Thursday that Russia has been ready for talks since 2019 and Washington must answer.",
        ];
        var beads = new Aligner().Align(Model(hi, en), 1, 2).Select(BeadWriter.Format);
        beads.Should().Equal("[]:[0]", "[0]:[1]");
    }

    [Fact]
    public void A_caption_with_matching_names_is_not_glued_onto_the_pair()
    {
        string[] hi = ["राष्ट्रपति पुतिन ने गुरुवार को मास्को में कहा कि रूस बातचीत के लिए तैयार है और अमेरिका को जवाब देना चाहिए।"];
        string[] en =
        [
            "Russian President Vladimir Putin in Moscow. (AP Photo/Alexander Zemlianichenko)",
            "President Putin said in Moscow on Thursday that Russia is ready for talks and the United States must answer.",
        ];
        var beads = new Aligner().Align(Model(hi, en), 1, 2).Select(BeadWriter.Format);
        beads.Should().Equal("[]:[0]", "[0]:[1]");
    }

    [Fact]
    public void A_headline_on_one_line_pairs_with_its_title_and_subtitles()
    {
        var hi = ArticleLoader.Load(Path.Combine(RepoPaths.Samples, "headline", "hi.txt"));
        var en = ArticleLoader.Load(Path.Combine(RepoPaths.Samples, "headline", "en.txt"));
        new Aligner().Align(hi, en).Beads[0].Should().Match<Bead>(b => b.HindiCount == 1 && b.EnglishCount == 3);
        new Aligner(AlignerOptions.Default with { HeadBeadMax = 2 }).Align(hi, en).Beads.Should().OnlyContain(b => b.EnglishCount <= 2);
    }

    [Fact]
    public void Empty_sides_give_null_beads()
    {
        var model = Model(["क"], []);
        new Aligner().Align(model, 1, 0).Should().Equal(new Bead(0, 1, 0, 0, 1.0));
    }

    private static CostModel Model(string[] hi, string[] en)
    {
        var tokens = new List<AlignCorpus.Core.Analysis.Token>();
        var hf = hi.Select(t => AlignCorpus.Core.Anchors.FeatureExtractor.Default.Analyze(t, Language.Hindi, tokens)).ToArray();
        var ef = en.Select(t => AlignCorpus.Core.Anchors.FeatureExtractor.Default.Analyze(t, Language.English, tokens)).ToArray();
        return new CostModel(AlignerOptions.Default, hf, ef, AlignCorpus.Core.Anchors.AnchorLinks.Build(hf, ef));
    }

    private static readonly string[] HindiWords = ["क्रेमलिन", "पुतिन", "ने", "कहा", "बैठक", "२०२२", "10", "रूस", "अमेरिका", "सुरक्षा", "।"];
    private static readonly string[] EnglishWords = ["Kremlin", "Putin", "said", "the", "meeting", "2022", "10", "Russia", "America", "security", "."];

    private static Gen<string[]> Document(string[] words, int maxParagraphs = 60) =>
        Gen.Int[1, 25].Select(n => Gen.Int[0, words.Length - 1].Select(k => words[k]).Array[n]).Select(ws => string.Join(' ', ws)).Array[0, maxParagraphs];

    [Fact]
    public void Long_random_documents_are_covered_once_in_order()
    {
        Gen.Select(Document(HindiWords, 300), Document(EnglishWords, 300)).Sample((hi, en) =>
        {
            var beads = new Aligner().Align(Model(hi, en), hi.Length, en.Length);
            beads.Sum(b => b.HindiCount).Should().Be(hi.Length);
            beads.Sum(b => b.EnglishCount).Should().Be(en.Length);
            beads.Should().OnlyContain(b => b.Score >= 0 && b.Score <= 1);
        }, iter: 25);
    }

    [Fact]
    public void Beads_cover_every_unit_once_in_order_with_scores_in_range()
    {
        Gen.Select(Document(HindiWords), Document(EnglishWords), Gen.Int[1, 3]).Sample((hi, en, maxBead) =>
        {
            var options = AlignerOptions.Default with { MaxBead = maxBead };
            var beads = new Aligner(options).Align(Model(hi, en), hi.Length, en.Length);
            int nextHi = 0, nextEn = 0;
            foreach (var b in beads)
            {
                b.HindiStart.Should().Be(nextHi);
                b.EnglishStart.Should().Be(nextEn);
                (b.HindiCount + b.EnglishCount).Should().BePositive();
                // Beyond MaxBead only headline beads (1-k, k-1) that start near the top.
                if (b.HindiCount > maxBead || b.EnglishCount > maxBead)
                {
                    Math.Min(b.HindiCount, b.EnglishCount).Should().Be(1);
                    Math.Max(b.HindiCount, b.EnglishCount).Should().BeLessThanOrEqualTo(options.HeadBeadMax);
                    b.HindiStart.Should().BeLessThan(options.HeadRegion);
                    b.EnglishStart.Should().BeLessThan(options.HeadRegion);
                }
                if (!b.IsPair)
                {
                    (b.HindiCount + b.EnglishCount).Should().Be(1);
                }

                b.Score.Should().BeInRange(0, 1);
                nextHi += b.HindiCount;
                nextEn += b.EnglishCount;
            }

            nextHi.Should().Be(hi.Length);
            nextEn.Should().Be(en.Length);
        }, iter: 200);
    }

    [Fact]
    public void Alignment_is_deterministic()
    {
        var hi = ArticleLoader.Load(RepoPaths.SeedHindi);
        var en = ArticleLoader.Load(RepoPaths.SeedEnglish);
        var a = new Aligner().Align(hi, en).Beads;
        var b = new Aligner().Align(hi, en).Beads;
        a.Should().Equal(b);
    }

    [Fact]
    public void The_band_widens_when_a_long_block_is_lost_on_one_side()
    {
        var hi = Enumerable.Range(0, 600).Select(i => $"पुतिन ने मास्को में {i} बार कहा").ToArray();
        var en = Enumerable.Range(0, 150).Select(_ => "Subscribe now to keep reading")
            .Concat(Enumerable.Range(0, 600).Select(i => $"Putin said in Moscow {i} times")).ToArray();
        var beads = new Aligner().Align(Model(hi, en), hi.Length, en.Length);
        beads.Where(b => b.IsPair).Should().HaveCount(600).And.OnlyContain(b => b.EnglishStart == b.HindiStart + 150);
    }

    [Fact]
    public void Long_documents_use_a_band_and_still_cover_everything()
    {
        var hi = Enumerable.Range(0, 400).Select(i => $"पुतिन ने {i} बार कहा").ToArray();
        var en = Enumerable.Range(0, 380).Select(i => $"Putin said it {i} times").ToArray();
        var beads = new Aligner().Align(Model(hi, en), hi.Length, en.Length);
        beads.Sum(b => b.HindiCount).Should().Be(400);
        beads.Sum(b => b.EnglishCount).Should().Be(380);
        beads.Count(b => b.IsPair && b.HindiStart == b.EnglishStart).Should().BeGreaterThan(300);
    }
}
