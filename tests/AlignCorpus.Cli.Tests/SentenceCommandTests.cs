using System.Text.Json;

namespace AlignCorpus.Cli.Tests;

/// <summary>--units sentences|both on align and batch, and eval --pairs against the reference scorer.</summary>
public sealed class SentenceCommandTests
{
    private static string Dev => Requires.Shared("data/dev");

    [Fact]
    public void Align_writes_sentence_pairs_with_their_paragraph_bead()
    {
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--units", "sentences", "-f", "tsv");
        run.ExitCode.Should().Be(0, run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("hi\ten\tscore\thi_units\ten_units\tparagraph");
        lines.Should().HaveCount(13);
        lines[4].Should().StartWith("क्रेमलिन के प्रवक्ता दिमित्री पेसकोव ने कहा, “यह सब … उच्च स्तरीय संपर्क की तैयारी के ढांचे में था।”\t“This was all");
        lines[4].Should().EndWith("\t4\t7\t[3]:[6]");
    }

    [Fact]
    public void Both_levels_and_unaligned_sentences_are_written_and_unaligned_ones_inside_pairs_reported()
    {
        string dir = CliRunner.TempDir();
        string hi = Path.Combine(dir, "hi.txt"), en = Path.Combine(dir, "en.txt");
        File.WriteAllText(hi, "पुलिस ने शुक्रवार को 12 लोगों को गिरफ्तार किया। मौसम साफ रहा।\nमुंबई में 2014 में चुनाव हुए।\n");
        File.WriteAllText(en, "Police arrested 12 people on Friday. Read more: Sensex closes at 41,000 on Tuesday after FII selling.\nElections were held in Mumbai in 2014.\n");
        var run = CliRunner.Run("align", hi, en, "--units", "both", "-f", "tsv", "--include-unaligned", "--no-dictionary");
        run.ExitCode.Should().Be(0, run.Stderr);
        var rows = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')).ToList();
        rows.Select(r => r[5]).Should().StartWith(["paragraph", "sentence"]);
        rows.Should().Contain(r => r[5] == "sentence" && r[0] == "पुलिस ने शुक्रवार को 12 लोगों को गिरफ्तार किया।" && r[1] == "Police arrested 12 people on Friday.");
        rows.Where(r => r[5] == "sentence" && (r[0].Length == 0 || r[1].Length == 0)).Should().NotBeEmpty();
        run.Stderr.Should().Contain("sentence(s) left unaligned inside paragraph pairs");
    }

    /// <summary>With the default dictionary (FreeDict), which joins the stray fragment of Hindi sentence 2 to sentence 1.</summary>
    [SkippableFact]
    public void Sentence_beads_number_sentences_across_the_document()
    {
        Requires.FreeDict();
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--units", "sentences");
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Contain(["[0]:[0]", "[1, 2]:[5]", "[]:[3]", "[]:[4]", "[12]:[15]"]);
    }

    [Fact]
    public void Old_spelling_units_blocks_still_means_paragraph_blocks_and_a_bad_value_is_a_usage_error()
    {
        var blocks = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--units", "blocks");
        var paragraphs = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--paragraphs", "blocks");
        blocks.ExitCode.Should().Be(0, blocks.Stderr);
        blocks.Stdout.Should().Be(paragraphs.Stdout);
        CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--units", "words").ExitCode.Should().Be(ExitCodes.Usage);
    }

    [SkippableTheory]
    [InlineData("tsv")]
    [InlineData("tmx")]
    public void Batch_sentences_are_byte_identical_for_one_and_two_threads_and_equal_align(string format)
    {
        Requires.Shared("data/dev");
        string root = CliRunner.TempDir();
        string one = Path.Combine(root, "one"), two = Path.Combine(root, "two");
        foreach (var (dir, threads) in new[] { (one, "1"), (two, "2") })
        {
            var run = CliRunner.Run("batch", "--hi-dir", Path.Combine(Dev, "hi"), "--en-dir", Path.Combine(Dev, "en"), "--per-document", dir,
                "-f", format, "--units", "both", "--include-unaligned", "--threads", threads, "-q", "--no-script-check", "--keep-duplicates");
            run.ExitCode.Should().Be(0, run.Stderr);
        }

        foreach (var f in Directory.GetFiles(one))
        {
            File.ReadAllBytes(f).Should().Equal(File.ReadAllBytes(Path.Combine(two, Path.GetFileName(f))));
        }

        string name = Path.GetFileNameWithoutExtension(Directory.GetFiles(one)[0]);
        var single = CliRunner.Run("align", Path.Combine(Dev, "hi", name + ".txt"), Path.Combine(Dev, "en", name + ".txt"), "-f", format, "--units", "both", "--include-unaligned");
        WithoutOptions(File.ReadAllText(Path.Combine(one, name + "." + format))).Should().Be(WithoutOptions(single.Stdout), "the same pairs; batch records its filters among the options");
    }

    [SkippableFact]
    public void Batch_summary_counts_sentences_and_rejected_rows_name_their_level()
    {
        Requires.Shared("data/dev");
        string root = CliRunner.TempDir();
        string summary = Path.Combine(root, "summary.json"), rejected = Path.Combine(root, "rejected.tsv");
        var run = CliRunner.Run("batch", "--hi-dir", Path.Combine(Dev, "hi"), "--en-dir", Path.Combine(Dev, "en"), "--units", "sentences",
            "-o", Path.Combine(root, "corpus.tsv"), "--summary", summary, "--rejected", rejected, "--min-score", "0.9", "-q");
        run.ExitCode.Should().Be(0, run.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(summary));
        var s = doc.RootElement.GetProperty("sentences");
        s.GetProperty("hi").GetInt32().Should().BeGreaterThan(400);
        s.GetProperty("bead_types").GetProperty("1-1").GetInt32().Should().BeGreaterThan(300);
        var lines = File.ReadAllLines(rejected);
        lines[0].Should().Be("doc\treason\tscore\thi\ten\tlevel\tparagraph");
        lines.Skip(1).Should().NotBeEmpty().And.OnlyContain(l => l.Split('\t')[5] == "sentence");
        File.ReadAllLines(Path.Combine(root, "corpus.tsv"))[0].Should().Be("doc\thi\ten\tscore\thi_units\ten_units\tparagraph");
    }

    [Fact]
    public void Eval_pairs_names_the_file_and_line_of_bad_input()
    {
        string dir = CliRunner.TempDir();
        string gold = Path.Combine(dir, "gold.tsv"), hyp = Path.Combine(dir, "hyp.tsv");
        File.WriteAllText(gold, "क\ta\n");
        File.WriteAllBytes(hyp, [.. "ok\tfine\n"u8, 0xFF, .. " bad\tx\n"u8]);
        var bad = CliRunner.Run("eval", "--pairs", gold, hyp);
        bad.ExitCode.Should().Be(ExitCodes.BadInput);
        bad.Stderr.Should().Contain(hyp + ":2:").And.Contain("invalid UTF-8");
        var missing = CliRunner.Run("eval", "--pairs", Path.Combine(dir, "none.tsv"), hyp);
        missing.ExitCode.Should().Be(ExitCodes.BadInput);
        missing.Stderr.Should().Contain(Path.Combine(dir, "none.tsv")).And.Contain("no such file");
    }

    [Fact]
    public void A_sentence_output_that_cannot_be_written_leaves_no_file()
    {
        string dir = CliRunner.TempDir();
        string target = Path.Combine(dir, "missing-folder", "out.tsv");
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--units", "sentences", "-f", "tsv", "-o", target);
        run.ExitCode.Should().Be(ExitCodes.OutputError);
        run.Stderr.Should().Contain(target);
        Directory.GetFileSystemEntries(dir).Should().BeEmpty();
    }

    /// <summary>
    /// eval --pairs against ../shared/tools/score_pairs.py: on the dev set's sentence output and on
    /// hand-made files with a header, a BOM, CRLF, empty sides, duplicates and joined pairs.
    /// </summary>
    [SkippableFact]
    public void Eval_pairs_agrees_with_the_reference_scorer()
    {
        Requires.Shared("data/dev");
        Requires.Shared("tools/score_pairs.py");
        Requires.Python();
        string root = CliRunner.TempDir();
        string hyp = Path.Combine(root, "hyp");
        var batch = CliRunner.Run("batch", "--hi-dir", Path.Combine(Dev, "hi"), "--en-dir", Path.Combine(Dev, "en"), "--per-document", hyp, "-f", "tsv", "--units", "sentences", "-q");
        batch.ExitCode.Should().Be(0, batch.Stderr);
        Compare(Path.Combine(Dev, "sentences"), hyp, root);

        string gold = Directory.CreateDirectory(Path.Combine(root, "gold2")).FullName;
        string hyp2 = Directory.CreateDirectory(Path.Combine(root, "hyp2")).FullName;
        File.WriteAllText(Path.Combine(gold, "a.tsv"), "क ख\ta b\nग\tc\nघ\td\nक ख\ta b\n");
        File.WriteAllText(Path.Combine(hyp2, "a.tsv"), "\uFEFFhi\ten\tscore\r\nक  ख\ta b\t1\r\nग घ\tc d\r\nक ख\ta b\nक ख\ta b\nक ख\ta b\n\tx\nघ\t\n");
        File.WriteAllText(Path.Combine(gold, "b.tsv"), "च\te\n");
        File.WriteAllText(Path.Combine(hyp2, "extra.tsv"), "च\te\n");
        Compare(gold, hyp2, root);
    }

    private static void Compare(string gold, string hyp, string root)
    {
        string json = Path.Combine(root, Guid.NewGuid().ToString("N") + ".json");
        string scorer = Requires.Shared("tools/score_pairs.py");
        var (code, _, err) = CliRunner.Exec(Requires.Python(), scorer, gold, hyp, "--json", json);
        code.Should().Be(0, err);

        var ours = CliRunner.Run("eval", "--pairs", gold, hyp, "--json");
        ours.ExitCode.Should().Be(0, ours.Stderr);
        using var mine = JsonDocument.Parse(ours.Stdout);
        using var reference = JsonDocument.Parse(File.ReadAllText(json));
        foreach (var mode in new[] { "strict", "lax" })
        {
            foreach (var metric in new[] { "precision", "recall", "f1" })
            {
                mine.RootElement.GetProperty("total").GetProperty(mode).GetProperty(metric).GetDouble()
                    .Should().BeApproximately(reference.RootElement.GetProperty("total").GetProperty(mode).GetProperty(metric).GetDouble(), 1e-12, $"{mode} {metric}");
            }
        }

        foreach (var doc in reference.RootElement.GetProperty("per_doc").EnumerateObject())
        {
            var counts = mine.RootElement.GetProperty("per_doc").GetProperty(doc.Name).GetProperty("counts");
            counts.GetProperty("gold").GetInt32().Should().Be(doc.Value.GetProperty("gold").GetInt32(), doc.Name);
            counts.GetProperty("hyp").GetInt32().Should().Be(doc.Value.GetProperty("hyp").GetInt32(), doc.Name);
            counts.GetProperty("strict_tp").GetInt32().Should().Be(doc.Value.GetProperty("strict_tp_p").GetInt32(), doc.Name);
            counts.GetProperty("lax_tp_p").GetInt32().Should().Be(doc.Value.GetProperty("lax_tp_p").GetInt32(), doc.Name);
            counts.GetProperty("lax_tp_r").GetInt32().Should().Be(doc.Value.GetProperty("lax_tp_r").GetInt32(), doc.Name);
            counts.GetProperty("skipped_empty").GetInt32().Should().Be(doc.Value.GetProperty("skipped_empty").GetInt32(), doc.Name);
        }
    }

    private static string WithoutOptions(string output) =>
        System.Text.RegularExpressions.Regex.Replace(output, "<prop type=\"x-options\">[^<]*</prop>", "<prop type=\"x-options\" />");
}
