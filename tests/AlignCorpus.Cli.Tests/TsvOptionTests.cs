namespace AlignCorpus.Cli.Tests;

/// <summary>--no-header and the doc column.</summary>
public sealed class TsvOptionTests
{
    [Fact]
    public void No_header_drops_only_the_header_row()
    {
        var with = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv");
        var without = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv", "--no-header");
        without.ExitCode.Should().Be(0);
        without.Stdout.Should().Be(with.Stdout[(with.Stdout.IndexOf('\n') + 1)..]);
    }

    [Fact]
    public void A_batch_corpus_leads_with_doc_unless_the_columns_place_it()
    {
        var (hi, en) = SeedFolders();
        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "--columns", "hi,en").Stdout.Split('\n')[0].Should().Be("doc\thi\ten");
        var placed = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "--columns", "hi,en,doc", "--no-header").Stdout.Split('\n');
        placed[0].Split('\t').Should().HaveCount(3).And.EndWith("seed.txt");
    }

    [Fact]
    public void Align_names_the_hindi_file_in_a_doc_column()
    {
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv", "--columns", "doc,score");
        run.Stdout.Split('\n')[1].Should().StartWith(Path.GetFileName(CliRunner.SeedHindi) + "\t");
    }

    private static (string Hindi, string English) SeedFolders()
    {
        string dir = CliRunner.TempDir();
        string hi = Directory.CreateDirectory(Path.Combine(dir, "hi")).FullName;
        string en = Directory.CreateDirectory(Path.Combine(dir, "en")).FullName;
        File.Copy(CliRunner.SeedHindi, Path.Combine(hi, "seed.txt"));
        File.Copy(CliRunner.SeedEnglish, Path.Combine(en, "seed.txt"));
        return (hi, en);
    }
}
