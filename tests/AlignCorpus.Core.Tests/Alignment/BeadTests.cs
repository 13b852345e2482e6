using AlignCorpus.Core.Alignment;

namespace AlignCorpus.Core.Tests.Alignment;

public sealed class BeadTests
{
    [Theory]
    [InlineData(1, 1, "1-1")]
    [InlineData(0, 1, "0-1")]
    [InlineData(1, 0, "1-0")]
    [InlineData(2, 3, "2-3")]
    [InlineData(7, 7, "7-7")]
    [InlineData(7, 8, "7-8")]
    [InlineData(8, 0, "8-0")]
    [InlineData(12, 31, "12-31")]
    public void A_type_names_the_counts_of_both_sides(int hindi, int english, string expected)
    {
        new Bead(5, hindi, 9, english, 0.5).Type.Should().Be(expected);
    }

    [Fact]
    public void Every_type_made_once_names_its_counts()
    {
        for (int h = 0; h < 10; h++)
        {
            for (int e = 0; e < 10; e++)
            {
                new Bead(0, h, 0, e, 1).Type.Should().Be(h + "-" + e);
            }
        }
    }
}
