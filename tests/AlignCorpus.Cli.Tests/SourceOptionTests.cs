namespace AlignCorpus.Cli.Tests;

/// <summary>Where documents come from: --glob, an unknown option among folder arguments, an empty run.</summary>
public sealed class SourceOptionTests
{
    [Fact]
    public void Glob_keeps_a_stray_readme_out_of_the_run()
    {
        var (hi, en, _) = BatchCommandTests.SampleFolders();
        File.WriteAllText(Path.Combine(hi, "README"), "notes about the crawl\n");
        var all = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q");
        all.ExitCode.Should().Be(ExitCodes.SomeFailed, "the README has no partner");
        var txt = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "--glob", "*.txt");
        txt.ExitCode.Should().Be(0, txt.Stderr);
        txt.Stdout.Should().Be(all.Stdout);
        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "--glob", "s*.txt").Stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')[0]).Distinct().Should().Equal("seed.txt");
    }

    [Fact]
    public void Glob_applies_to_pair_auto_folders()
    {
        var (hi, en, _) = BatchCommandTests.SampleFolders();
        File.WriteAllText(Path.Combine(hi, "notes.md"), "not an article\n");
        string pairs = Path.Combine(CliRunner.TempDir(), "pairs.tsv");
        var run = CliRunner.Run("batch", "--pair", "auto", hi, en, "-q", "--glob", "*.txt", "--pairs", pairs);
        run.ExitCode.Should().Be(0, run.Stderr);
        File.ReadAllText(pairs).Should().NotContain("notes.md");
    }

    [Theory]
    [InlineData("--frobnicate", "unknown option '--frobnicate'")]
    [InlineData("--max-bed", "unknown option '--max-bed'; did you mean '--max-bead'?")]
    public void An_unknown_option_is_not_taken_for_a_folder(string option, string message)
    {
        var (hi, en, _) = BatchCommandTests.SampleFolders();
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, option);
        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Stderr.Should().Contain(message).And.NotContain("give one source");
    }

    [Fact]
    public void No_documents_is_a_warning_and_exit_3_unless_allowed()
    {
        string dir = CliRunner.TempDir();
        string hi = Directory.CreateDirectory(Path.Combine(dir, "hi")).FullName;
        string en = Directory.CreateDirectory(Path.Combine(dir, "en")).FullName;
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q");
        run.ExitCode.Should().Be(ExitCodes.SomeFailed);
        run.Stderr.Should().Contain("warning: no documents found");
        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "--allow-empty").ExitCode.Should().Be(0);
    }
}
