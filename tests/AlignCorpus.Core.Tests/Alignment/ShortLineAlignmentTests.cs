using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Core.Tests.Alignment;

/// <summary>Short real-page lines in a made-up article pair: separators, a time, sign-off codes.</summary>
public sealed class ShortLineAlignmentTests
{
    private static readonly string[] Hindi =
    [
        "मंत्री ने कहा कि योजना के तहत 25 लाख किसानों को 12 जिलों में मुफ्त बीज दिए जाएंगे।",
        "* * *",
        "पंजीकरण शिविर सुबह 9 बजे खुलेगा",
        "शिविरों में 300 कर्मचारी तैनात होंगे और 40 केंद्र बनाए जाएंगे।",
        "**********",
        "एबी/सीडी/ईएफ",
    ];

    private static readonly string[] English =
    [
        "The minister said that under the scheme free seeds will be given to 25 lakh farmers in 12 districts.",
        "_____________________",
        "Registration camps open at 0900 hrs",
        "The camps will have 300 staff and 40 centres.",
        "***",
        "GH/IJ",
    ];

    [Fact]
    public void Separators_pair_a_time_pairs_with_its_Hindi_and_sign_offs_stay_unaligned()
    {
        var beads = Align(Hindi, English);

        // Separators of any marks and lengths pair 1-1; "9 बजे" meets "0900 hrs"; the sign-off
        // codes of different staff are left out.
        beads.Should().Contain(["[1]:[1]", "[2]:[2]", "[4]:[4]", "[5]:[]", "[]:[5]"]);
        beads.Should().Equal("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]", "[]:[5]", "[5]:[]");
    }

    [Fact]
    public void A_separator_with_no_partner_is_not_glued_onto_a_paragraph()
    {
        // The English page has no separators: each Hindi one stays alone.
        string[] english = [English[0], English[2], English[3]];
        var beads = Align(Hindi[..5], english);
        beads.Should().Contain(["[1]:[]", "[4]:[]"]);
        beads.Should().Contain(["[0]:[0]", "[2]:[1]", "[3]:[2]"]);
    }

    [Fact]
    public void Identical_initials_on_both_sides_still_do_not_pair()
    {
        var beads = Align([.. Hindi[..4], "जीएच/आईजे"], [.. English[..4], "GH/IJ"]);
        beads.Should().Contain(["[4]:[]", "[]:[4]"]);
    }

    private static List<string> Align(string[] hi, string[] en) =>
        new Aligner().Align(Article(hi), Article(en)).Beads.Select(BeadWriter.Format).ToList();

    private static Article Article(string[] lines) =>
        new("test", [.. lines.Select((p, i) => ArticleLoader.MakeUnit(i, p, i + 1))], default);
}
