using System.Text.Json;
using System.Xml.Linq;

namespace AlignCorpus.Cli.Tests;

/// <summary>A corpus says how it was made: tool build, dictionary (path and hash, or none), gazetteer, options.</summary>
public sealed class ProvenanceTests
{
    [Fact]
    public void The_summary_names_build_dictionary_gazetteer_and_options()
    {
        var (hi, en, root) = BatchCommandTests.SampleFolders();
        string lexicon = Path.Combine(root, "lexicon.tsv");
        File.WriteAllText(lexicon, "उपग्रह\tsatellite\n");
        string summary = Path.Combine(root, "summary.json");
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "-o", Path.Combine(root, "c.tsv"), "--summary", summary,
            "--dictionary", lexicon, "--min-score", "0.5");
        run.ExitCode.Should().Be(0, run.Stderr);

        using var doc = JsonDocument.Parse(File.ReadAllText(summary));
        var p = doc.RootElement.GetProperty("provenance");
        p.GetProperty("tool").GetString().Should().MatchRegex(@"^aligncorpus \d+\.\d+\.\d+\+[0-9a-f]{7,}");
        p.GetProperty("dictionary").GetProperty("path").GetString().Should().Be(lexicon);
        p.GetProperty("dictionary").GetProperty("hash").GetString().Should().MatchRegex("^xxh64:[0-9a-f]{16}$");
        p.GetProperty("gazetteer").GetString().Should().MatchRegex(@"^gazetteer\.tsv xxh64:[0-9a-f]{16} \d+ concepts$");
        p.GetProperty("options").GetProperty("min-score").GetString().Should().Be("0.5");
        p.GetProperty("options").GetProperty("method").GetString().Should().Be("sentences");

        File.AppendAllText(lexicon, "पानी\twater\n");
        var again = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "-o", Path.Combine(root, "c.tsv"), "--summary", summary, "--dictionary", lexicon);
        again.ExitCode.Should().Be(0);
        using var changed = JsonDocument.Parse(File.ReadAllText(summary));
        changed.RootElement.GetProperty("provenance").GetProperty("dictionary").GetProperty("hash").GetString()
            .Should().NotBe(p.GetProperty("dictionary").GetProperty("hash").GetString(), "the hash follows the dictionary's content");
    }

    [Fact]
    public void The_tmx_header_carries_the_provenance_as_props()
    {
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tmx", "--dictionary", "none", "--max-bead", "3");
        run.ExitCode.Should().Be(0, run.Stderr);
        var props = XDocument.Parse(run.Stdout).Root!.Element("header")!.Elements("prop").ToDictionary(e => (string)e.Attribute("type")!, e => e.Value);
        props.Keys.Should().Equal("x-tool", "x-dictionary", "x-gazetteer", "x-options");
        props["x-dictionary"].Should().Be("none");
        props["x-options"].Should().Contain("max-bead=3").And.Contain("method=sentences");
    }

    [Fact]
    public void Dictionary_none_equals_no_dictionary_and_a_hunalign_dictionary_is_read()
    {
        var none = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--dictionary", "none");
        none.Stdout.Should().Be(CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--no-dictionary").Stdout);

        string dir = CliRunner.TempDir();
        string tsv = Path.Combine(dir, "lex.tsv"), hunalign = Path.Combine(dir, "lex.dic");
        File.WriteAllText(tsv, "सुरक्षा\tsecurity\nवार्ता\ttalks\nराष्ट्रपति\tpresident\n");
        File.WriteAllText(hunalign, "security @ सुरक्षा\ntalks @ वार्ता\npresident @ राष्ट्रपति\n");
        var a = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv", "--dictionary", tsv);
        var b = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv", "--dictionary", hunalign);
        b.ExitCode.Should().Be(0, b.Stderr);
        b.Stdout.Should().Be(a.Stdout, "the same word pairs in hunalign's format");
    }
}
