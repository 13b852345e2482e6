using System.Text.Json;

namespace AlignCorpus.Cli.Tests;

/// <summary>aligncorpus batch end to end: sources, outputs, determinism, bad documents, shards, filters.</summary>
public sealed class BatchCommandTests
{
    /// <summary>hi/ and en/ folders holding the samples and the seed pair under the same names.</summary>
    internal static (string Hi, string En, string Root) SampleFolders()
    {
        string root = CliRunner.TempDir();
        string hi = Directory.CreateDirectory(Path.Combine(root, "hi")).FullName;
        string en = Directory.CreateDirectory(Path.Combine(root, "en")).FullName;
        foreach (var dir in Directory.GetDirectories(Path.Combine(CliRunner.Root, "samples")))
        {
            File.Copy(Path.Combine(dir, "hi.txt"), Path.Combine(hi, Path.GetFileName(dir) + ".txt"));
            File.Copy(Path.Combine(dir, "en.txt"), Path.Combine(en, Path.GetFileName(dir) + ".txt"));
        }

        File.Copy(CliRunner.SeedHindi, Path.Combine(hi, "seed.txt"));
        File.Copy(CliRunner.SeedEnglish, Path.Combine(en, "seed.txt"));
        return (hi, en, root);
    }

    /// <summary>
    /// A quiet batch without --summary keeps only the verdicts of documents that look unrelated
    /// (memory flat in the corpus), and still counts every document in its report; with --summary
    /// the JSON lists them all.
    /// </summary>
    [Fact]
    public void A_quiet_batch_reports_unrelated_documents_out_of_all_and_the_summary_lists_all()
    {
        var (hi, en, root) = SampleFolders();
        // One mis-keyed pair: the seed's Hindi against the ISRO sample's English.
        File.Copy(CliRunner.SeedHindi, Path.Combine(hi, "zz-mixed.txt"));
        File.Copy(Path.Combine(en, "isro.txt"), Path.Combine(en, "zz-mixed.txt"));
        int n = Directory.GetFiles(hi).Length;
        var quiet = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-o", Path.Combine(root, "q.tsv"), "-q");
        quiet.ExitCode.Should().Be(0, quiet.Stderr);
        quiet.Stderr.Should().Contain($"1 of {n} document(s) look unrelated").And.Contain("zz-mixed");

        string summary = Path.Combine(root, "s.json");
        var full = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-o", Path.Combine(root, "f.tsv"), "-q", "--summary", summary);
        full.ExitCode.Should().Be(0, full.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(summary));
        doc.RootElement.GetProperty("documents").GetArrayLength().Should().Be(n);
        doc.RootElement.GetProperty("documents_unrelated").GetInt32().Should().Be(1);
        File.ReadAllBytes(Path.Combine(root, "q.tsv")).Should().Equal(File.ReadAllBytes(Path.Combine(root, "f.tsv")));
    }

    [Fact]
    public void Per_document_beads_equal_one_align_per_pair()
    {
        var (hi, en, root) = SampleFolders();
        string outDir = Path.Combine(root, "out");
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "--per-document", outDir, "--format", "beads", "--quiet");
        run.ExitCode.Should().Be(0, run.Stderr);
        foreach (var f in Directory.GetFiles(hi))
        {
            string name = Path.GetFileName(f);
            var single = CliRunner.Run("align", f, Path.Combine(en, name));
            File.ReadAllText(Path.Combine(outDir, name)).Should().Be(single.Stdout, name);
        }
    }

    [SkippableFact]
    public void Dev_set_as_a_batch_gives_the_same_beads_as_align()
    {
        string dev = Requires.Shared("data/dev");
        string outDir = Path.Combine(CliRunner.TempDir(), "out");
        var run = CliRunner.Run("batch", "--hi-dir", Path.Combine(dev, "hi"), "--en-dir", Path.Combine(dev, "en"), "--per-document", outDir, "-f", "beads", "-q");
        run.ExitCode.Should().Be(0, run.Stderr);
        foreach (var f in Directory.GetFiles(Path.Combine(dev, "hi")))
        {
            string name = Path.GetFileName(f);
            CliRunner.Run("align", f, Path.Combine(dev, "en", name)).Stdout.Should().Be(File.ReadAllText(Path.Combine(outDir, name)), name);
        }
    }

    [Theory]
    [InlineData("tsv")]
    [InlineData("tmx")]
    public void Output_is_byte_identical_for_one_and_two_threads(string format)
    {
        var (hi, en, root) = SampleFolders();
        string one = Path.Combine(root, "one." + format), two = Path.Combine(root, "two." + format);
        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-f", format, "-o", one, "--threads", "1", "-q").ExitCode.Should().Be(0);
        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-f", format, "-o", two, "--threads", "2", "-q").ExitCode.Should().Be(0);
        File.ReadAllBytes(one).Should().Equal(File.ReadAllBytes(two));
        File.ReadAllText(one).Should().Contain("seed.txt");
    }

    [Fact]
    public void Corpus_tsv_has_a_doc_column()
    {
        var (hi, en, _) = SampleFolders();
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "--columns", "hi,en");
        run.ExitCode.Should().Be(0, run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("doc\thi\ten");
        lines.Skip(1).Should().OnlyContain(l => l.Split('\t').Length == 3);
        lines.Skip(1).Select(l => l.Split('\t')[0]).Distinct().Should().Equal("cricket.txt", "headline.txt", "isro.txt", "monsoon.txt", "recut.txt", "seed.txt");
    }

    [Fact]
    public void A_bad_document_is_reported_and_the_rest_goes_on()
    {
        var (hi, en, root) = SampleFolders();
        File.WriteAllBytes(Path.Combine(hi, "empty.txt"), []);
        File.Copy(CliRunner.SeedEnglish, Path.Combine(en, "empty.txt"));
        File.Copy(CliRunner.SeedEnglish, Path.Combine(hi, "swapped.txt"));
        File.Copy(CliRunner.SeedHindi, Path.Combine(en, "swapped.txt"));
        File.Copy(CliRunner.SeedHindi, Path.Combine(hi, "lonely.txt"));
        string summary = Path.Combine(root, "summary.json");
        string corpus = Path.Combine(root, "corpus.tsv");
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-o", corpus, "--summary", summary);
        run.ExitCode.Should().Be(ExitCodes.SomeFailed, run.Stderr);
        run.Stderr.Should().Contain("empty.txt").And.Contain("lonely.txt").And.Contain("swapped.txt");
        using var doc = JsonDocument.Parse(File.ReadAllText(summary));
        doc.RootElement.GetProperty("documents_read").GetInt32().Should().Be(9);
        doc.RootElement.GetProperty("documents_aligned").GetInt32().Should().Be(6);
        doc.RootElement.GetProperty("documents_failed").GetInt32().Should().Be(3);
        doc.RootElement.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("id").GetString())
            .Should().BeEquivalentTo("empty.txt", "lonely.txt", "swapped.txt");
        File.ReadAllText(corpus).Should().Contain("seed.txt");
    }

    [Fact]
    public void A_manifest_pairs_files_relative_to_itself()
    {
        var (_, _, root) = SampleFolders();
        string manifest = Path.Combine(root, "pairs.tsv");
        File.WriteAllText(manifest, "id\thi\ten\nseed\thi/seed.txt\ten/seed.txt\nisro\thi/isro.txt\ten/isro.txt\n");
        var run = CliRunner.Run("batch", "--manifest", manifest, "-q");
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')[0]).Distinct().Should().Equal("seed", "isro");
    }

    [Fact]
    public void A_manifest_may_name_absolute_paths_and_paths_outside_its_folder()
    {
        var (hi, en, root) = SampleFolders();
        string sub = Directory.CreateDirectory(Path.Combine(root, "lists")).FullName;
        string manifest = Path.Combine(sub, "pairs.tsv");
        File.WriteAllText(manifest, $"id\thi\ten\nseed\t../hi/seed.txt\t{Path.Combine(en, "seed.txt")}\nisro\t{Path.Combine(hi, "isro.txt")}\t../en/isro.txt\n");
        var run = CliRunner.Run("batch", "--manifest", manifest, "-q");
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')[0]).Distinct().Should().Equal("seed", "isro");
    }

    [Theory]
    [InlineData("id\thi\nx\thi/seed.txt\n", "header must name the columns id, hi and en")]
    [InlineData("id\thi\ten\nx\thi/seed.txt\n", ":2:")]
    [InlineData("id\thi\ten\nx\thi/seed.txt\ten/seed.txt\nx\thi/isro.txt\ten/isro.txt\n", "duplicate id 'x'")]
    // The first fault in line order: a duplicate before a malformed line, and the earliest of two duplicates.
    [InlineData("id\thi\ten\nx\thi/seed.txt\ten/seed.txt\nx\thi/isro.txt\ten/isro.txt\ny\thi/seed.txt\n", "pairs.tsv:3: duplicate id 'x' (first on line 2)")]
    [InlineData("id\thi\ten\nx\thi/seed.txt\ten/seed.txt\ny\thi/seed.txt\n\nx\thi/isro.txt\ten/isro.txt\n", ":3:")]
    [InlineData("id\thi\ten\nb\thi/seed.txt\ten/seed.txt\na\thi/isro.txt\ten/isro.txt\na\thi/cricket.txt\ten/cricket.txt\nb\thi/recut.txt\ten/recut.txt\n", "pairs.tsv:4: duplicate id 'a' (first on line 3)")]
    public void A_bad_manifest_is_refused_before_anything_runs(string content, string message)
    {
        var (_, _, root) = SampleFolders();
        string manifest = Path.Combine(root, "pairs.tsv");
        File.WriteAllText(manifest, content);
        string corpus = Path.Combine(root, "corpus.tsv");
        var run = CliRunner.Run("batch", "--manifest", manifest, "-o", corpus);
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain(manifest).And.Contain(message);
        File.Exists(corpus).Should().BeFalse();
    }

    [Fact]
    public void An_output_that_is_an_input_of_the_manifest_is_refused()
    {
        var (_, _, root) = SampleFolders();
        string manifest = Path.Combine(root, "pairs.tsv");
        File.WriteAllText(manifest, "id\thi\ten\nseed\thi/seed.txt\ten/seed.txt\n");
        string target = Path.Combine(root, "en", "seed.txt");
        var before = File.ReadAllBytes(target);
        var run = CliRunner.Run("batch", "--manifest", manifest, "-o", target);
        run.ExitCode.Should().Be(ExitCodes.OutputError);
        run.Stderr.Should().Contain("also an output");
        File.ReadAllBytes(target).Should().Equal(before);
    }

    [Fact]
    public void A_per_document_file_that_cannot_be_written_is_an_output_error()
    {
        var (hi, en, root) = SampleFolders();
        string outDir = Directory.CreateDirectory(Path.Combine(root, "out")).FullName;
        Directory.CreateDirectory(Path.Combine(outDir, "isro.txt"));
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "--per-document", outDir, "-f", "beads", "-q", "--threads", "1");
        run.ExitCode.Should().Be(ExitCodes.OutputError, run.Stderr);
        run.Stderr.Should().Contain("isro.txt");
        Directory.GetFiles(outDir).Should().NotContain(f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Shards_partition_the_documents()
    {
        var (hi, en, _) = SampleFolders();
        IEnumerable<string> Docs(string shard) => CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "--shard", shard, "-q", "--columns", "hi")
            .Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')[0]).Distinct();
        var all = Docs("0/1").ToList();
        var parts = new[] { Docs("0/3").ToList(), Docs("1/3").ToList(), Docs("2/3").ToList() };
        parts.SelectMany(p => p).Should().BeEquivalentTo(all);
        parts.Sum(p => p.Count).Should().Be(all.Count);
        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "--shard", "3/3").ExitCode.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void Filters_reject_with_a_reason_and_nothing_is_lost()
    {
        var (hi, en, root) = SampleFolders();
        string rejected = Path.Combine(root, "rejected.tsv"), summary = Path.Combine(root, "s.json");
        var all = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "--no-script-check");
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "--min-score", "0.99", "--rejected", rejected, "--summary", summary);
        run.ExitCode.Should().Be(0, run.Stderr);
        int kept = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        // Besides scores, the script filter may take the separator pair of the recut sample.
        var rows = File.ReadAllLines(rejected).Skip(1).ToList();
        rows.Should().OnlyContain(r => r.Split('\t')[1] == "score" || r.Split('\t')[1] == "script");
        var rejectedRows = rows.Where(r => r.Split('\t')[1] == "score").ToList();
        rejectedRows.Should().NotBeEmpty();
        (kept + rows.Count).Should().Be(all.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        using var doc = JsonDocument.Parse(File.ReadAllText(summary));
        doc.RootElement.GetProperty("rejected").GetProperty("score").GetInt32().Should().Be(rejectedRows.Count);
    }

    [Fact]
    public void Exact_duplicate_pairs_are_dropped_across_the_corpus()
    {
        var (hi, en, root) = SampleFolders();
        File.Copy(Path.Combine(hi, "seed.txt"), Path.Combine(hi, "seed2.txt"));
        File.Copy(Path.Combine(en, "seed.txt"), Path.Combine(en, "seed2.txt"));
        string rejected = Path.Combine(root, "rejected.tsv");
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "--rejected", rejected);
        run.Stdout.Should().NotContain("seed2.txt");
        File.ReadAllLines(rejected).Skip(1).Where(r => r.Contains("\tduplicate\t", StringComparison.Ordinal))
            .Should().HaveCount(12).And.OnlyContain(r => r.StartsWith("seed2.txt\tduplicate\t", StringComparison.Ordinal));
        var keep = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "--keep-duplicates");
        keep.Stdout.Should().Contain("seed2.txt");
    }

    [Theory]
    [InlineData("--format", "beads")]
    [InlineData("--threads", "0")]
    public void Usage_errors(params string[] extra)
    {
        var (hi, en, _) = SampleFolders();
        CliRunner.Run(["batch", "--hi-dir", hi, "--en-dir", en, .. extra]).ExitCode.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void No_source_is_a_usage_error() => CliRunner.Run("batch").ExitCode.Should().Be(ExitCodes.Usage);

    [Fact]
    public void An_interrupted_batch_leaves_no_output_file()
    {
        var (hi, en, root) = SampleFolders();
        string corpus = Path.Combine(root, "corpus.tsv");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(["batch", "--hi-dir", hi, "--en-dir", en, "-o", corpus], stdout, stderr, cancel.Token);
        code.Should().Be(ExitCodes.Interrupted, stderr.ToString());
        File.Exists(corpus).Should().BeFalse();
        Directory.GetFiles(root).Should().BeEmpty();
    }
}
