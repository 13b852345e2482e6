using System.Xml.Linq;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Core.Tests.Writing;

public sealed class WriterTests
{
    private static AlignmentResult Result()
    {
        var hi = ArticleLoader.Parse("पहला\nदूसरा\nतीसरा\nशोर"u8.ToArray(), "hi", UnitMode.Lines);
        var en = ArticleLoader.Parse("First & <one>\nSecond\nnoise"u8.ToArray(), "en", UnitMode.Lines);
        return new AlignmentResult(hi, en,
        [
            new Bead(0, 1, 0, 1, 0.9),
            new Bead(1, 2, 1, 1, 0.75),
            new Bead(3, 0, 2, 0, 0.5),
            new Bead(3, 1, 2, 1, 0.1),
        ]);
    }

    [Fact]
    public void Beads_use_the_gold_format()
    {
        var w = new StringWriter();
        BeadWriter.Write(Result().Beads, w);
        w.ToString().Should().Be("[0]:[0]\n[1, 2]:[1]\n[]:[]\n[3]:[2]\n");
        BeadWriter.Format(new Bead(4, 1, 5, 0, 1)).Should().Be("[4]:[]");
        BeadWriter.Format(new Bead(4, 0, 5, 1, 1)).Should().Be("[]:[5]");
    }

    [Fact]
    public void Tsv_has_a_header_and_one_row_per_pair()
    {
        var w = new StringWriter();
        TsvWriter.Write(Result(), w, new WriterOptions());
        w.ToString().Should().Be(
            "hi\ten\tscore\thi_units\ten_units\n" +
            "पहला\tFirst & <one>\t0.9000\t0\t0\n" +
            "दूसरा तीसरा\tSecond\t0.7500\t1,2\t1\n" +
            "शोर\tnoise\t0.1000\t3\t2\n");
    }

    [Fact]
    public void Tsv_columns_can_be_chosen()
    {
        var w = new StringWriter();
        TsvWriter.Write(Result(), w, new WriterOptions { Columns = ["hi", "en"] });
        w.ToString().Split('\n')[0].Should().Be("hi\ten");
        w.ToString().Split('\n').Where(l => l.Length > 0).Should().OnlyContain(l => l.Split('\t').Length == 2);
    }

    [Fact]
    public void Tsv_fields_never_hold_tabs_or_line_ends() => TsvWriter.Field("a\tb\r\nc").Should().Be("a b  c");

    [Fact]
    public void Tmx_escapes_text_and_carries_props()
    {
        var w = new StringWriter();
        TmxWriter.Write(Result(), w, new WriterOptions { ToolVersion = "9.9.9" });
        string xml = w.ToString();
        xml.Should().StartWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Should().Contain("First &amp; &lt;one&gt;");
        var doc = XDocument.Parse(xml);
        var header = doc.Root!.Element("header")!;
        header.Attribute("creationtoolversion")!.Value.Should().Be("9.9.9");
        header.Attribute("segtype")!.Value.Should().Be("paragraph");
        var tus = doc.Root.Element("body")!.Elements("tu").ToList();
        tus.Should().HaveCount(3);
        tus[1].Elements("prop").Select(p => (p.Attribute("type")!.Value, p.Value)).Should().Equal(
            ("x-score", "0.7500"), ("x-hi-units", "1,2"), ("x-en-units", "1"));
        tus[1].Elements("tuv").Select(t => t.Attribute(XNamespace.Xml + "lang")!.Value).Should().Equal("hi", "en");
    }

    [Fact]
    public void Characters_xml_forbids_are_removed_and_counted()
    {
        int removed = 0;
        XmlText.Clean("a\u0001b\uFFFEc\uD800d\U0001F600", ref removed).Should().Be("abcd\U0001F600");
        removed.Should().Be(3);
    }

    [Fact]
    public void Atomic_write_leaves_no_file_when_writing_fails()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        string path = Path.Combine(dir, "out.tsv");
        var act = () => AtomicFile.WriteText(path, w =>
        {
            w.Write("partial");
            throw new InvalidOperationException("boom");
        });
        act.Should().Throw<InvalidOperationException>();
        Directory.GetFiles(dir).Should().BeEmpty();

        AtomicFile.WriteText(path, w => w.Write("done"));
        File.ReadAllText(path).Should().Be("done");
        Directory.GetFiles(dir).Should().ContainSingle();
    }
}
