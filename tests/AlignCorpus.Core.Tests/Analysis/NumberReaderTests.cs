using AlignCorpus.Core.Analysis;

namespace AlignCorpus.Core.Tests.Analysis;

public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("100,000", "100000")]
    [InlineData("1,00,000", "100000")]
    [InlineData("१,००,०००", "100000")]
    [InlineData("२०२२", "2022")]
    [InlineData("3.50", "3.5")]
    [InlineData("3.0", "3")]
    [InlineData("007", "7")]
    [InlineData("0.5", "0.5")]
    [InlineData("1.000.000", "1000000")]
    public void Canonical_forms(string token, string canonical) => NumberReader.Canonical(token).Should().Be(canonical);

    [Fact]
    public void Tokenizer_reads_numbers_and_words()
    {
        var tokens = new List<Token>();
        const string text = "10-21 नवंबर, 1,00,000 लोग; 3.5% of U.S.";
        Tokenizer.Tokenize(text, tokens);
        tokens.Select(t => (t.In(text).ToString(), t.Kind)).Should().Equal(
            ("10", TokenKind.Number), ("21", TokenKind.Number), ("नवंबर", TokenKind.Word), ("1,00,000", TokenKind.Number),
            ("लोग", TokenKind.Word), ("3.5", TokenKind.Number), ("of", TokenKind.Word), ("U.S", TokenKind.Word));
    }
}
