using System.Security.Cryptography;
using System.Text;

namespace AlignCorpus.Cli.Tests;

/// <summary>batch --pair auto: articles whose names do not pair are paired by content.</summary>
public sealed class PairAutoTests
{
    private static List<(string Hi, string En, string Score)> ReadPairs(string path) =>
        File.ReadAllLines(path).Skip(1).Select(l => l.Split('\t')).Select(c => (c[0], c[1], c[2])).ToList();

    [Fact]
    public void The_seeds_folder_yields_exactly_the_one_correct_pair()
    {
        string dir = CliRunner.TempDir();
        string pairs = Path.Combine(dir, "pairs.tsv");
        var run = CliRunner.Run("batch", "--pair", "auto", Path.Combine(CliRunner.Root, "seeds"), "--pairs", pairs, "-o", Path.Combine(dir, "c.tsv"), "-q");
        run.ExitCode.Should().Be(0, run.Stderr);
        var rows = ReadPairs(pairs);
        rows.Should().ContainSingle();
        rows[0].Hi.Should().EndWith("000_92b70e2d4c997702.txt");
        rows[0].En.Should().EndWith("003_fe1a0f1f72c2912e.txt");
    }

    /// <summary>With the default dictionary (FreeDict): without it one renamed dev pair is missed.</summary>
    [SkippableFact]
    public void Renamed_dev_articles_are_all_recovered()
    {
        string dev = Requires.Shared("data/dev");
        Requires.FreeDict();
        string dir = CliRunner.TempDir();
        string mixed = Directory.CreateDirectory(Path.Combine(dir, "mixed")).FullName;
        var truth = new Dictionary<string, string>();
        foreach (var f in Directory.GetFiles(Path.Combine(dev, "hi")))
        {
            string name = Path.GetFileName(f);
            string h = Hash("h" + name) + ".txt", e = Hash("e" + name) + ".txt";
            File.Copy(f, Path.Combine(mixed, h));
            File.Copy(Path.Combine(dev, "en", name), Path.Combine(mixed, e));
            truth[h] = e;
        }

        string pairs = Path.Combine(dir, "pairs.tsv");
        var run = CliRunner.Run("batch", "--pair", "auto", mixed, "--pairs", pairs, "-o", Path.Combine(dir, "c.tsv"), "-q");
        run.ExitCode.Should().Be(0, run.Stderr);
        var found = ReadPairs(pairs).ToDictionary(r => Path.GetFileName(r.Hi), r => Path.GetFileName(r.En));
        found.Should().BeEquivalentTo(truth);
    }

    [Fact]
    public void Two_folders_and_an_unrelated_article_left_unpaired()
    {
        string dir = CliRunner.TempDir();
        string a = Directory.CreateDirectory(Path.Combine(dir, "a")).FullName;
        string b = Directory.CreateDirectory(Path.Combine(dir, "b")).FullName;
        File.Copy(CliRunner.SeedHindi, Path.Combine(a, "x.txt"));
        File.Copy(Path.Combine(CliRunner.Root, "samples", "cricket", "hi.txt"), Path.Combine(a, "y.txt"));
        File.Copy(CliRunner.SeedEnglish, Path.Combine(b, "z.txt"));
        string pairs = Path.Combine(dir, "pairs.tsv");
        var run = CliRunner.Run("batch", "--pair", "auto", a, b, "--pairs", pairs, "-q");
        run.ExitCode.Should().Be(0, run.Stderr);
        var rows = ReadPairs(pairs);
        rows.Should().HaveCount(2);
        rows.Single(r => r.Hi.EndsWith("x.txt", StringComparison.Ordinal)).En.Should().EndWith("z.txt");
        rows.Single(r => r.Hi.EndsWith("y.txt", StringComparison.Ordinal)).En.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_folder_of_zero_or_one_file_pairs_nothing(int files)
    {
        string dir = CliRunner.TempDir();
        string folder = Directory.CreateDirectory(Path.Combine(dir, "in")).FullName;
        if (files == 1)
        {
            File.Copy(CliRunner.SeedHindi, Path.Combine(folder, "only.txt"));
        }

        string pairs = Path.Combine(dir, "pairs.tsv");
        var run = CliRunner.Run("batch", "--pair", "auto", folder, "--pairs", pairs, "-o", Path.Combine(dir, "c.tsv"), "--allow-empty");
        run.ExitCode.Should().Be(0, run.Stderr);
        ReadPairs(pairs).Where(r => r.Hi.Length > 0 && r.En.Length > 0).Should().BeEmpty();
        File.ReadAllLines(Path.Combine(dir, "c.tsv")).Should().HaveCount(1, "only the header");
    }

    [Fact]
    public void Pair_auto_needs_folders()
    {
        CliRunner.Run("batch", "--pair", "auto").ExitCode.Should().Be(ExitCodes.Usage);
        CliRunner.Run("batch", "--pair", "auto", CliRunner.SeedHindi).ExitCode.Should().Be(ExitCodes.BadInput);
        CliRunner.Run("batch", "--pair", "manual", "x").ExitCode.Should().Be(ExitCodes.Usage);
    }

    private static string Hash(string s) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s)))[..10].ToLowerInvariant();
}
