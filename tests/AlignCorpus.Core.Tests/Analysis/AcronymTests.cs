using System.Reflection;
using AlignCorpus.Core.Analysis;

namespace AlignCorpus.Core.Tests.Analysis;

public sealed class AcronymTests
{
    private static (string Hindi, char Letter)[] Field(string name) =>
        ((string Hindi, char Letter)[])typeof(Acronym).GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    [Fact]
    public void Letter_names_are_tried_longest_first_in_a_stable_order()
    {
        var names = Field("Names");
        Field("LongestFirst").Should().Equal(names.OrderByDescending(n => n.Hindi.Length));
    }

    [Theory]
    [InlineData("सीआईए", "CIA")]
    [InlineData("एएफपी", "AFP")]
    [InlineData("डब्ल्यूएचओ", "WHO")]
    [InlineData("एक्सवाई", "XY")]
    [InlineData("के", null)]
    [InlineData("भारत", null)]
    public void A_Hindi_word_spelled_in_letter_names_gives_its_letters(string word, string? letters)
    {
        Acronym.FromDevanagari(word).Should().Be(letters);
        Acronym.IsLetterName("के").Should().BeTrue();
        Acronym.IsLetterName("भारत").Should().BeFalse();
    }
}
