namespace AlignCorpus.Cli.Tests;

/// <summary>Alignment options that align and batch share: --max-bead and --explain.</summary>
public sealed class BatchAlignmentOptionTests
{
    /// <summary>Without a dictionary, so that stderr holds only the explanations wherever the tests run.</summary>
    [Fact]
    public void Batch_explains_each_document_in_input_order_as_align_does()
    {
        var (hi, en) = Folders();
        var batch = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "--explain", "--threads", "2", "--no-dictionary");
        batch.ExitCode.Should().Be(0, batch.Stderr);
        var headers = batch.Stderr.Split('\n').Where(l => l.StartsWith("== ", StringComparison.Ordinal)).ToList();
        headers.Should().Equal("== cricket.txt", "== isro.txt");

        var align = CliRunner.Run("align", Path.Combine(hi, "isro.txt"), Path.Combine(en, "isro.txt"), "--explain", "--no-dictionary");
        batch.Stderr[(batch.Stderr.IndexOf("== isro.txt\n", StringComparison.Ordinal) + "== isro.txt\n".Length)..].Should().Be(align.Stderr);
    }

    [Fact]
    public void Batch_takes_max_bead_as_align_does()
    {
        var (hi, en) = Folders("monsoon", "recut");
        string[] common = ["batch", "--hi-dir", hi, "--en-dir", en, "-q", "--method", "paragraphs", "--per-document"];
        string one = Path.Combine(CliRunner.TempDir(), "one"), two = Path.Combine(CliRunner.TempDir(), "two");
        CliRunner.Run([.. common, one, "-f", "beads", "--max-bead", "1"]).ExitCode.Should().Be(0);
        CliRunner.Run([.. common, two, "-f", "beads"]).ExitCode.Should().Be(0);
        foreach (var name in new[] { "monsoon.txt", "recut.txt" })
        {
            string Align(string maxBead) =>
                CliRunner.Run("align", Path.Combine(hi, name), Path.Combine(en, name), "--method", "paragraphs", "--max-bead", maxBead).Stdout;
            File.ReadAllText(Path.Combine(one, name)).Should().Be(Align("1"));
            File.ReadAllText(Path.Combine(two, name)).Should().Be(Align("2")).And.NotBe(Align("1"), "the option changes these documents");
        }

        CliRunner.Run([.. common, one, "--max-bead", "7"]).ExitCode.Should().Be(ExitCodes.Usage);
    }

    private static (string Hindi, string English) Folders(params string[] samples)
    {
        string dir = CliRunner.TempDir();
        string hi = Directory.CreateDirectory(Path.Combine(dir, "hi")).FullName;
        string en = Directory.CreateDirectory(Path.Combine(dir, "en")).FullName;
        foreach (var name in samples.Length > 0 ? samples : ["cricket", "isro"])
        {
            File.Copy(Path.Combine(CliRunner.Root, "samples", name, "hi.txt"), Path.Combine(hi, name + ".txt"));
            File.Copy(Path.Combine(CliRunner.Root, "samples", name, "en.txt"), Path.Combine(en, name + ".txt"));
        }

        return (hi, en);
    }
}
