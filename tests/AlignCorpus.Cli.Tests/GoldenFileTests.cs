namespace AlignCorpus.Cli.Tests;

/// <summary>
/// End to end over samples/: each pair's beads, TSV and TMX must equal the expected files byte for
/// byte. They run with --no-dictionary so that they do not depend on what the machine has
/// installed (the dictionary path is covered by its own tests). After a deliberate change of output, regenerate with UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class GoldenFileTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(CliRunner.Root, "samples")).Order(StringComparer.Ordinal))
        {
            foreach (var (format, ext) in new[] { ("beads", "beads"), ("tsv", "tsv"), ("tmx", "tmx"), ("tsv", "sentences.tsv"), ("tmx", "both.tmx") })
            {
                data.Add(Path.GetFileName(dir), format, ext);
            }
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_three_samples() =>
        Directory.GetDirectories(Path.Combine(CliRunner.Root, "samples")).Length.Should().BeGreaterThanOrEqualTo(3);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_output_matches_the_expected_file(string sample, string format, string ext)
    {
        string dir = Path.Combine(CliRunner.Root, "samples", sample);
        string expectedPath = Path.Combine(dir, "expected." + ext);
        // expected.sentences.tsv: sentence pairs; expected.both.tmx: paragraph and sentence pairs with the unaligned ones.
        string[] units = ext switch
        {
            "sentences.tsv" => ["--units", "sentences"],
            "both.tmx" => ["--units", "both", "--include-unaligned"],
            _ => [],
        };
        var run = CliRunner.Run(["align", Path.Combine(dir, "hi.txt"), Path.Combine(dir, "en.txt"), "--format", format, "--no-dictionary", .. units]);
        run.ExitCode.Should().Be(0, run.Stderr);
        string output = WithoutBuild(run.Stdout);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, output);
        }

        output.Should().Be(File.ReadAllText(expectedPath));
    }

    /// <summary>The TMX header names the commit the tool was built from: the one line a golden file cannot hold.</summary>
    internal static string WithoutBuild(string output) =>
        System.Text.RegularExpressions.Regex.Replace(output, "<prop type=\"x-tool\">[^<]*</prop>", "<prop type=\"x-tool\">aligncorpus BUILD</prop>");

    [Fact]
    public void Output_file_equals_standard_output()
    {
        string tmp = CliRunner.TempDir();
        string outPath = Path.Combine(tmp, "seed.tsv");
        var toFile = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv", "-o", outPath);
        toFile.ExitCode.Should().Be(0, toFile.Stderr);
        toFile.Stdout.Should().BeEmpty();
        var toStdout = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv");
        File.ReadAllText(outPath).Should().Be(toStdout.Stdout);
        Directory.GetFiles(tmp).Should().ContainSingle("no temporary file is left behind");
    }

    [Fact]
    public void Seed_pair_beads_from_the_command_line()
    {
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish);
        run.ExitCode.Should().Be(0);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(20);
        lines[0].Should().Be("[0]:[0]");
        lines.Should().Contain(["[]:[1]", "[]:[2]", "[]:[3]", "[1]:[4]", "[11]:[14]", "[]:[15]", "[]:[16]", "[]:[17]", "[12]:[]", "[13]:[]"]);
    }

    [SkippableFact]
    public void Seed_pair_with_the_installed_dictionary_is_still_exact()
    {
        Requires.FreeDict();
        var withDict = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish);
        var without = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--no-dictionary");
        withDict.Stdout.Should().Be(without.Stdout);
        withDict.Stderr.Should().NotContain("without a dictionary");
    }

    [Fact]
    public void A_tsv_lexicon_can_be_given_and_a_missing_one_is_bad_input()
    {
        string dir = CliRunner.TempDir();
        string lex = Path.Combine(dir, "lex.tsv");
        File.WriteAllText(lex, "hi\ten\nसुरक्षा\tsecurity\nप्रवक्ता\tspokesman\n");
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--dictionary", lex);
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Be(CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--no-dictionary").Stdout);

        var missing = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--dictionary", Path.Combine(dir, "nope.tsv"));
        missing.ExitCode.Should().Be(ExitCodes.BadInput);
        missing.Stderr.Should().Contain("nope.tsv");
    }

    [Fact]
    public void Tsv_columns_option_writes_two_columns_for_mt_toolkits()
    {
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv", "--columns", "hi,en");
        run.ExitCode.Should().Be(0);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("hi\ten");
        lines.Should().HaveCount(13).And.OnlyContain(l => l.Split('\t').Length == 2);
    }

    [Fact]
    public void Include_unaligned_writes_every_unit()
    {
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv", "--include-unaligned");
        run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(21);
    }

    [Fact]
    public void Explain_prints_the_evidence_to_standard_error()
    {
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--explain");
        run.ExitCode.Should().Be(0);
        run.Stderr.Should().Contain("matched:").And.Contain("Peskov").And.Contain("z ");
    }

    [Fact]
    public void Explain_names_the_sentences_that_formed_an_n_m_bead()
    {
        string dir = Path.Combine(CliRunner.Root, "samples", "recut");
        var run = CliRunner.Run("align", Path.Combine(dir, "hi.txt"), Path.Combine(dir, "en.txt"), "--no-dictionary", "--explain");
        run.ExitCode.Should().Be(0, run.Stderr);
        var line = run.Stderr.Split('\n').Single(l => l.StartsWith("[4, 5]:[4, 5, 6]", StringComparison.Ordinal));
        line.Should().Contain("2-3").And.Contain("sentences: s").And.Contain("~s");
    }

    [Fact]
    public void Method_paragraphs_keeps_the_paragraph_by_paragraph_alignment()
    {
        // The paragraph DP of 0.2 cannot form the 2-3 bead of the recut sample; the default can.
        string dir = Path.Combine(CliRunner.Root, "samples", "recut");
        var old = CliRunner.Run("align", Path.Combine(dir, "hi.txt"), Path.Combine(dir, "en.txt"), "--no-dictionary", "--method", "paragraphs");
        old.ExitCode.Should().Be(0, old.Stderr);
        old.Stdout.Should().NotContain("[4, 5]:[4, 5, 6]");
        CliRunner.Run("align", Path.Combine(dir, "hi.txt"), Path.Combine(dir, "en.txt"), "--no-dictionary").Stdout.Should().Contain("[4, 5]:[4, 5, 6]");
        CliRunner.Run("align", Path.Combine(dir, "hi.txt"), Path.Combine(dir, "en.txt"), "--method", "words").ExitCode.Should().Be(ExitCodes.Usage);
    }
}
