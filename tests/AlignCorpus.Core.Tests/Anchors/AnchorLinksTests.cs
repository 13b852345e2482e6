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

        links.Hindi[0].Single(a => a.Anchor.Surface == "पेसकोव").Partners.Should().Equal(1);
        links.Hindi[0].Single(a => a.Anchor.Surface == "10").Partners.Should().Equal(1);
        links.Hindi[1].Single(a => a.Anchor.Surface == "बेलारूस").Partners.Should().Equal(0);

        // यूक्रेनी (YKRN) and Ukrainian (KRN) are one consonant apart: a fuzzy link.
        var ukraine = links.Hindi[1].Single(a => a.Anchor.Surface == "यूक्रेनी");
        ukraine.Partners.Should().Equal(0);
        ukraine.Fuzzy.Should().BeTrue();

        links.English[1].Single(a => a.Anchor.Surface == "Peskov").Partners.Should().Equal(0);

        // नवंबर and Nov. are one gazetteer concept, a date.
        var month = links.Hindi[0].Single(a => a.Kind == AnchorKind.Date);
        month.Partners.Should().Equal(1);
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
}
