using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Analysis;

/// <summary>
/// The features of short real-page lines: separators, sign-off codes, times, list markers,
/// dotted Hindi acronyms, Latin words and addresses inside Hindi lines, sentence-opening capitals.
/// Every string here is made up for the test.
/// </summary>
public sealed class ShortLineTests
{
    [Theory]
    [InlineData("***", true)]
    [InlineData("* * *", true)]
    [InlineData("<><><>", true)]
    [InlineData("____", true)]
    [InlineData("**********", true)]
    [InlineData("-----", true)]
    [InlineData("###", true)]
    [InlineData("~~~", true)]
    [InlineData("•••", true)]
    [InlineData("===", true)]
    [InlineData(".", false)] // a stray full stop
    [InlineData("--", false)] // too short to be a rule
    [InlineData("\u00AD\u00AD\u00AD", false)] // invisible soft hyphens
    [InlineData("*-+=<", false)] // five different marks: no repeated mark
    [InlineData("** Note **", false)] // letters
    [InlineData("2020 ***", false)] // digits
    public void Separator_lines_are_repeated_marks_only(string text, bool expected) =>
        LineShape.IsSeparator(text).Should().Be(expected);

    [Theory]
    [InlineData("AB/CD", true)]
    [InlineData("AB/CD/EF", true)]
    [InlineData("RJ/NG/IA.", true)] // trailing full stop
    [InlineData("KP/ LM", true)] // space after the slash
    [InlineData("TR/SK (Release ID: 4321)", true)] // a short note in brackets
    [InlineData("एबी/सीडी", true)]
    [InlineData("एबी/सीडी/ईएफ", true)]
    [InlineData("पीके/एसआर-", true)] // trailing dash
    [InlineData("AB", false)] // one code: no slash
    [InlineData("Hindi/English", false)] // words, not initials
    [InlineData("12/06/2020", false)] // a date
    [InlineData("The AB/CD accord was signed", false)]
    [InlineData("ABCDEF/GH", false)] // too long for initials
    public void Sign_off_codes_are_slash_joined_initials(string text, bool expected) =>
        LineShape.IsSignOff(text).Should().Be(expected);

    [Theory]
    [InlineData("(i) Seeds will be given.", 1)]
    [InlineData("(ii) Seeds will be given.", 2)]
    [InlineData("iii. Seeds will be given.", 3)]
    [InlineData("2) Seeds will be given.", 2)]
    [InlineData("(a) Seeds will be given.", 1)]
    [InlineData("b. Seeds will be given.", 2)]
    [InlineData("(IV) Seeds will be given.", 4)]
    [InlineData("क) किसानों को बीज दिए जाएंगे।", 1)]
    [InlineData("(ख) किसानों को बीज दिए जाएंगे।", 2)]
    [InlineData("(२) किसानों को बीज दिए जाएंगे।", 2)]
    [InlineData("A. K. Verma will visit.", 0)] // an initial, not a marker
    [InlineData("2.5 lakh farmers", 0)] // a decimal
    [InlineData("2021. The year began.", 0)] // a year
    [InlineData("Pune. The city is ready.", 0)] // a dateline word
    [InlineData("कि किसान", 0)]
    public void List_markers_give_their_ordinal(string text, int ordinal) =>
        (LineShape.ListMarker(text)?.Ordinal ?? 0).Should().Be(ordinal);

    /// <summary>One row per phenomenon: a line, its language, and anchors it must (and must not) give.</summary>
    public static TheoryData<string, Language, string[], string[]> AnchorRows => new()
    {
        // Separators: one anchor, the same for any marks.
        { "* * *", Language.Hindi, ["s:"], [] },
        { "_______________", Language.English, ["s:"], [] },

        // Sign-off codes: nothing that could link, not even a shared letter.
        { "AB/CD/EF", Language.English, [], ["a:AB", "a:CD"] },
        { "एबी/सीडी/ईएफ", Language.Hindi, [], ["a:AB", "a:CD"] },

        // Times: the hour on a 12-hour clock, and hour:minutes when the minutes are not zero.
        { "09:00", Language.English, ["#9"], ["#0"] },
        { "0900 hrs", Language.English, ["#9"], ["#900"] },
        { "9:00 AM", Language.English, ["#9"], ["a:AM"] },
        { "सुबह 9 बजे", Language.Hindi, ["#9"], [] },
        { "2:30 PM", Language.English, ["#2", "#2:30"], ["a:PM", "#30"] },
        { "1430 hrs", Language.English, ["#2", "#2:30"], ["#1430"] },
        { "दोपहर 2:30 बजे", Language.Hindi, ["#2", "#2:30"], [] },
        { "Talks began at 10.15 a.m. today", Language.English, ["#10", "#10:15"], ["#10.15"] },
        { "Over the last 24 hours", Language.English, ["#24"], ["#12"] },

        // List markers: ordinals that agree across (ii), (ख) and 2.
        { "(ii) Seeds", Language.English, ["o:2"], [] },
        { "(ख) बीज", Language.Hindi, ["o:2"], [] },
        { "2. बीज", Language.Hindi, ["o:2"], ["#2"] },

        // Dotted Hindi acronyms spell their English letters.
        { "यू.एन. की बैठक", Language.Hindi, ["a:UN"], [] },
        { "आई.सी.ए.आर. के वैज्ञानिक", Language.Hindi, ["a:ICAR"], [] },
        { "एम. के. वर्मा", Language.Hindi, ["a:MK"], [] },

        // Latin inside Hindi lines: acronyms and addresses as on the English side.
        { "किसानों ने ICAR की नई किस्म अपनाई", Language.Hindi, ["a:ICAR"], [] },
        { "विवरण www.krishi-example.gov.in पर उपलब्ध हैं", Language.Hindi, ["u:krishi-example.gov.in"], [] },
        { "Details are on https://www.krishi-example.gov.in/.", Language.English, ["u:krishi-example.gov.in"], [] },
        { "ईमेल help.desk@example.nic.in पर भेजें", Language.Hindi, ["u:help.desk@example.nic.in"], [] },
    };

    [Theory]
    [MemberData(nameof(AnchorRows))]
    public void Short_lines_give_the_anchors_they_hold(string text, Language language, string[] present, string[] absent)
    {
        var keys = FeatureExtractor.Default.Analyze(text, language, []).Anchors.Select(a => a.Key).ToList();
        foreach (string key in present)
        {
            keys.Should().Contain(key);
        }

        foreach (string key in absent)
        {
            keys.Should().NotContain(key);
        }

        if (present.Length == 0)
        {
            keys.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("नई योजना Kisan Samriddhi के तहत", "The Kisan Samriddhi scheme")]
    [InlineData("पोर्टल Seedlink पर पंजीकरण", "Register on the Seedlink portal")]
    public void Latin_words_in_a_Hindi_line_share_keys_with_the_English_line(string hindi, string english)
    {
        var hi = FeatureExtractor.Default.Analyze(hindi, Language.Hindi, []).Anchors.Select(a => a.Key);
        var en = FeatureExtractor.Default.Analyze(english, Language.English, []).Anchors.Select(a => a.Key);
        hi.Intersect(en).Should().NotBeEmpty();
    }

    [Fact]
    public void A_capital_that_only_opens_a_sentence_is_no_name()
    {
        var article = Article(
            "Farmers will get seeds. Officials said so.",
            "The scheme helps farmers, the officials said.",
            "Verma will visit the district.");
        var features = FeatureExtractor.Default.Analyze(article, Language.English);
        Kind(features[0], "Farmers").Should().Be(AnchorKind.Word);
        Kind(features[0], "Officials").Should().Be(AnchorKind.Word);

        // Never written in lower case: still a name.
        Kind(features[2], "Verma").Should().Be(AnchorKind.Name);
    }

    private static AnchorKind Kind(UnitFeatures f, string surface) => f.Anchors.Single(a => a.Surface == surface).Kind;

    private static Article Article(params string[] lines) =>
        new("test", [.. lines.Select((p, i) => ArticleLoader.MakeUnit(i, p, i + 1))], default);
}
