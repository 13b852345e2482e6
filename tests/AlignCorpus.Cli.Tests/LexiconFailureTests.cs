namespace AlignCorpus.Cli.Tests;

/// <summary>lexicon learn reports failed documents as batch does: exit 3, --fail-fast, --quiet.</summary>
public sealed class LexiconFailureTests
{
    [Fact]
    public void A_failed_document_is_reported_and_the_lexicon_still_written_with_exit_3()
    {
        var (hi, en, root) = Folders();
        string lexicon = Path.Combine(root, "learned.tsv");
        var run = CliRunner.Run("lexicon", "learn", "--hi-dir", hi, "--en-dir", en, "--no-dictionary", "-o", lexicon, "--min-count", "1");
        run.ExitCode.Should().Be(ExitCodes.SomeFailed);
        run.Stderr.Should().Contain("broken.txt").And.Contain("documents: ").And.Contain("learned ");
        File.Exists(lexicon).Should().BeTrue();
    }

    [Fact]
    public void Fail_fast_writes_no_lexicon_and_quiet_prints_no_summary()
    {
        var (hi, en, root) = Folders();
        string lexicon = Path.Combine(root, "learned.tsv");
        var run = CliRunner.Run("lexicon", "learn", "--hi-dir", hi, "--en-dir", en, "--no-dictionary", "-o", lexicon, "--fail-fast", "--threads", "1", "-q");
        run.ExitCode.Should().Be(ExitCodes.StoppedAtFailure);
        run.Stderr.Should().Contain("--fail-fast").And.NotContain("documents: ");
        File.Exists(lexicon).Should().BeFalse();
    }

    [Fact]
    public void Units_means_the_same_everywhere_so_lexicon_learn_does_not_take_it()
    {
        var (hi, en, _) = BatchCommandTests.SampleFolders();
        var run = CliRunner.Run("lexicon", "learn", "--hi-dir", hi, "--en-dir", en, "--units", "blocks");
        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Stderr.Should().Contain("--units");
    }

    [Fact]
    public void The_first_pass_of_self_training_says_what_it_does()
    {
        var (hi, en, _) = BatchCommandTests.SampleFolders();
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "--self-train", "--no-dictionary");
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stderr.Should().Contain("self-training, first pass").And.Contain("self-training learned");
    }

    private static (string Hindi, string English, string Root) Folders()
    {
        var (hi, en, root) = BatchCommandTests.SampleFolders();
        File.WriteAllBytes(Path.Combine(hi, "broken.txt"), [0xE0, 0xA4, 0xFF, 0x0A]);
        File.WriteAllText(Path.Combine(en, "broken.txt"), "An English page.\n");
        return (hi, en, root);
    }
}
