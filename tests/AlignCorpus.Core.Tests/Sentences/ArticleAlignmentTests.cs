using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;
using AlignCorpus.Core.Writing;
using CsCheck;

namespace AlignCorpus.Core.Tests.Sentences;

/// <summary>
/// Sentences aligned across the whole article and grouped into paragraph beads of any size, on
/// constructed pages (written for these tests) that show what real pages do: a desk that re-cuts
/// paragraphs, a title on one line against several, a flattened table (a cell per line against a
/// row per line), a row cut in two by the scraper, separators, sign-off codes, datelines and
/// captions, a short sentence without anchors.
/// </summary>
public sealed class ArticleAlignmentTests
{
    private static Article Article(string name, params string[] lines) =>
        ArticleLoader.Parse(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"), name);

    private static List<string> Beads(Article hi, Article en) =>
        new SentenceAligner(new Aligner()).Align(hi, en).Paragraphs.Beads.Select(BeadWriter.Format).ToList();

    /// <summary>samples/recut: every phenomenon at once, aligned as constructed (no dictionary).</summary>
    [Fact]
    public void The_recut_sample_aligns_as_it_was_constructed()
    {
        var (hi, en) = PairLoader.LoadPair(Path.Combine(RepoPaths.Samples, "recut", "hi.txt"), Path.Combine(RepoPaths.Samples, "recut", "en.txt"), UnitMode.Lines);
        Beads(hi, en).Should().Equal(
            "[]:[0]",             // ministry line
            "[0, 1]:[1]",         // English title line = Hindi title and subtitle
            "[]:[2]",             // dateline
            "[2, 3]:[3]",         // one English paragraph, two Hindi ones
            "[4, 5]:[4, 5, 6]",   // boundaries moved: two Hindi paragraphs against three English ones
            "[6]:[7]",            // a short heading between two pairs
            "[7, 8]:[8]",         // table row: name and number cells against the row
            "[9, 10]:[9]",
            "[11, 12]:[10]",
            "[13]:[11]",          // separators of different shapes
            "[14]:[]",            // sign-off codes never pair
            "[]:[12]");
    }

    [Fact]
    public void A_paragraph_cut_into_a_line_per_sentence_is_one_bead()
    {
        var en = Article("en",
            "Minister Anil Sharma opened 14 new schools in Jaipur on Monday. Each school has 600 seats. The schools cost Rs 90 crore. Classes start on 1 August.",
            "Sharma also met 200 teachers in Ajmer.");
        var hi = Article("hi",
            "मंत्री अनिल शर्मा ने सोमवार को जयपुर में 14 नए स्कूल खोले।",
            "हर स्कूल में 600 सीटें हैं।",
            "स्कूलों पर 90 करोड़ रुपये खर्च हुए।",
            "कक्षाएं 1 अगस्त से शुरू होंगी।",
            "शर्मा ने अजमेर में 200 शिक्षकों से भी मुलाकात की।");
        Beads(hi, en).Should().Equal("[0, 1, 2, 3]:[0]", "[4]:[1]");
    }

    [Fact]
    public void Paragraphs_merged_by_one_desk_and_split_by_the_other_form_the_finest_common_bead()
    {
        var en = Article("en",
            "The river rose to 48 metres at Patna on Sunday.",
            "Officials moved 3,000 families from 25 villages. Relief camps were opened in 40 schools.",
            "The Army sent 12 boats to Bhagalpur.");
        var hi = Article("hi",
            "रविवार को पटना में नदी 48 मीटर तक पहुंच गई। अधिकारियों ने 25 गांवों से 3,000 परिवारों को हटाया।",
            "40 स्कूलों में राहत शिविर खोले गए।",
            "सेना ने भागलपुर में 12 नावें भेजीं।");
        Beads(hi, en).Should().Equal("[0, 1]:[0, 1]", "[2]:[2]");
    }

    [Fact]
    public void A_table_row_cut_in_two_by_the_scraper_stays_one_bead()
    {
        // The English row is cut inside its bracket; the Hindi page has a cell per line.
        var en = Article("en",
            "Prices of forest produce were raised on 2 May.",
            "1 Chironji seeds (Buchanania",
            "lanzan) 109 126",
            "2 Lac (Kerria lacca) 203 275");
        var hi = Article("hi",
            "2 मई को वन उपज के दाम बढ़ाए गए।",
            "चिरौंजी बीज (बुकानानिया लंजन)",
            "109",
            "126",
            "लाख (केरिया लक्का)",
            "203",
            "275");
        Beads(hi, en).Should().Equal("[0]:[0]", "[1, 2, 3]:[1, 2]", "[4, 5, 6]:[3]");
    }

    [Fact]
    public void A_caption_beside_a_recut_paragraph_stays_unaligned()
    {
        var en = Article("en",
            "Rescue workers in Kedarnath. (Photo: Reuters)",
            "Rain killed 17 people in Uttarakhand on Tuesday. Another 40 are missing near Kedarnath.",
            "The state asked the Air Force for 6 helicopters.");
        var hi = Article("hi",
            "उत्तराखंड में मंगलवार को बारिश से 17 लोगों की मौत हो गई।",
            "केदारनाथ के पास 40 और लोग लापता हैं।",
            "राज्य ने वायुसेना से 6 हेलीकॉप्टर मांगे।");
        Beads(hi, en).Should().Equal("[]:[0]", "[0, 1]:[1]", "[2]:[2]");
    }

    [Fact]
    public void A_short_sentence_without_anchors_that_the_path_stepped_around_is_paired()
    {
        // "The mood has changed." has no name, number or date: it pairs because it sits inside
        // a paragraph whose other sentence pairs, between two pairs.
        var en = Article("en",
            "Ravi Menon said sales of gold fell by 25 percent in October.",
            "The mood has changed.",
            "Menon expects sales of silver to rise by 10 percent in November.");
        var hi = Article("hi",
            "रवि मेनन ने कहा कि अक्टूबर में सोने की बिक्री 25 प्रतिशत गिर गई।",
            "माहौल बदल गया है। मेनन को उम्मीद है कि नवंबर में चांदी की बिक्री 10 प्रतिशत बढ़ेगी।");
        Beads(hi, en).Should().Equal("[0]:[0]", "[1]:[1, 2]");
    }

    /// <summary>The seed pair, as the command line aligns it by default, with FreeDict (installed by .ci/run) and without a dictionary.</summary>
    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_seed_pair_is_aligned_exactly(bool dictionary)
    {
        if (dictionary)
        {
            Requires.FreeDict();
        }

        var (hi, en) = PairLoader.LoadPair(RepoPaths.SeedHindi, RepoPaths.SeedEnglish, UnitMode.Lines);
        var lexicon = dictionary ? Lexicon.LoadInstalled() : null;
        var beads = new SentenceAligner(new Aligner(lexicon: lexicon)).Align(hi, en).Paragraphs.Beads.Select(BeadWriter.Format).ToList();

        beads.Should().Equal(RepoPaths.SeedBeads(hindiNullsFirst: true));
    }

    [Fact]
    public void Explain_names_the_sentences_behind_a_bead()
    {
        var (hi, en) = PairLoader.LoadPair(Path.Combine(RepoPaths.Samples, "recut", "hi.txt"), Path.Combine(RepoPaths.Samples, "recut", "en.txt"), UnitMode.Lines);
        var result = new SentenceAligner(new Aligner()).Align(hi, en, explain: true).Paragraphs;
        int k = result.Beads.ToList().FindIndex(b => b.HindiCount == 2 && b.EnglishCount == 3);
        result.Evidence![k].SentenceLinks.Should().HaveCountGreaterThan(1).And.OnlyContain(l => l.Contains('~'));
    }

    private static readonly string[] HindiSentences = ["पुतिन ने 10 बातें कहीं।", "रूस में बैठक हुई।", "अमेरिका ने 2022 में कहा।", "सुरक्षा पर बात हुई।", "मौसम साफ रहा।", "दिल्ली में 45 डिग्री तापमान रहा।"];
    private static readonly string[] EnglishSentences = ["Putin said 10 things.", "A meeting was held in Russia.", "America said so in 2022.", "Security was discussed.", "The weather was fine.", "Delhi saw 45 degrees."];

    /// <summary>
    /// Random articles: one sequence of sentences, cut into paragraphs differently on each side,
    /// with sentences dropped on either side. Paragraph beads cover every paragraph once, in order;
    /// sentence beads cover every sentence once, in order, inside their paragraph bead; scores lie
    /// in [0, 1]; and the result is the same on a second run.
    /// </summary>
    [Fact]
    public void Beads_cover_both_pages_once_in_order_for_recut_random_articles()
    {
        var gen = Gen.Int[0, HindiSentences.Length - 1].Array[1, 40].SelectMany(seq =>
            Gen.Select(Gen.Bool.Array[seq.Length], Gen.Bool.Array[seq.Length], Gen.Int[0, 9].Array[seq.Length], (hb, eb, drop) => (seq, hb, eb, drop)));
        var aligner = new Aligner();
        var sentences = new SentenceAligner(aligner);
        gen.Sample(t =>
        {
            var hi = Article("hi", Cut(t.seq, t.hb, t.drop, 1, HindiSentences));
            var en = Article("en", Cut(t.seq, t.eb, t.drop, 2, EnglishSentences));
            var s = sentences.Align(hi, en);
            Check(s, hi, en);
            var grouped = sentences.Align(hi, en, sentencePairs: false);
            Check(grouped, hi, en);
            s.Paragraphs.Beads.Should().Equal(grouped.Paragraphs.Beads);
            new SentenceAligner(aligner).Align(hi, en).Paragraphs.Beads.Should().Equal(s.Paragraphs.Beads);
        }, iter: 150);
    }

    private static string[] Cut(int[] seq, bool[] breaks, int[] drop, int dropped, string[] texts)
    {
        var lines = new List<string>();
        var current = new List<string>();
        for (int k = 0; k < seq.Length; k++)
        {
            if (drop[k] != dropped)
            {
                current.Add(texts[seq[k]]);
            }

            if ((breaks[k] || k == seq.Length - 1) && current.Count > 0)
            {
                lines.Add(string.Join(' ', current));
                current.Clear();
            }
        }

        return lines.Count == 0 ? [texts[0]] : [.. lines];
    }

    private static void Check(SentenceAlignment s, Article hi, Article en)
    {
        int h = 0, e = 0;
        foreach (var b in s.Paragraphs.Beads)
        {
            b.HindiStart.Should().Be(h);
            b.EnglishStart.Should().Be(e);
            b.Score.Should().BeInRange(0, 1);
            h += b.HindiCount;
            e += b.EnglishCount;
        }

        h.Should().Be(hi.Count);
        e.Should().Be(en.Count);
        SentenceBeadChecks.CoverEverySentenceInsideTheirParagraphBeads(s, hi, en);
    }
}
