namespace AlignCorpus.Cli.Tests;

/// <summary>A pair whose sides differ wildly in size is aligned within the cell budget, with a warning (issue 12).</summary>
public sealed class BoundedAlignmentTests
{
    /// <summary>
    /// 15,000 Hindi lines against the 300 English lines that translate the first 300 (the seed's
    /// paragraphs with a running number): the search gives up on the diagonal at the budget, says
    /// so, and finds the 300 pairs along the running numbers.
    /// </summary>
    [Fact]
    public void An_unbalanced_pair_is_aligned_along_its_anchors_with_a_warning()
    {
        string dir = CliRunner.TempDir();
        var (hi, en) = CliRunner.WriteLongSeedPair(dir, 15_000, 300);
        string output = Path.Combine(dir, "beads.txt");

        var run = CliRunner.Run("align", hi, en, "-o", output);
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stderr.Should().Contain("warning: the two sides follow each other too loosely");
        var beads = File.ReadAllLines(output);
        beads.Count(b => b.Split(':') is [var h, var e] && h == e && h != "[]").Should().BeGreaterThan(290);
        beads.Should().HaveCount(15_000);
    }
}
