using System.Diagnostics;

namespace AlignCorpus.Cli.Tests;

/// <summary>
/// Every TMX the tool writes must pass the official DTD (xmllint, Debian libxml2-utils) and be read
/// back by a real TMX client (translate-toolkit, Debian translate-toolkit, under /usr/bin/python3).
/// .ci/run installs both; without them (or without ../shared/tmx) these tests are skipped.
/// </summary>
public sealed class TmxValidityTests
{
    private static (int Code, string Out, string Err) Exec(string file, params string[] args) => CliRunner.Exec(file, args);

    private static IEnumerable<string> TmxOutputs(string dir)
    {
        string weird = Path.Combine(dir, "weird-hi.txt");
        File.WriteAllText(weird, "शीर्षक <b> & \"उद्धरण\" \u0001 नियंत्रण\nदूसरा अनुच्छेद \uFFFE पुतिन\n");
        string weirdEn = Path.Combine(dir, "weird-en.txt");
        File.WriteAllText(weirdEn, "Title <b> & \"quote\" control\nSecond paragraph Putin\n");
        var inputs = new List<(string Hi, string En, string Name)> { (CliRunner.SeedHindi, CliRunner.SeedEnglish, "seed"), (weird, weirdEn, "weird") };
        foreach (var sample in Directory.GetDirectories(Path.Combine(CliRunner.Root, "samples")))
        {
            inputs.Add((Path.Combine(sample, "hi.txt"), Path.Combine(sample, "en.txt"), Path.GetFileName(sample)));
        }

        foreach (var (hi, en, name) in inputs)
        {
            foreach (var extra in new[] { Array.Empty<string>(), ["--include-unaligned"], ["--units", "sentences"], ["--units", "both", "--include-unaligned"] })
            {
                string outPath = Path.Combine(dir, $"{name}{string.Concat(extra)}.tmx");
                var run = CliRunner.Run(["align", hi, en, "-f", "tmx", "-o", outPath, .. extra]);
                run.ExitCode.Should().Be(0, run.Stderr);
                yield return outPath;
            }
        }
    }

    [SkippableFact]
    public void Tmx_is_valid_against_the_official_dtd()
    {
        string dtd = Requires.Shared("tmx/tmx14.dtd");
        Requires.Tool("xmllint", "Debian libxml2-utils");
        foreach (var tmx in TmxOutputs(CliRunner.TempDir()))
        {
            var (code, _, err) = Exec("xmllint", "--noout", "--nonet", "--dtdvalid", dtd, tmx);
            code.Should().Be(0, $"{tmx}: {err}");
            err.Should().BeEmpty();
        }
    }

    [SkippableFact]
    public void Batch_corpus_tmx_is_valid_and_names_its_documents()
    {
        string dtd = Requires.Shared("tmx/tmx14.dtd");
        Requires.Tool("xmllint", "Debian libxml2-utils");
        string python = Requires.Python("translate.storage.tmx", "/usr/bin/python3", "Debian translate-toolkit");
        string dir = CliRunner.TempDir();
        string hi = Directory.CreateDirectory(Path.Combine(dir, "hi")).FullName;
        string en = Directory.CreateDirectory(Path.Combine(dir, "en")).FullName;
        File.Copy(CliRunner.SeedHindi, Path.Combine(hi, "a & b.txt"));
        File.Copy(CliRunner.SeedEnglish, Path.Combine(en, "a & b.txt"));
        string tmx = Path.Combine(dir, "corpus.tmx");
        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-f", "tmx", "-o", tmx, "-q").ExitCode.Should().Be(0);
        var (code, _, err) = Exec("xmllint", "--noout", "--nonet", "--dtdvalid", dtd, tmx);
        code.Should().Be(0, err);
        File.ReadAllText(tmx).Should().Contain("<prop type=\"x-document\">a &amp; b.txt</prop>");
        var read = Exec(python, Path.Combine(AppContext.BaseDirectory, "tools", "read_tmx.py"), tmx);
        read.Code.Should().Be(0, read.Err);
        read.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(12);
    }

    [SkippableFact]
    public void Tmx_is_read_back_by_translate_toolkit()
    {
        string python = Requires.Python("translate.storage.tmx", "/usr/bin/python3", "Debian translate-toolkit");
        string dir = CliRunner.TempDir();
        string reader = Path.Combine(AppContext.BaseDirectory, "tools", "read_tmx.py");
        foreach (var tmx in TmxOutputs(dir))
        {
            var (code, stdout, err) = Exec(python, reader, tmx);
            code.Should().Be(0, $"{tmx}: {err}");
            string text = File.ReadAllText(tmx);
            int expected = text.Split("<tu>").Length - 1 + text.Split("<tu segtype=").Length - 1;
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Should().HaveCount(expected, tmx);
            if (!tmx.Contains("--include-unaligned", StringComparison.Ordinal))
            {
                lines.Should().OnlyContain(l => l.Split('\t').Length == 2 && l.Split('\t')[0].Length > 0 && l.Split('\t')[1].Length > 0);
            }
        }
    }

    [Fact]
    public void Forbidden_characters_are_removed_and_counted()
    {
        string dir = CliRunner.TempDir();
        string hi = Path.Combine(dir, "hi.txt");
        File.WriteAllText(hi, "पुतिन ने कहा \uFFFE कि रूस 2022 में\n");
        string en = Path.Combine(dir, "en.txt");
        File.WriteAllText(en, "Putin said that Russia in 2022\n");
        var run = CliRunner.Run("align", hi, en, "-f", "tmx");
        run.ExitCode.Should().Be(0);
        run.Stdout.Should().NotContain("\uFFFE");
        run.Stderr.Should().Contain("removed 1 character");
    }
}
