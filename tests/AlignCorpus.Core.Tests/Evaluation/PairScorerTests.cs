using AlignCorpus.Core.Evaluation;

namespace AlignCorpus.Core.Tests.Evaluation;

public sealed class PairScorerTests
{
    private static readonly (string, string)[] Gold = [("क", "a"), ("ख", "b"), ("ग", "c"), ("घ", "d")];

    [Fact]
    public void Exact_pairs_are_strict_and_lax_matches()
    {
        var c = PairScorer.Score(Gold, [("क", "a"), ("ख", "b")]);
        (c.StrictMatched, c.LaxMatched, c.LaxCovered).Should().Be((2, 2, 2));
        c.PrecisionStrict.Should().Be(1);
        c.RecallStrict.Should().Be(0.5);
    }

    [Fact]
    public void A_join_of_consecutive_gold_pairs_is_lax_only()
    {
        var c = PairScorer.Score(Gold, [("ख ग", "b c")]);
        (c.StrictMatched, c.LaxMatched, c.LaxCovered).Should().Be((0, 1, 2));
        c.RecallLax.Should().Be(0.5);
    }

    [Fact]
    public void Mixing_parts_of_different_pairs_is_wrong_even_when_lax()
    {
        var c = PairScorer.Score(Gold, [("ख ग", "b"), ("क", "b")]);
        (c.StrictMatched, c.LaxMatched).Should().Be((0, 0));
    }

    [Fact]
    public void A_pair_written_twice_matches_once_per_gold_occurrence()
    {
        var c = PairScorer.Score(Gold, [("क", "a"), ("क", "a")]);
        (c.Hypothesis, c.StrictMatched, c.LaxMatched).Should().Be((2, 1, 1));
    }

    [Theory]
    [InlineData("  a \t b  ", "a b")]
    [InlineData("a\u00A0\u2003b", "a b")]
    [InlineData("a\u001Cb", "a b")]
    [InlineData("a\u200Bb", "a\u200Bb")]
    [InlineData("", "")]
    public void White_space_is_folded_as_python_splits_it(string text, string expected) =>
        PairScorer.Normalize(text).Should().Be(expected);

    [Fact]
    public void Reading_skips_a_header_blank_lines_and_lines_with_an_empty_side()
    {
        string path = Path.Combine(Path.GetTempPath(), "pairs-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(path, "\uFEFFhi\ten\tscore\r\nक\ta\t0.9\r\n\r\nख\t\t0.1\n\tb\nग\tc");
        try
        {
            var pairs = PairScorer.Read(path, out int empty);
            pairs.Should().Equal(("क", "a"), ("ग", "c"));
            empty.Should().Be(2);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
