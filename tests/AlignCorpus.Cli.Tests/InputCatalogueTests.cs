using System.Text;
using System.Xml.Linq;

namespace AlignCorpus.Cli.Tests;

/// <summary>More of what the web produces: odd names, decomposed Hindi, control characters, long documents.</summary>
public sealed class InputCatalogueTests
{
    [Fact]
    public void Paths_with_spaces_and_non_ascii_names_work()
    {
        string dir = Directory.CreateDirectory(Path.Combine(CliRunner.TempDir(), "with space", "नाम")).FullName;
        string hi = Path.Combine(dir, "हिंदी फ़ाइल.txt"), en = Path.Combine(dir, "english file.txt"), output = Path.Combine(dir, "out put.tsv");
        File.Copy(CliRunner.SeedHindi, hi);
        File.Copy(CliRunner.SeedEnglish, en);
        var run = CliRunner.Run("align", hi, en, "-f", "tsv", "-o", output);
        run.ExitCode.Should().Be(0, run.Stderr);
        File.ReadAllText(output).Should().Be(CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv").Stdout);
    }

    [Fact]
    public void Decomposed_and_precomposed_hindi_align_the_same()
    {
        string dir = CliRunner.TempDir();
        string text = File.ReadAllText(CliRunner.SeedHindi);

        // NFD splits nukta letters (ज़ -> ज + ़) and is what some sites serve; loading normalises to NFC.
        string decomposed = Path.Combine(dir, "nfd.txt");
        File.WriteAllText(decomposed, text.Normalize(NormalizationForm.FormD));
        var a = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv");
        var b = CliRunner.Run("align", decomposed, CliRunner.SeedEnglish, "-f", "tsv");
        b.ExitCode.Should().Be(0, b.Stderr);
        b.Stdout.Should().Be(a.Stdout);
    }

    [Fact]
    public void Tabs_and_control_characters_never_break_a_tsv_row()
    {
        string dir = CliRunner.TempDir();
        string hi = Path.Combine(dir, "hi.txt"), en = Path.Combine(dir, "en.txt");
        File.WriteAllText(hi, "पुतिन\tने \u0007 मास्को में 2022 में कहा\nदूसरा\u000B अनुच्छेद रूस\n");
        File.WriteAllText(en, "Putin\tsaid in \u0007Moscow in 2022\nSecond\u000B paragraph Russia\n");
        var run = CliRunner.Run("align", hi, en, "-f", "tsv", "--include-unaligned");
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(l => l.Split('\t').Length == 5);
        run.Stdout.Should().NotContain("\u0007").And.NotContain("\u000B");
    }

    [Fact]
    public void One_enormous_line_of_50_MB_aligns()
    {
        string dir = CliRunner.TempDir();
        string hi = Path.Combine(dir, "hi.txt"), en = Path.Combine(dir, "en.txt");
        File.WriteAllText(hi, string.Concat(Enumerable.Repeat("पुतिन ने कहा कि रूस 2022 में तैयार है। ", 560_000)) + "\n");
        File.WriteAllText(en, string.Concat(Enumerable.Repeat("Putin said Russia is ready in 2022. ", 610_000)) + "\n");
        new FileInfo(hi).Length.Should().BeGreaterThan(50_000_000);
        var run = CliRunner.Run("align", hi, en);
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Be("[0]:[0]\n");
    }

    [Fact]
    public void An_output_where_nothing_can_be_written_is_refused()
    {
        // Root may write into read-only folders, so a place no one can create files in stands in.
        string target = OperatingSystem.IsLinux() ? "/proc/aligncorpus-test.tsv" : Path.Combine(CliRunner.TempDir(), "missing", "x.tsv");
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-o", target);
        run.ExitCode.Should().Be(ExitCodes.OutputError, run.Stderr);
        run.Stderr.Should().Contain(target);
    }

    [Fact]
    public void A_document_of_20000_paragraphs_a_side_aligns()
    {
        var (hi, en) = CliRunner.WriteLongSeedPair(CliRunner.TempDir(), 20000, 20000);
        var run = CliRunner.Run("align", hi, en);
        run.ExitCode.Should().Be(0, run.Stderr);
        var beads = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        beads.Count(b => b.StartsWith('[') && b.Split(':') is [var h, var e] && h == e).Should().BeGreaterThan(18000);
    }

    [SkippableFact]
    public void Tmx_and_tsv_stay_well_formed_for_random_text()
    {
        string dtd = Requires.Shared("tmx/tmx14.dtd");
        Requires.Tool("xmllint", "Debian libxml2-utils");
        var rng = new Random(7);
        string dir = CliRunner.TempDir();
        string Noise(string alphabet, int n) => new(Enumerable.Range(0, n).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray());
        const string hiChars = "कखगघचजटडतदनपबमयरलवशसह ािीुूेैोौ्ंँ़।०१२३ <>&\"'\t";
        const string enChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ 0123456789<>&\"'.,\t";
        for (int round = 0; round < 20; round++)
        {
            string hi = Path.Combine(dir, $"hi{round}.txt"), en = Path.Combine(dir, $"en{round}.txt");
            File.WriteAllLines(hi, Enumerable.Range(0, rng.Next(1, 30)).Select(_ => Noise(hiChars, rng.Next(1, 200)) + "क"));
            File.WriteAllLines(en, Enumerable.Range(0, rng.Next(1, 30)).Select(_ => Noise(enChars, rng.Next(1, 200)) + "a"));
            var tsv = CliRunner.Run("align", hi, en, "-f", "tsv", "--include-unaligned");
            tsv.ExitCode.Should().Be(0, tsv.Stderr);
            tsv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(l => l.Split('\t').Length == 5);
            var tmx = CliRunner.Run("align", hi, en, "-f", "tmx", "--include-unaligned");
            tmx.ExitCode.Should().Be(0, tmx.Stderr);
            var doc = XDocument.Parse(tmx.Stdout);
            doc.Root!.Element("body")!.Elements("tu").Should().NotBeEmpty();
            string tmxFile = Path.Combine(dir, $"r{round}.tmx");
            File.WriteAllText(tmxFile, tmx.Stdout);
            var (code, _, err) = CliRunner.Exec("xmllint", "--noout", "--nonet", "--dtdvalid", dtd, tmxFile);
            code.Should().Be(0, err);
            CliRunner.Run("align", hi, en, "-f", "tmx", "--include-unaligned").Stdout.Should().Be(tmx.Stdout, "a second run gives the same bytes");
        }
    }
}
