using AlignCorpus.Core.Corpus;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Corpus;

public sealed class PairFilterTests
{
    [Theory]
    // A plain pair.
    [InlineData("नई सड़क आज खोली गई।", "The new road was opened today.", true)]
    // A code-mixed Hindi row (more Latin than Devanagari) is Hindi.
    [InlineData("Smart City Mission के तहत new bus terminal बना।", "A new bus terminal was built under the Smart City Mission.", true)]
    // A Hindi side left in English is not.
    [InlineData("The new road was opened today.", "The new road was opened today.", false)]
    // An English side that is mostly a Hindi quotation is not English.
    [InlineData("मंत्री ने कहा कि सड़क जल्दी बनेगी।", "He said: सड़क जल्दी बनेगी और गांव जुड़ेंगे।", false)]
    // Both sides Hindi.
    [InlineData("नई सड़क आज खोली गई।", "नई सड़क आज खोली गई।", false)]
    public void Script_check_of_a_row(string hi, string en, bool kept)
    {
        PairFilter.ScriptsFit(ScriptProfile.Of(hi), ScriptProfile.Of(en)).Should().Be(kept);
    }

    [Fact]
    public void A_side_counted_from_the_loaders_unit_counts_is_counted_as_its_text()
    {
        // Units the loader normalises (NA + nukta composes, the nukta letter QA decomposes: their
        // counts change), others it keeps; Latin with accents, Greek, digits and dandas; every run
        // of units joined as a bead's side.
        string text = string.Join("\n",
            "नई सड़क आज खोली गई।",
            "\u0958लम और ज़मीन",
            "Café naïve résumé 42",
            "मंत्री ने कहा: \"road\" ॥ १२३ Ωμέγα",
            "न\u093C ऩ र\u093C",
            "plain English line");
        var article = ArticleLoader.Parse(System.Text.Encoding.UTF8.GetBytes(text), "a.txt");
        article.Units.Count(u => !ReferenceEquals(u.Text, u.Original)).Should().Be(2, "the test needs units NFC changed");
        for (int start = 0; start < article.Count; start++)
        {
            for (int count = 1; start + count <= article.Count; count++)
            {
                string side = string.Join(' ', article.Units.Skip(start).Take(count).Select(u => u.Original));
                PairFilter.ScriptOf(article, start, count, side).Should().Be(ScriptProfile.Of(side), $"units {start}+{count}");
            }
        }

        // An article put together from units has no kept counts: its text is counted.
        var built = new Article("b", [new Unit(0, "नई सड़क", 1)], default);
        PairFilter.ScriptOf(built, 0, 1, "नई सड़क").Should().Be(ScriptProfile.Of("नई सड़क"));
    }
}
