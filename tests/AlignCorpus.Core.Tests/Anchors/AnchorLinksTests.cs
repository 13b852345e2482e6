using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Anchors;

public sealed class AnchorLinksTests
{
    private static UnitFeatures[] Features(Language language, params string[] units)
    {
        var tokens = new List<Token>();
        return units.Select(u => FeatureExtractor.Analyze(u, language, tokens)).ToArray();
    }

    [Fact]
    public void Names_and_numbers_link_to_the_units_that_hold_them()
    {
        var hi = Features(Language.Hindi, "पेसकोव ने 10 नवंबर को कहा", "यूक्रेन और बेलारूस");
        var en = Features(Language.English, "Belarus and Ukraine", "Peskov said on Nov. 10");
        var links = AnchorLinks.Build(hi, en);

        links.Hindi[0].Single(a => a.Anchor.Surface == "पेसकोव").Partners.Should().Equal(1);
        links.Hindi[0].Single(a => a.Anchor.Surface == "10").Partners.Should().Equal(1);
        links.Hindi[1].Single(a => a.Anchor.Surface == "बेलारूस").Partners.Should().Equal(0);

        // यूक्रेन (YKRN) and Ukraine (KRN) are one consonant apart: a fuzzy link.
        var ukraine = links.Hindi[1].Single(a => a.Anchor.Surface == "यूक्रेन");
        ukraine.Partners.Should().Equal(0);
        ukraine.Fuzzy.Should().BeTrue();

        links.English[1].Single(a => a.Anchor.Surface == "Peskov").Partners.Should().Equal(0);
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
