using AlignCorpus.Core.Corpus;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Corpus;

public sealed class LexiconLearnerTests
{
    private static AlignmentResult Pairs(params (string Hi, string En)[] pairs)
    {
        var hi = ArticleLoader.Parse(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', pairs.Select(p => p.Hi))), "hi", UnitMode.Lines);
        var en = ArticleLoader.Parse(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', pairs.Select(p => p.En))), "en", UnitMode.Lines);
        return new AlignmentResult(hi, en, pairs.Select((_, k) => new Bead(k, 1, k, 1, 0.95)).ToList());
    }

    [Fact]
    public void Words_that_keep_occurring_together_are_learned()
    {
        var learner = new LexiconLearner { MinCount = 3, MinDice = 0.5 };
        learner.Observe(Pairs(
            ("सरकार ने किसानों की मदद की", "The government helped farmers"),
            ("सरकार ने बजट पेश किया", "The government presented the budget"),
            ("किसानों ने सरकार से बात की", "Farmers talked to the government"),
            ("बजट में किसानों को राहत", "Relief for farmers in the budget")));
        var learned = learner.Learn();
        learned.Should().Contain(p => p.Hindi == "सरकार" && p.English == "government" && p.Count == 3);
        learned.Should().Contain(p => p.Hindi == "किसानों" && p.English == "farmers");
        learned.Should().NotContain(p => p.Hindi == "सरकार" && p.English == "relief");

        var lexicon = LexiconLearner.ToLexicon(learned, null);
        lexicon.TranslationKeys("d:" + AlignCorpus.Core.Analysis.Stemmer.Hindi("सरकार")).Should().Contain("d:" + AlignCorpus.Core.Analysis.Stemmer.English("government"));

        var w = new StringWriter();
        LexiconLearner.Write(learned, w);
        Lexicon.ParseTsv(w.ToString(), "learned.tsv").Count.Should().Be(lexicon.Count);
    }

    [Fact]
    public void Unsure_and_merged_beads_teach_nothing()
    {
        var learner = new LexiconLearner { MinCount = 1 };
        var r = Pairs(("सरकार", "government"), ("बजट", "budget"));
        var unsure = new AlignmentResult(r.Hindi, r.English, [new Bead(0, 1, 0, 1, 0.4), new Bead(1, 1, 1, 1, 0.2)]);
        learner.Observe(unsure);
        learner.Pairs.Should().Be(0);
        learner.Learn().Should().BeEmpty();
    }
}
