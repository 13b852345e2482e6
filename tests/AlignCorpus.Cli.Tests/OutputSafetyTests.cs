using System.Text.Json;
using AlignCorpus.Core.Writing;
using Mono.Unix.Native;
using AlignCorpus.Core.Files;

namespace AlignCorpus.Cli.Tests;

/// <summary>Issue 12, outputs: outputs land only where told, inputs and devices are never touched.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class OutputSafetyTests
{
    private static (string Hi, string En, string Root) SampleFolders() => BatchCommandTests.SampleFolders();

    /// <summary>A manifest pairs.tsv in <paramref name="root"/>: the header, then <paramref name="rows"/>.</summary>
    private static string Manifest(string root, string rows)
    {
        string manifest = Path.Combine(root, "pairs.tsv");
        File.WriteAllText(manifest, "id\thi\ten\n" + rows);
        return manifest;
    }

    /// <summary>Every file under a folder with its bytes, to show that nothing changed.</summary>
    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => f, f => Convert.ToBase64String(File.ReadAllBytes(f)));

    [Fact]
    public void Output_equal_to_summary_is_refused_before_anything_runs()
    {
        var (hi, en, root) = SampleFolders();
        string corpus = Path.Combine(root, "corpus.tsv");
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-o", corpus, "--summary", Path.Combine(root, ".", "corpus.tsv"), "-q");
        run.ExitCode.Should().Be(ExitCodes.OutputError, run.Stderr);
        run.Stderr.Should().Contain("--summary is the same file as --output");
        File.Exists(corpus).Should().BeFalse();
    }

    [Fact]
    public void Output_equal_to_rejected_through_a_symlinked_folder_is_refused()
    {
        var (hi, en, root) = SampleFolders();
        Directory.CreateSymbolicLink(Path.Combine(root, "again"), root);
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-o", Path.Combine(root, "c.tsv"), "--rejected", Path.Combine(root, "again", "c.tsv"), "-q");
        run.ExitCode.Should().Be(ExitCodes.OutputError, run.Stderr);
        run.Stderr.Should().Contain("--rejected is the same file as --output");
        File.Exists(Path.Combine(root, "c.tsv")).Should().BeFalse();
    }

    [Fact]
    public void Output_equal_to_the_manifest_is_refused()
    {
        var (_, _, root) = SampleFolders();
        string manifest = Manifest(root, "seed\thi/seed.txt\ten/seed.txt\n");
        var run = CliRunner.Run("batch", "--manifest", manifest, "-o", manifest, "-q");
        run.ExitCode.Should().Be(ExitCodes.OutputError, run.Stderr);
        run.Stderr.Should().Contain("also an input");
        File.ReadAllText(manifest).Should().StartWith("id\thi\ten\n");
    }

    [Fact]
    public void An_output_equal_to_an_article_of_the_manifest_is_refused()
    {
        // The manifest's articles are compared with the outputs as they stream by, not kept: every
        // output, the last one registered included, still meets them.
        var (_, _, root) = SampleFolders();
        string manifest = Manifest(root, "seed\thi/seed.txt\ten/seed.txt\n");
        var before = Snapshot(Path.Combine(root, "en"));
        var batch = CliRunner.Run("batch", "--manifest", manifest, "-o", Path.Combine(root, "c.tsv"), "--summary", Path.Combine(root, "en", "seed.txt"), "-q");
        batch.ExitCode.Should().Be(ExitCodes.OutputError, batch.Stderr);
        batch.Stderr.Should().Contain("--summary is also an input");
        var learn = CliRunner.Run("lexicon", "learn", "--manifest", manifest, "-o", Path.Combine(root, "en", "seed.txt"), "-q");
        learn.ExitCode.Should().Be(ExitCodes.OutputError, learn.Stderr);
        learn.Stderr.Should().Contain("--output is also an input");
        Snapshot(Path.Combine(root, "en")).Should().Equal(before);
        File.Exists(Path.Combine(root, "c.tsv")).Should().BeFalse();
    }

    [Fact]
    public void An_input_reached_through_a_symlinked_folder_is_not_overwritten()
    {
        var (hi, en, root) = SampleFolders();
        string link = Path.Combine(root, "hi-link");
        Directory.CreateSymbolicLink(link, hi);
        var before = Snapshot(hi);
        var batch = CliRunner.Run("batch", "--hi-dir", link, "--en-dir", en, "-o", Path.Combine(hi, "seed.txt"), "-q");
        batch.ExitCode.Should().Be(ExitCodes.OutputError, batch.Stderr);
        batch.Stderr.Should().Contain("also an input");
        var align = CliRunner.Run("align", Path.Combine(link, "seed.txt"), Path.Combine(en, "seed.txt"), "-o", Path.Combine(hi, "seed.txt"));
        align.ExitCode.Should().Be(ExitCodes.OutputError, align.Stderr);
        Snapshot(hi).Should().Equal(before);
    }

    [Fact]
    public void Per_document_folder_equal_to_the_hindi_folder_is_refused_and_inputs_untouched()
    {
        var (hi, en, _) = SampleFolders();
        var before = Snapshot(hi);
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "--per-document", hi, "-f", "beads", "-q");
        run.ExitCode.Should().Be(ExitCodes.OutputError, run.Stderr);
        run.Stderr.Should().Contain("--per-document is the input folder");
        Snapshot(hi).Should().Equal(before);
    }

    [Fact]
    public void A_per_document_file_equal_to_a_manifest_input_is_refused()
    {
        var (_, _, root) = SampleFolders();
        string manifest = Manifest(root, "seed.txt\thi/seed.txt\ten/seed.txt\n");
        var before = Snapshot(Path.Combine(root, "hi"));
        var run = CliRunner.Run("batch", "--manifest", manifest, "--per-document", Path.Combine(root, "hi"), "-f", "beads", "-q");
        run.ExitCode.Should().Be(ExitCodes.OutputError, run.Stderr);
        run.Stderr.Should().Contain("also an input");
        Snapshot(Path.Combine(root, "hi")).Should().Equal(before);
    }

    [Theory]
    [InlineData("../x", "'..'")]
    [InlineData("/abs/x", "absolute")]
    [InlineData("a//b", "empty path segment")]
    public void An_id_that_is_no_plain_name_is_refused_naming_the_manifest_line(string id, string reason)
    {
        var (_, _, root) = SampleFolders();
        string manifest = Manifest(root, $"seed\thi/seed.txt\ten/seed.txt\n{id}\thi/isro.txt\ten/isro.txt\n");
        string outDir = Path.Combine(root, "out", "docs");
        var run = CliRunner.Run("batch", "--manifest", manifest, "--per-document", outDir, "-q");
        run.ExitCode.Should().Be(ExitCodes.BadInput, run.Stderr);
        run.Stderr.Should().Contain($"{manifest}:3:").And.Contain(reason);
        Directory.Exists(outDir).Should().BeFalse();
        File.Exists(Path.Combine(root, "out", "x.tsv")).Should().BeFalse();
    }

    [Fact]
    public void Two_ids_with_the_same_file_are_an_error_before_anything_runs()
    {
        var (hi, en, root) = SampleFolders();
        File.Copy(Path.Combine(hi, "seed.txt"), Path.Combine(hi, "seed.md"));
        File.Copy(Path.Combine(en, "seed.txt"), Path.Combine(en, "seed.md"));
        string outDir = Path.Combine(root, "out");
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "--per-document", outDir, "-q");
        run.ExitCode.Should().Be(ExitCodes.BadInput, run.Stderr);
        run.Stderr.Should().Contain("ids 'seed.md' and 'seed.txt' would both be written to seed.tsv");
        Directory.Exists(outDir).Should().BeFalse();
    }

    [Fact]
    public void A_per_document_file_behind_a_link_out_of_the_folder_is_refused()
    {
        var (_, _, root) = SampleFolders();
        string elsewhere = Directory.CreateDirectory(Path.Combine(root, "elsewhere")).FullName;
        string outDir = Directory.CreateDirectory(Path.Combine(root, "out")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(outDir, "sub"), elsewhere);
        string manifest = Manifest(root, "sub/seed\thi/seed.txt\ten/seed.txt\n");
        var run = CliRunner.Run("batch", "--manifest", manifest, "--per-document", outDir, "-q");
        run.ExitCode.Should().Be(ExitCodes.OutputError, run.Stderr);
        run.Stderr.Should().Contain("outside");
        Directory.GetFileSystemEntries(elsewhere).Should().BeEmpty();
    }

    [Fact]
    public void An_unwritable_summary_is_found_before_anything_is_committed()
    {
        var (hi, en, root) = SampleFolders();
        string corpus = Path.Combine(root, "corpus.tsv"), rejected = Path.Combine(root, "rejected.tsv");

        // Root writes into read-only folders; nobody creates files in /proc.
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-o", corpus, "--rejected", rejected, "--summary", "/proc/aligncorpus-summary.json", "-q");
        run.ExitCode.Should().Be(ExitCodes.OutputError, run.Stderr);
        run.Stderr.Should().Contain("/proc/aligncorpus-summary.json");
        File.Exists(corpus).Should().BeFalse();
        File.Exists(rejected).Should().BeFalse();
        Directory.GetFiles(root).Should().BeEmpty();
    }

    [Fact]
    public void Fail_fast_commits_no_truncated_corpus_and_says_so()
    {
        var (hi, en, root) = SampleFolders();
        File.WriteAllBytes(Path.Combine(hi, "a-empty.txt"), []);
        File.Copy(Path.Combine(en, "seed.txt"), Path.Combine(en, "a-empty.txt"));
        string corpus = Path.Combine(root, "c.tsv"), summary = Path.Combine(root, "s.json");
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-o", corpus, "--summary", summary, "--fail-fast", "--threads", "1", "-q");
        run.ExitCode.Should().Be(ExitCodes.StoppedAtFailure, run.Stderr);
        run.Stderr.Should().Contain("--fail-fast");
        File.Exists(corpus).Should().BeFalse();
        using var doc = JsonDocument.Parse(File.ReadAllText(summary));
        doc.RootElement.GetProperty("stopped_at_failure").GetBoolean().Should().BeTrue();
        Directory.GetFiles(root).Should().Equal(summary);
    }

    [Fact]
    public void Fail_fast_stops_at_a_file_without_partner_before_aligning()
    {
        var (hi, en, root) = SampleFolders();
        File.Copy(Path.Combine(hi, "seed.txt"), Path.Combine(hi, "lonely.txt"));
        string corpus = Path.Combine(root, "c.tsv"), summary = Path.Combine(root, "s.json");
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-o", corpus, "--summary", summary, "--fail-fast", "-q");
        run.ExitCode.Should().Be(ExitCodes.StoppedAtFailure, run.Stderr);
        File.Exists(corpus).Should().BeFalse();
        using var doc = JsonDocument.Parse(File.ReadAllText(summary));
        doc.RootElement.GetProperty("documents_aligned").GetInt32().Should().Be(0);
    }

    [Fact]
    public void Interrupting_pair_auto_commits_no_pairs_file()
    {
        string root = CliRunner.TempDir();
        string articles = Directory.CreateDirectory(Path.Combine(root, "articles")).FullName;
        File.Copy(CliRunner.SeedHindi, Path.Combine(articles, "hi.txt"));
        File.Copy(CliRunner.SeedEnglish, Path.Combine(articles, "en.txt"));
        string pairs = Path.Combine(root, "pairs.tsv"), corpus = Path.Combine(root, "c.tsv");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var stderr = new StringWriter();
        int code = Program.Run(["batch", "--pair", "auto", articles, "--pairs", pairs, "-o", corpus], new StringWriter(), stderr, cancel.Token);
        code.Should().Be(ExitCodes.Interrupted, stderr.ToString());
        stderr.ToString().Should().Contain("no output file was written");
        File.Exists(pairs).Should().BeFalse();
        Directory.GetFiles(root).Should().BeEmpty();
    }

    [Fact]
    public void Skip_existing_resumes_a_per_document_run()
    {
        var (hi, en, root) = SampleFolders();
        string outDir = Path.Combine(root, "out"), summary = Path.Combine(root, "s.json");
        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "--per-document", outDir, "-q").ExitCode.Should().Be(0);
        var files = Directory.GetFiles(outDir).Order(StringComparer.Ordinal).ToList();
        files.Should().HaveCountGreaterThan(2);
        File.Delete(files[0]);
        File.WriteAllText(files[1], "kept as it was\n");
        File.WriteAllText(Path.Combine(outDir, "." + Path.GetFileName(files[0]) + ".0123abcd.tmp"), "left by a killed run");
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "--per-document", outDir, "--skip-existing", "--summary", summary, "-q");
        run.ExitCode.Should().Be(0, run.Stderr);
        File.Exists(files[0]).Should().BeTrue();
        File.ReadAllText(files[1]).Should().Be("kept as it was\n");
        Directory.GetFiles(outDir).Order(StringComparer.Ordinal).Should().Equal(files);
        using var doc = JsonDocument.Parse(File.ReadAllText(summary));
        doc.RootElement.GetProperty("documents_skipped").GetInt32().Should().Be(files.Count - 1);
        doc.RootElement.GetProperty("documents_aligned").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Skip_existing_needs_per_document()
    {
        var (hi, en, _) = SampleFolders();
        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "--skip-existing").ExitCode.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void Align_writes_through_a_device_node_which_stays_a_device()
    {
        string dir = CliRunner.TempDir();
        string nul = Path.Combine(dir, "null");
        Syscall.mknod(nul, FilePermissions.S_IFCHR | FilePermissions.S_IRUSR | FilePermissions.S_IWUSR, (1UL << 8) | 3)
            .Should().Be(0, "the tests run as root (CAP_MKNOD)");
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-o", nul);
        run.ExitCode.Should().Be(0, run.Stderr);
        FileIdentity.KindOf(nul).Should().Be(FileKind.CharacterDevice);
        Directory.GetFiles(dir).Should().Equal(nul);
    }

    [Fact]
    public async Task Batch_writes_a_corpus_into_a_fifo_read_by_another_thread()
    {
        var (hi, en, root) = SampleFolders();
        string fifo = Path.Combine(root, "corpus.fifo");
        Syscall.mkfifo(fifo, FilePermissions.S_IRUSR | FilePermissions.S_IWUSR).Should().Be(0);
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-o", fifo, "-q");
        run.ExitCode.Should().Be(0, run.Stderr);
        string corpus = await reader.WaitAsync(TimeSpan.FromSeconds(60));
        corpus.Should().StartWith("doc\t").And.Contain("seed.txt\t");
        FileIdentity.KindOf(fifo).Should().Be(FileKind.Fifo);
        Directory.GetFiles(root).Should().Equal(fifo);
    }

    [Fact]
    public void Align_output_through_a_symlink_keeps_the_link_and_the_mode()
    {
        string dir = CliRunner.TempDir();
        string target = Path.Combine(dir, "beads.txt");
        File.WriteAllText(target, "old\n");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        string link = Path.Combine(dir, "out.txt");
        File.CreateSymbolicLink(link, target);
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-o", link);
        run.ExitCode.Should().Be(0, run.Stderr);
        FileIdentity.IsLink(link).Should().BeTrue();
        File.ReadAllText(target).Should().StartWith("[");
        File.GetUnixFileMode(target).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
