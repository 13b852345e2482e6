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
}
