using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Alignment;

/// <summary>
/// Pairs whose sides differ wildly in size or share nothing are searched within a cell budget
/// (issue 12). The aligner's own count of table cells is checked, never a timing.
/// </summary>
public sealed class BoundedSearchTests
{
    private static CostModel Model(string[] hi, string[] en)
    {
        var tokens = new List<Token>();
        var hf = hi.Select(t => FeatureExtractor.Default.Analyze(t, Language.Hindi, tokens)).ToArray();
        var ef = en.Select(t => FeatureExtractor.Default.Analyze(t, Language.English, tokens)).ToArray();
        return new CostModel(AlignerOptions.Default, hf, ef, AnchorLinks.Build(hf, ef));
    }

    [Fact]
    public void The_budget_is_linear_in_long_articles_and_capped()
    {
        var o = AlignerOptions.Default;
        o.CellBudget(10, 10).Should().Be(o.MinCells);
        o.CellBudget(100_000, 100_000).Should().Be(o.CellsPerUnit * 200_002L);
        o.CellBudget(10_000_000, 1).Should().Be(Aligner.MaxCells);
    }

    /// <summary>
    /// 20,000 Hindi paragraphs against 400 English ones that translate the first 400: the diagonal
    /// of the table runs nowhere near them (the full table is 8 million cells), so the search gives up
    /// widening at the budget and finds them along the anchors (the running numbers) instead.
    /// </summary>
    [Fact]
    public void An_unbalanced_pair_is_aligned_along_its_anchors_within_the_budget()
    {
        var hi = Enumerable.Range(0, 20_000).Select(i => $"पुतिन ने मास्को में बैठक {i} में कहा").ToArray();
        var en = Enumerable.Range(0, 400).Select(i => $"Putin said at meeting {i} in Moscow").ToArray();
        var beads = new Aligner().Align(Model(hi, en), hi.Length, en.Length, out var stats);

        stats.Bounded.Should().Be(1);
        stats.Guided.Should().Be(1);
        stats.Cells.Should().BeLessThanOrEqualTo(2 * AlignerOptions.Default.CellBudget(hi.Length, en.Length));
        beads.Where(b => b.IsPair).Should().HaveCount(400).And.OnlyContain(b => b.HindiStart == b.EnglishStart && b.HindiCount == 1 && b.EnglishCount == 1);
        beads.Sum(b => b.HindiCount).Should().Be(hi.Length);
    }

    [Fact]
    public void An_ordinary_article_is_searched_in_full_and_not_bounded()
    {
        var hi = Enumerable.Range(0, 300).Select(i => $"पुतिन ने {i} बार कहा").ToArray();
        var en = Enumerable.Range(0, 290).Select(i => $"Putin said it {i} times").ToArray();
        new Aligner().Align(Model(hi, en), hi.Length, en.Length, out var stats);
        stats.Bounded.Should().Be(0);
        stats.Warning.Should().BeNull();
        stats.Cells.Should().BeGreaterThan(0).And.BeLessThan(AlignerOptions.Default.MinCells);
    }

    [Fact]
    public void The_guide_is_the_heaviest_chain_increasing_on_both_sides()
    {
        // Unique numbers link 0~0, 1~5, 2~1, 3~2, 4~3: the chain 0, 2, 3, 4 outweighs 0, 1.
        var hi = new[] { "बैठक 100", "बैठक 101", "बैठक 102", "बैठक 103", "बैठक 104" };
        var en = new[] { "meeting 100", "meeting 102", "meeting 103", "meeting 104", "x", "meeting 101" };
        Aligner.Guide(Model(hi, en), en.Length).Should().Equal((0, 0), (2, 1), (3, 2), (4, 3));
    }
}
