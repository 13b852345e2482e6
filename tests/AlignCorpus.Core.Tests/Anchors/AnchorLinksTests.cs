using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Anchors;

public sealed class AnchorLinksTests
{
    private static UnitFeatures[] Features(Language language, params string[] units)
    {
        var tokens = new List<Token>();
        return units.Select(u => FeatureExtractor.Default.Analyze(u, language, tokens)).ToArray();
    }

    [Fact]
    public void Names_and_numbers_link_to_the_units_that_hold_them()
    {
        var hi = Features(Language.Hindi, "पेसकोव ने 10 नवंबर को कहा", "यूक्रेनी और बेलारूस");
        var en = Features(Language.English, "Belarus and Ukrainian", "Peskov said on Nov. 10");
        var links = AnchorLinks.Build(hi, en);

        links.Hindi[0].Single(a => a.Anchor.Surface == "पेसकोव").Partners.ToArray().Should().Equal(1);
        links.Hindi[0].Single(a => a.Anchor.Surface == "10").Partners.ToArray().Should().Equal(1);
        links.Hindi[1].Single(a => a.Anchor.Surface == "बेलारूस").Partners.ToArray().Should().Equal(0);

        // यूक्रेनी (YKRN) and Ukrainian (KRN) are one consonant apart: a fuzzy link.
        var ukraine = links.Hindi[1].Single(a => a.Anchor.Surface == "यूक्रेनी");
        ukraine.Partners.ToArray().Should().Equal(0);
        ukraine.Fuzzy.Should().BeTrue();

        links.English[1].Single(a => a.Anchor.Surface == "Peskov").Partners.ToArray().Should().Equal(0);

        // नवंबर and Nov. are one gazetteer concept, a date.
        var month = links.Hindi[0].Single(a => a.Kind == AnchorKind.Date);
        month.Partners.ToArray().Should().Equal(1);
    }

    [Theory]
    [InlineData("दस लाख लोग", "one million people", "#1000000")]
    [InlineData("3 करोड़ रुपये", "30 million rupees", "#30000000")]
    [InlineData("पांच साल", "five years", "#5")]
    [InlineData("50 अरब डॉलर", "$50bn", "#50000000000")]
    public void Number_words_and_scales_meet(string hindi, string english, string key)
    {
        var hi = Features(Language.Hindi, hindi);
        var en = Features(Language.English, english);
        hi[0].Anchors.Select(a => a.Key).Should().Contain(key);
        en[0].Anchors.Select(a => a.Key).Should().Contain(key);
    }

    [Theory]
    [InlineData("अमेरिका ने कहा", "the U.S. said")]
    [InlineData("संयुक्त राष्ट्र में", "at the United Nations")]
    [InlineData("प्रधानमंत्री मोदी", "Prime Minister Modi")]
    [InlineData("गुरुवार को", "on Thursday")]
    public void Gazetteer_concepts_meet(string hindi, string english)
    {
        var hi = Features(Language.Hindi, hindi);
        var en = Features(Language.English, english);
        var concepts = hi[0].Anchors.Where(a => a.Key.StartsWith("g:", StringComparison.Ordinal)).Select(a => a.Key);
        concepts.Should().NotBeEmpty().And.BeSubsetOf(en[0].Anchors.Select(a => a.Key));
    }

    [Fact]
    public void Lowercase_us_and_may_are_no_concepts()
    {
        var en = Features(Language.English, "they may tell us");
        en[0].Anchors.Should().NotContain(a => a.Key.StartsWith("g:", StringComparison.Ordinal));
    }

    [Fact]
    public void Stop_words_are_no_anchors()
    {
        var hi = Features(Language.Hindi, "यह है कि और के लिए");
        var en = Features(Language.English, "The and of said that");
        hi[0].Anchors.Should().BeEmpty();
        en[0].Anchors.Should().BeEmpty();
    }

    [Fact]
    public void Matches_in_checks_a_range()
    {
        var a = new LinkedAnchor(new Anchor("X", AnchorKind.Name, "x"), AnchorKind.Name, [2, 5, 9], false);
        a.MatchesIn(0, 1).Should().BeFalse();
        a.MatchesIn(2, 2).Should().BeTrue();
        a.MatchesIn(3, 4).Should().BeFalse();
        a.MatchesIn(3, 5).Should().BeTrue();
        a.MatchesIn(10, 20).Should().BeFalse();
    }

    private static readonly string[] HindiSentences =
    [
        "पेसकोव ने 10 नवंबर को कहा", "यूक्रेनी और बेलारूस", "मोदी ने बेलारूस में कहा", "पेसकोव 12 बजे",
    ];

    private static readonly string[] EnglishSentences =
    [
        "Belarus and Ukrainian", "Peskov said on Nov. 10", "Modi spoke in Belarus", "at 12 o'clock",
    ];

    private static string Describe(LinkedAnchor[][] units) =>
        string.Join(" | ", units.Select(u => string.Join(", ", u.Select(a => $"{a.Anchor.Key}/{a.Kind}/{a.Fuzzy}/[{string.Join(" ", a.Partners.ToArray())}]"))));

    [Fact]
    public void Within_paragraphs_merged_from_the_sentences_links_as_a_new_build()
    {
        // Paragraphs merged from a document's sentences hold the same keys: linking them with the
        // document's recorded matches must give what matching them afresh gives.
        var hs = Features(Language.Hindi, HindiSentences);
        var es = Features(Language.English, EnglishSentences);
        var record = new KeyMatches();
        AnchorLinks.Build(hs, es, null, record);
        UnitFeatures[] hp = [FeatureExtractor.Merge(hs.AsSpan(0, 2), 40), FeatureExtractor.Merge(hs.AsSpan(2, 2), 40)];
        UnitFeatures[] ep = [FeatureExtractor.Merge(es.AsSpan(0, 1), 20), FeatureExtractor.Merge(es.AsSpan(1, 3), 60)];

        var within = AnchorLinks.Within(hp, ep, record);
        var fresh = AnchorLinks.Build(hp, ep);

        Describe(within.Hindi).Should().Be(Describe(fresh.Hindi)).And.Contain("/True/", "यूक्रेनी ~ Ukrainian is linked fuzzily");
        Describe(within.English).Should().Be(Describe(fresh.English));
    }

    [Fact]
    public void Within_a_part_links_only_the_recorded_matches_that_occur_there()
    {
        var hs = Features(Language.Hindi, HindiSentences);
        var es = Features(Language.English, EnglishSentences);
        var record = new KeyMatches();
        AnchorLinks.Build(hs, es, null, record);

        // Sentences 1-2 of each side, and an English sentence the document does not have.
        var en = es[1..3].Append(Features(Language.English, "Ukraine's Lukashenko")[0]).ToArray();
        var links = AnchorLinks.Within(hs[1..3], en, record);

        // Ukrainian (English sentence 0) is not here: यूक्रेनी has nothing to link to.
        links.Hindi[0].Should().NotContain(a => a.Anchor.Surface == "यूक्रेनी");
        links.Hindi[0].Single(a => a.Anchor.Surface == "बेलारूस").Partners.ToArray().Should().Equal(1);
        links.Hindi[1].Single(a => a.Anchor.Surface == "बेलारूस").Partners.ToArray().Should().Equal(1);
        links.English[1].Single(a => a.Anchor.Surface == "Belarus").Partners.ToArray().Should().Equal(0, 1);
        links.English[0].Single(a => a.Anchor.Surface == "Peskov").Partners.ToArray().Should().BeEmpty();

        // A key the document does not have is no one's match, not even the fuzzy one of यूक्रेनी.
        links.English[2].All(a => a.Partners.IsEmpty).Should().BeTrue();
    }

    [Fact]
    public void A_link_keeps_every_kind_in_24_bytes()
    {
        // The kind is stored in a byte: every kind must come back as it went in.
        foreach (var kind in Enum.GetValues<AnchorKind>())
        {
            var a = new LinkedAnchor(new Anchor("X", kind, "x"), kind, [1], fuzzy: true);
            a.Kind.Should().Be(kind);
            a.Fuzzy.Should().BeTrue();
        }

        ((int)Enum.GetValues<AnchorKind>().Max()).Should().BeLessThan(256);
        System.Runtime.CompilerServices.Unsafe.SizeOf<LinkedAnchor>().Should().Be(24, "an article pair allocates hundreds of links");
    }

    [Fact]
    public void Links_to_one_unit_share_its_array_across_documents()
    {
        var hi = Features(Language.Hindi, HindiSentences);
        var en = Features(Language.English, EnglishSentences);
        var first = AnchorLinks.Build(hi, en);
        var peskov = first.Hindi[0].Single(a => a.Anchor.Surface == "पेसकोव").PartnerArray;
        var ten = first.Hindi[0].Single(a => a.Anchor.Surface == "10").PartnerArray;
        peskov.Should().Equal(1);
        ten.Should().BeSameAs(peskov, "both link English sentence 1 alone");

        // Another document linking its own units leaves the first one's links as they were.
        var second = AnchorLinks.Build(hi[2..], en[2..]);
        second.Hindi[1].Single(a => a.Anchor.Key == "#12").PartnerArray.Should().Equal(1).And.BeSameAs(peskov);
        first.Hindi[1].Single(a => a.Anchor.Surface == "बेलारूस").Partners.ToArray().Should().Equal(0, 2);
        first.English[3].Single(a => a.Anchor.Key == "#12").Partners.ToArray().Should().Equal(3);
        AnchorLinks.Alone(1 << 20).Should().Equal(1 << 20);
    }
}
