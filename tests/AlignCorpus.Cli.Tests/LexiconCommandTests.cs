namespace AlignCorpus.Cli.Tests;

public sealed class LexiconCommandTests
{
    [SkippableFact]
    public void A_learned_lexicon_is_written_and_taken_by_dictionary()
    {
        string dev = Requires.Shared("data/dev");
        string dir = CliRunner.TempDir();
        string lexicon = Path.Combine(dir, "learned.tsv");
        var learn = CliRunner.Run("lexicon", "learn", "--hi-dir", Path.Combine(dev, "hi"), "--en-dir", Path.Combine(dev, "en"), "--no-dictionary", "-o", lexicon);
        learn.ExitCode.Should().Be(0, learn.Stderr);
        var lines = File.ReadAllLines(lexicon);
        lines[0].Should().Be("hi\ten\tdice\tcount");
        lines.Length.Should().BeGreaterThan(50);
        lines.Skip(1).Should().OnlyContain(l => l.Split('\t').Length == 4);

        var align = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--dictionary", lexicon);
        align.ExitCode.Should().Be(0, align.Stderr);
    }

    [SkippableFact]
    public void Self_training_is_deterministic_across_threads()
    {
        string dev = Requires.Shared("data/dev");
        string dir = CliRunner.TempDir();
        string one = Path.Combine(dir, "one.tsv"), two = Path.Combine(dir, "two.tsv");
        foreach (var (path, threads) in new[] { (one, "1"), (two, "2") })
        {
            var run = CliRunner.Run("batch", "--hi-dir", Path.Combine(dev, "hi"), "--en-dir", Path.Combine(dev, "en"), "--no-dictionary", "--self-train",
                "--threads", threads, "-o", path);
            run.ExitCode.Should().Be(0, run.Stderr);
            run.Stderr.Should().Contain("self-training learned");
        }

        File.ReadAllBytes(one).Should().Equal(File.ReadAllBytes(two));
    }
}
