using System.Globalization;

namespace AlignCorpus.Cli.Tests;

/// <summary>Numeric options: the same meaning under every locale, ranges checked, usage errors on stderr only.</summary>
public sealed class OptionParsingTests
{
    [Theory]
    [InlineData("--min-score", "nan", "is out of range")]
    [InlineData("--min-score", "Infinity", "is out of range")]
    [InlineData("--min-score", "2", "is out of range")]
    [InlineData("--min-score", "-0.1", "is out of range")]
    [InlineData("--min-score", "0,5", "is not a number")]
    [InlineData("--min-ratio", "-1", "is out of range")]
    [InlineData("--max-ratio", "NaN", "is out of range")]
    [InlineData("--threads", "0", "is out of range")]
    [InlineData("--threads", "2147483647", "is out of range")]
    [InlineData("--threads", "99999999999", "is out of range")]
    [InlineData("--threads", "1.5", "is not a whole number")]
    public void Bad_numbers_are_usage_errors_on_stderr_only(string option, string value, string message)
    {
        var run = CliRunner.Run("batch", "--hi-dir", "hi", "--en-dir", "en", option, value);
        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Stdout.Should().BeEmpty("the help is not printed on a usage error");
        run.Stderr.Should().StartWith($"aligncorpus: error: {option}: '{value}' {message}").And.Contain("Try 'aligncorpus batch --help'");
    }

    [Fact]
    public void Min_ratio_above_max_ratio_is_a_usage_error()
    {
        var run = CliRunner.Run("batch", "--hi-dir", "hi", "--en-dir", "en", "--min-ratio", "3", "--max-ratio", "2");
        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Stderr.Should().Contain("--min-ratio is above --max-ratio");
    }

    [Fact]
    public void An_unknown_option_is_reported_on_stderr_without_the_help()
    {
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--frobnicate");
        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("aligncorpus: error: ").And.Contain("--frobnicate").And.Contain("Try 'aligncorpus align --help'");
    }

    [Fact]
    public void A_decimal_point_means_the_same_under_a_comma_locale()
    {
        string dir = CliRunner.TempDir();
        string hi = Directory.CreateDirectory(Path.Combine(dir, "hi")).FullName;
        string en = Directory.CreateDirectory(Path.Combine(dir, "en")).FullName;
        File.Copy(CliRunner.SeedHindi, Path.Combine(hi, "seed.txt"));
        File.Copy(CliRunner.SeedEnglish, Path.Combine(en, "seed.txt"));
        string[] args = ["batch", "--hi-dir", hi, "--en-dir", en, "--min-score", "0.5", "--threads", "1", "-q"];
        var invariant = CliRunner.Run(args);

        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            double.Parse("0.5", CultureInfo.CurrentCulture).Should().Be(5, "de-DE reads a dot as a thousands separator: the case this test is about");
            var german = CliRunner.Run(args);
            german.ExitCode.Should().Be(0);
            german.Stdout.Should().Be(invariant.Stdout);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        invariant.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.Should().BeGreaterThan(5, "pairs scored 0.5 or more are kept");
    }

    [Fact]
    public void A_cancelled_align_writes_nothing()
    {
        string dir = CliRunner.TempDir();
        string output = Path.Combine(dir, "out.tsv");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(["align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv", "-o", output], stdout, stderr, cancel.Token);
        code.Should().Be(ExitCodes.Interrupted);
        stderr.ToString().Should().Contain("interrupted; no output file was written");
        Directory.GetFileSystemEntries(dir).Should().BeEmpty();
    }

    [Theory]
    [InlineData("align", "--format", "json", "beads, tsv, tmx, jsonl, moses")]
    [InlineData("align", "--units", "words", "paragraphs, sentences, both, lines, blocks")]
    [InlineData("align", "--paragraphs", "pages", "lines, blocks")]
    [InlineData("align", "--method", "words", "sentences, paragraphs")]
    [InlineData("batch", "--format", "json", "beads, tsv, tmx, jsonl, moses")]
    [InlineData("batch", "--pair", "manual", "auto")]
    public void A_wrong_choice_names_the_choices_in_lower_case(string command, string option, string value, string choices)
    {
        var run = CliRunner.Run(command, "a.txt", "b.txt", option, value);
        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Stderr.Should().Contain($"aligncorpus: error: {option}: '{value}' is not one of {choices}\n");
        run.Stderr.Should().NotContain("AlignCorpus.Core", "no .NET type names");
    }

    [Fact]
    public void Help_names_choices_and_defaults_in_lower_case()
    {
        var help = CliRunner.Run("align", "--help").Stdout;
        help.Should().Contain("--format <beads|tsv|tmx|jsonl|moses>").And.Contain("[default: beads]").And.Contain("--paragraphs <lines|blocks>").And.Contain("[default: lines]");
        help.Should().NotContain("Beads").And.NotContain("Lines");
    }

    [Fact]
    public void Choices_are_matched_without_regard_to_case()
    {
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "TSV");
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().StartWith("hi\ten\tscore");
    }
}
