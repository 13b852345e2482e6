using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;
using AlignCorpus.Core.Writing;
using CsCheck;

namespace AlignCorpus.Core.Tests.Sentences;

public sealed class SentenceAlignerTests
{
    /// <summary>The seed aligned as the command line does by default: with FreeDict (installed by .ci/run), or without a dictionary.</summary>
    private static SentenceAlignment AlignSeed(bool dictionary = true)
    {
        var (hi, en) = PairLoader.LoadPair(RepoPaths.SeedHindi, RepoPaths.SeedEnglish, UnitMode.Lines);
        if (dictionary)
        {
            Requires.FreeDict();
        }

        var lexicon = dictionary ? Lexicon.LoadInstalled() : null;
        var aligner = new Aligner(lexicon: lexicon);
        return new SentenceAligner(aligner).Align(aligner.Align(hi, en));
    }

    /// <summary>
    /// Every sentence pair of the seed, by sentence indices (across the document), paragraph
    /// bead and English text. Paragraph 1 of the Hindi ends in a stray "नेताओं।" of its machine
    /// translation: it belongs to the same English sentence (2-1).
    /// </summary>
    [SkippableFact]
    public void Seed_sentence_pairs_are_right()
    {
        var s = AlignSeed();
        var pairs = s.Sentences.Beads.Select((b, k) => (b, k)).Where(x => x.b.IsPair)
            .Select(x => $"{BeadWriter.Format(x.b)} in {BeadWriter.Format(s.Paragraphs.Beads[s.ParagraphBead[x.k]])}: {s.Sentences.EnglishText(x.b)}")
            .ToList();
        pairs.Should().Equal(
            "[0]:[0] in [0]:[0]: Kremlin Says Security Call Was Part of Preparation for New Putin-Biden Talks",
            "[1, 2]:[5] in [1]:[4]: The Kremlin said on Thursday that a phone call this week between top U.S. and Russian security officials was part of preparations for talks between Presidents Vladimir Putin and Joe Biden, the latest in a series of signals that Moscow is keen for a second summit between the two leaders.",
            "[3]:[6] in [2]:[5]: Russian Security Council Secretary Nikolai Patrushev and U.S. National Security Adviser Jake Sullivan discussed cybersecurity, Ukraine and the migrant crisis on the Belarus border in their phone call on Wednesday, the Kremlin said.",
            "[4]:[7] in [3]:[6]: “This was all in the framework of preparation for… high-level contact,” Kremlin spokesman Dmitry Peskov said.",
            "[5]:[8] in [4]:[7]: In recent briefings he has repeatedly floated the possibility of a second Biden-Putin summit to follow up their initial meeting in Geneva in June, even as the list of disputes between Moscow and Washington has lengthened.",
            "[6]:[9] in [5]:[8]: In the past week the United States has accused Russia of threatening behavior towards Ukraine and conducting a missile test in space that it said had created debris that could threaten the International Space Station.",
            "[7]:[10] in [6]:[9]: Russia has accused Washington of staging provocative warship maneuvers in the Black Sea.",
            "[8]:[11] in [7]:[10]: Despite these and other tensions, the countries have maintained high-level contacts in recent weeks, including a visit by CIA Director William Burns to Moscow.",
            "[9]:[12] in [8]:[11]: Russia’s Kommersant newspaper reported on Nov. 10 that the two leaders could meet for talks in person in early 2022 and speak by video conference before the end of this year.",
            "[10]:[13] in [9]:[12]: On a conference call with reporters, Peskov also emphatically rejected what he called media reports that Russia was waging a “hybrid war” in Europe.",
            "[11]:[14] in [10]:[13]: “It is in Russia’s interest that everyone in Europe comes to their senses and stops seeing Russia as the cause of all their troubles and addresses the root causes of the problems that are now strangling Europe,” he said.",
            "[12]:[15] in [11]:[14]: The European Union last week accused Russia’s ally Belarus of conducting a hybrid attack by pushing waves of migrants towards its border with EU member Poland, something that Belarus denies.");
        s.Sentences.HindiText(s.Sentences.Beads.First(b => b.HindiStart == 1 && b.IsPair)).Should().EndWith("के लिए उत्सुक है। नेताओं।");
        s.UnalignedInsidePairs.Should().Be(0);
    }

    [Fact]
    public void Without_a_dictionary_the_stray_seed_fragment_is_reported_unaligned_not_merged()
    {
        var s = AlignSeed(dictionary: false);
        var pairs = s.Sentences.Beads.Where(b => b.IsPair).Select(BeadWriter.Format).ToList();
        pairs.Should().HaveCount(12).And.Contain("[1]:[5]").And.NotContain("[1, 2]:[5]");
        s.Sentences.Beads.Should().Contain(b => b.HindiStart == 2 && b.HindiCount == 1 && b.EnglishCount == 0);
        s.UnalignedInsidePairs.Should().Be(1);
    }

    [SkippableFact]
    public void Noise_paragraphs_give_unaligned_sentences()
    {
        var s = AlignSeed();
        var english = s.Sentences.English;
        var unaligned = s.Sentences.Beads.Where(b => b.HindiCount == 0).Select(b => english.Units[b.EnglishStart].Text).ToList();
        unaligned.Should().Contain(["MOSCOW (Reuters) —", "(AP Photo/Patrick Semansky)", "To Read The Full Story", "Click to log in!"]);
    }

    [Fact]
    public void Two_sentences_against_one_pair_as_a_2_1_bead_and_a_stray_sentence_is_reported()
    {
        var hi = Article("hi", "पुलिस ने 12 लोगों को गिरफ्तार किया। बाद में 5 लोगों को छोड़ दिया गया। मौसम साफ रहा।");
        var en = Article("en", "Police arrested 12 people and later released 5 of them. Read more: markets closed higher on Tuesday at 41,000 points.");
        var aligner = new Aligner();
        var paragraphs = new AlignmentResult(hi, en, [new Bead(0, 1, 0, 1, 0.9)]);
        var s = new SentenceAligner(aligner).Align(paragraphs);
        s.Sentences.Beads.Where(b => b.IsPair).Select(BeadWriter.Format).Should().Contain("[0, 1]:[0]");
        s.UnalignedInsidePairs.Should().BeGreaterThan(0);
        s.ParagraphBead.Should().OnlyContain(p => p == 0);
    }

    [Fact]
    public void Sentence_text_keeps_the_input_form_and_analysis_uses_nfc()
    {
        // U+095C (precomposed ड़) is not NFC: NFC writes ड + nukta.
        string raw = "वह बड़ा \u095Cर है। दूसरा वाक्य।";
        var hi = Article("hi", raw);
        var split = SentenceAligner.Split(hi, out var first);
        first.Should().Equal(0, 2);
        split.Units[0].Original.Should().Be("वह बड़ा \u095Cर है।");
        split.Units[0].Text.Should().Be("वह बड़ा \u095Cर है।".Normalize(System.Text.NormalizationForm.FormC));
    }

    private static readonly string[] HindiSentences = ["पुतिन ने 10 बातें कहीं।", "रूस में बैठक हुई।", "अमेरिका ने 2022 में कहा।", "सुरक्षा पर बात हुई।", "मौसम साफ रहा"];
    private static readonly string[] EnglishSentences = ["Putin said 10 things.", "A meeting was held in Russia.", "America said so in 2022.", "Security was discussed.", "The weather was fine"];

    [Fact]
    public void Sentence_beads_cover_every_sentence_once_in_order_inside_their_paragraph_beads()
    {
        var paragraph = Gen.Int[1, 4].SelectMany(n => Gen.Int[0, HindiSentences.Length - 1].Array[n]);
        Gen.Select(paragraph.Array[1, 12], paragraph.Array[1, 12]).Sample((hp, ep) =>
        {
            var hi = Article("hi", [.. hp.Select(p => string.Join(' ', p.Select(k => HindiSentences[k])))]);
            var en = Article("en", [.. ep.Select(p => string.Join(' ', p.Select(k => EnglishSentences[k])))]);
            var aligner = new Aligner();
            var paragraphs = aligner.Align(hi, en);
            var s = new SentenceAligner(aligner).Align(paragraphs);
            SentenceBeadChecks.CoverEverySentenceInsideTheirParagraphBeads(s, hi, en);
        }, iter: 150);
    }

    private static Article Article(string name, params string[] paragraphs)
    {
        var units = paragraphs.Select((p, i) => ArticleLoader.MakeUnit(i, p, i + 1)).ToList();
        return new Article(name, units, default);
    }
}
