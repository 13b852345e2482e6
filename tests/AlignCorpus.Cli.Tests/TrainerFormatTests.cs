namespace AlignCorpus.Cli.Tests;

/// <summary>--format jsonl and --format moses, as trainers and dataset loaders read them.</summary>
public sealed class TrainerFormatTests
{
    [SkippableTheory]
    [InlineData("paragraphs")]
    [InlineData("sentences")]
    [InlineData("both")]
    public void Jsonl_lines_are_json_objects_python_reads_with_the_fields_of_the_tsv(string units)
    {
        string python = Requires.Python();
        string dir = CliRunner.TempDir();
        string jsonl = Path.Combine(dir, "c.jsonl");
        CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "jsonl", "--units", units, "-o", jsonl).ExitCode.Should().Be(0);
        var tsv = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv", "--units", units, "--columns", "hi,en,score,level");

        string check = "import json,sys\n" +
            "rows=[json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]\n" +
            "assert all(set(r)=={'doc','hi','en','score','hi_units','en_units','level','paragraph'} for r in rows), rows[0]\n" +
            "print('\\n'.join('\\t'.join([r['hi'], r['en'], '%.4f' % r['score'], r['level']]) for r in rows))\n";
        var (code, stdout, stderr) = CliRunner.Exec(python, "-c", check, jsonl);
        code.Should().Be(0, stderr);
        File.ReadAllBytes(jsonl).Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no BOM");
        stdout.Should().Be(string.Join('\n', tsv.Stdout.Split('\n').Skip(1)), "the same pairs, texts and scores as the TSV");
    }

    [Theory]
    [InlineData("paragraphs")]
    [InlineData("sentences")]
    [InlineData("both")]
    public void Moses_gives_two_files_with_the_same_line_count_as_the_tsv_rows(string units)
    {
        string dir = CliRunner.TempDir();
        string name = Path.Combine(dir, "train");
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "moses", "--units", units, "-o", name);
        run.ExitCode.Should().Be(0, run.Stderr);
        var tsv = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv", "--units", units, "--columns", "hi,en");

        var hi = File.ReadAllLines(name + ".hi");
        var en = File.ReadAllLines(name + ".en");
        hi.Should().HaveSameCount(en).And.NotBeEmpty();
        hi.Zip(en, (h, e) => h + "\t" + e).Should().Equal(tsv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1));
        Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal("train.en", "train.hi");
    }

    [Fact]
    public void Moses_files_can_be_named_one_by_one()
    {
        string dir = CliRunner.TempDir();
        string hi = Path.Combine(dir, "x.src"), en = Path.Combine(dir, "y.tgt");
        CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "moses", "--moses-hi", hi, "--moses-en", en).ExitCode.Should().Be(0);
        File.ReadAllLines(hi).Should().HaveSameCount(File.ReadAllLines(en));
    }

    [Theory]
    [InlineData("two files")]
    [InlineData("pairs only", "-o", "x", "--include-unaligned")]
    [InlineData("give both", "--moses-hi", "x.hi")]
    [InlineData("go with --format moses", "-f", "tsv", "--moses-hi", "x.hi", "--moses-en", "x.en")]
    public void Moses_usage_errors(string message, params string[] extra)
    {
        string[] args = ["align", CliRunner.SeedHindi, CliRunner.SeedEnglish, .. extra.Contains("-f") ? extra : ["-f", "moses", .. extra]];
        var run = CliRunner.Run(args);
        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Stderr.Should().Contain(message);
    }

    [Fact]
    public void A_failed_moses_run_leaves_neither_file()
    {
        string dir = CliRunner.TempDir();
        string hi = Path.Combine(dir, "train.hi");
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "moses", "--moses-hi", hi, "--moses-en", Path.Combine(dir, "missing", "train.en"));
        run.ExitCode.Should().Be(ExitCodes.OutputError);
        Directory.GetFileSystemEntries(dir).Should().BeEmpty();
    }

    [SkippableTheory]
    [InlineData("paragraphs")]
    [InlineData("both")]
    public void Batch_writes_the_same_pairs_as_tsv_in_jsonl_and_moses(string units)
    {
        string python = Requires.Python();
        var (hi, en) = SampleFolders();
        string dir = CliRunner.TempDir();
        string[] common = ["batch", "--hi-dir", hi, "--en-dir", en, "-q", "--units", units];
        var tsv = CliRunner.Run([.. common, "--columns", "doc,hi,en", "--no-header"]);
        CliRunner.Run([.. common, "-f", "jsonl", "-o", Path.Combine(dir, "c.jsonl")]).ExitCode.Should().Be(0);
        CliRunner.Run([.. common, "-f", "moses", "-o", Path.Combine(dir, "train")]).ExitCode.Should().Be(0);

        var (code, stdout, stderr) = CliRunner.Exec(python, "-c",
            "import json,sys\nprint('\\n'.join('\\t'.join([r['doc'], r['hi'], r['en']]) for r in map(json.loads, open(sys.argv[1], encoding='utf-8'))))",
            Path.Combine(dir, "c.jsonl"));
        code.Should().Be(0, stderr);
        stdout.Should().Be(tsv.Stdout);
        var mosesHi = File.ReadAllLines(Path.Combine(dir, "train.hi"));
        var mosesEn = File.ReadAllLines(Path.Combine(dir, "train.en"));
        mosesHi.Zip(mosesEn, (h, e) => h + "\t" + e).Should().Equal(tsv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[(l.IndexOf('\t') + 1)..]));
    }

    [Fact]
    public void Per_document_jsonl_and_moses()
    {
        var (hi, en) = SampleFolders();
        string outDir = Path.Combine(CliRunner.TempDir(), "out");
        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "-f", "jsonl", "--per-document", outDir).ExitCode.Should().Be(0);
        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "-f", "moses", "--per-document", outDir).ExitCode.Should().Be(0);
        foreach (var name in Directory.GetFiles(hi).Select(Path.GetFileNameWithoutExtension))
        {
            File.Exists(Path.Combine(outDir, name + ".jsonl")).Should().BeTrue();
            File.ReadAllLines(Path.Combine(outDir, name + ".hi")).Length.Should().Be(File.ReadAllLines(Path.Combine(outDir, name + ".en")).Length)
                .And.Be(File.ReadAllLines(Path.Combine(outDir, name + ".jsonl")).Length);
        }
    }

    private static (string Hindi, string English) SampleFolders()
    {
        var (hi, en, _) = BatchCommandTests.SampleFolders();
        return (hi, en);
    }
}
