using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Loading;

public sealed class ScriptComparisonTests
{
    [Theory]
    // A clean pair.
    [InlineData(100, 0, 0, 100, PairOrder.AsGiven)]
    // A code-mixed Hindi page (40 % Devanagari) against its English page.
    [InlineData(40, 60, 2, 98, PairOrder.AsGiven)]
    // A Hindi page against an English page quoting the Hindi at length (65 % Devanagari).
    [InlineData(95, 5, 65, 35, PairOrder.AsGiven)]
    // Exactly the minimum of own script and exactly the margin.
    [InlineData(15, 85, 0, 100, PairOrder.AsGiven)]
    // Swapped, clean and mixed.
    [InlineData(0, 100, 100, 0, PairOrder.Swapped)]
    [InlineData(2, 98, 40, 60, PairOrder.Swapped)]
    // Two English files, two Hindi files.
    [InlineData(0, 100, 0, 100, PairOrder.Undecided)]
    [InlineData(100, 0, 100, 0, PairOrder.Undecided)]
    // An English page with a few Hindi words is below the minimum of Devanagari.
    [InlineData(14, 86, 0, 100, PairOrder.Undecided)]
    // A Hindi page with a few English words is below the minimum of Latin.
    [InlineData(100, 0, 90, 10, PairOrder.Undecided)]
    // Two mixed pages 10 points apart: not clearly different.
    [InlineData(50, 50, 40, 60, PairOrder.Undecided)]
    public void The_two_files_are_compared(int hiDeva, int hiLatin, int enDeva, int enLatin, PairOrder expected)
    {
        ScriptComparison.Decide(new ScriptProfile(hiDeva, hiLatin, 0), new ScriptProfile(enDeva, enLatin, 0)).Should().Be(expected);
    }

    [Theory]
    // Letters of neither script (say Urdu) are no side of a pair.
    [InlineData(0, 0, 100)]
    // No letters at all.
    [InlineData(0, 0, 0)]
    public void A_file_in_neither_script_is_undecided(int deva, int latin, int other)
    {
        var english = new ScriptProfile(0, 100, 0);
        ScriptComparison.Decide(new ScriptProfile(deva, latin, other), english).Should().Be(PairOrder.Undecided);
        ScriptComparison.Decide(new ScriptProfile(100, 0, 0), new ScriptProfile(deva, latin, other)).Should().Be(PairOrder.Undecided);
    }

    [Fact]
    public void Other_letters_count_in_the_shares()
    {
        // 20 % Devanagari beside 60 % Latin and 20 % other letters against a plain English page.
        ScriptComparison.Decide(new ScriptProfile(20, 60, 20), new ScriptProfile(0, 100, 0)).Should().Be(PairOrder.AsGiven);
        ScriptComparison.Decide(new ScriptProfile(20, 20, 60), new ScriptProfile(0, 30, 70)).Should().Be(PairOrder.Undecided);
    }
}
