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

    [Fact]
    public void A_batch_names_the_documents_whose_search_was_bounded_in_its_summary()
    {
        string dir = CliRunner.TempDir();
        string hiDir = Directory.CreateDirectory(Path.Combine(dir, "hi")).FullName, enDir = Directory.CreateDirectory(Path.Combine(dir, "en")).FullName;
        var (hi, en) = CliRunner.WriteLongSeedPair(dir, 15_000, 300);
        File.Copy(hi, Path.Combine(hiDir, "unbalanced.txt"));
        File.Copy(en, Path.Combine(enDir, "unbalanced.txt"));
        File.Copy(CliRunner.SeedHindi, Path.Combine(hiDir, "seed.txt"));
        File.Copy(CliRunner.SeedEnglish, Path.Combine(enDir, "seed.txt"));
        string summary = Path.Combine(dir, "summary.json");

        var run = CliRunner.Run("batch", "--hi-dir", hiDir, "--en-dir", enDir, "-o", Path.Combine(dir, "out.tsv"), "--summary", summary);
        run.ExitCode.Should().Be(0, run.Stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(summary));
        doc.RootElement.GetProperty("bounded_searches").EnumerateArray().Select(e => e.GetString()).Should().ContainSingle().Which.Should().StartWith("unbalanced");
        run.Stderr.Should().Contain("bounded searches");
    }
}
