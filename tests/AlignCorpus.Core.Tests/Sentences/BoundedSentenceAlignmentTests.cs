using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;

namespace AlignCorpus.Core.Tests.Sentences;

/// <summary>
/// Sentence alignment of pairs that follow each other loosely or not at all stays within the
/// aligner's cell budget (issue 12): checked on the searches' own count of table cells
/// (<see cref="SentenceAlignment.Search"/>), never on a timing.
/// </summary>
public sealed class BoundedSentenceAlignmentTests
{
    private static Article Article(string name, IEnumerable<string> lines) =>
        ArticleLoader.Parse(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"), name);

    private static List<string[]> DevArticles(string side) =>
        [.. Directory.GetFiles(Path.Combine(Requires.Shared("data/dev"), side)).Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllLines(f).Where(l => l.Trim().Length > 0).ToArray())];

    /// <summary>
    /// 600 lines a side of different news articles (the Hindi of the first half of the dev set,
    /// the English of the second half, repeated), searched under a budget of 50,000 cells (the
    /// default, 4 million, is met the same way by 20,000 such lines: 55 s before, a band of up to
    /// 24 million cells): the incidental anchors they share (years, ministers, cities) put pairs
    /// on the band's edge, and the search gives up widening at the budget.
    /// </summary>
    [SkippableFact]
    public void Two_unrelated_articles_are_aligned_within_the_budget()
    {
        var his = DevArticles("hi");
        var ens = DevArticles("en");
        var hiLines = his.Take(his.Count / 2).SelectMany(a => a).ToArray();
        var enLines = ens.Skip(ens.Count / 2).SelectMany(a => a).ToArray();
        var hi = Article("hi", Enumerable.Range(0, 600).Select(i => hiLines[i % hiLines.Length]));
        var en = Article("en", Enumerable.Range(0, 600).Select(i => enLines[i % enLines.Length]));

        var options = SentenceAligner.ArticleOptions with { MinCells = 50_000 };
        var s = new SentenceAligner(new Aligner(), articleOptions: options).Align(hi, en);
        int n = s.Sentences.Hindi.Count, m = s.Sentences.English.Count;
        s.Search.Bounded.Should().BeGreaterThan(0);
        s.Search.Warning.Should().NotBeNull();

        // The article's search within its budget plus the guided band of its starting width
        // (n rows of 17 cells and m), the quick pass, and the sentences inside paragraph pairs.
        s.Search.Cells.Should().BeLessThan(options.CellBudget(n, m) + (17L * (n + 1)) + m + 100_000);
        SentenceBeadChecks.CoverEverySentenceInsideTheirParagraphBeads(s, hi, en);
    }

    /// <summary>
    /// A one-line document of about 1,700 sentences a side (the dev articles joined, with --units
    /// sentences): the paragraph pair's sentences are aligned inside it in a band, in cells linear
    /// in the sentences.
    /// </summary>
    [SkippableFact]
    public void A_one_line_pair_is_aligned_in_cells_linear_in_its_sentences()
    {
        string hiLine = string.Join(' ', DevArticles("hi").SelectMany(a => a));
        string enLine = string.Join(' ', DevArticles("en").SelectMany(a => a));
        var hi = Article("hi", [string.Join(' ', Enumerable.Repeat(hiLine, 4))]);
        var en = Article("en", [string.Join(' ', Enumerable.Repeat(enLine, 4))]);

        var s = new SentenceAligner(new Aligner()).Align(hi, en);
        int n = s.Sentences.Hindi.Count, m = s.Sentences.English.Count;
        n.Should().BeGreaterThan(1500);
        ((long)n * m).Should().BeGreaterThan(AlignerOptions.Default.MinCells / 2, "a full table would be quadratic");
        s.Paragraphs.Beads.Should().ContainSingle().Which.IsPair.Should().BeTrue();
        s.Search.Bounded.Should().Be(0);
        
        // The article's band (17 cells a row) and the paragraph pair's (61 and more a row): about 100 cells a sentence.
        s.Search.Cells.Should().BeLessThan(2L * AlignerOptions.Default.CellsPerUnit * (n + m));
        s.Sentences.Beads.Count(b => b.IsPair).Should().BeGreaterThan(n / 2);
        SentenceBeadChecks.CoverEverySentenceInsideTheirParagraphBeads(s, hi, en);
    }
}
