using System.Xml.Linq;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Files;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;
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
        string dir = TempFolders.Create("aligncorpus-");
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

    private static (AlignmentResult Paragraphs, SentenceAlignment Sentences) TwoLevels()
    {
        var hi = ArticleLoader.Parse("पहला वाक्य। दूसरा वाक्य।\nशोर"u8.ToArray(), "hi", UnitMode.Lines);
        var en = ArticleLoader.Parse("First sentence. Second sentence."u8.ToArray(), "en", UnitMode.Lines);
        var paragraphs = new AlignmentResult(hi, en, [new Bead(0, 1, 0, 1, 0.9), new Bead(1, 1, 1, 0, 0.8)]);
        var hs = SentenceAligner.Split(hi, out _);
        var es = SentenceAligner.Split(en, out _);
        var sentences = new AlignmentResult(hs, es, [new Bead(0, 1, 0, 1, 0.95), new Bead(1, 1, 1, 1, 0.85), new Bead(2, 1, 2, 0, 0.8)]);
        return (paragraphs, new SentenceAlignment(paragraphs, sentences, [0, 0, 1]));
    }

    [Fact]
    public void Sentence_tsv_names_the_paragraph_bead_of_each_pair()
    {
        var (p, s) = TwoLevels();
        var w = new StringWriter();
        TsvWriter.Write(PairRow.Of(p, s, OutputUnits.Sentences), w, new WriterOptions { Units = OutputUnits.Sentences, IncludeUnaligned = true });
        w.ToString().Should().Be(
            "hi\ten\tscore\thi_units\ten_units\tparagraph\n" +
            "पहला वाक्य।\tFirst sentence.\t0.9500\t0\t0\t[0]:[0]\n" +
            "दूसरा वाक्य।\tSecond sentence.\t0.8500\t1\t1\t[0]:[0]\n" +
            "शोर\t\t0.8000\t2\t\t[1]:[]\n");
    }

    [Fact]
    public void Both_levels_put_each_paragraph_pair_before_its_sentence_pairs()
    {
        var (p, s) = TwoLevels();
        var w = new StringWriter();
        TsvWriter.Write(PairRow.Of(p, s, OutputUnits.Both), w, new WriterOptions { Units = OutputUnits.Both, Columns = ["level", "paragraph", "en"] });
        w.ToString().Should().Be(
            "level\tparagraph\ten\n" +
            "paragraph\t[0]:[0]\tFirst sentence. Second sentence.\n" +
            "sentence\t[0]:[0]\tFirst sentence.\n" +
            "sentence\t[0]:[0]\tSecond sentence.\n");
    }

    [Fact]
    public void Sentence_tmx_says_sentence_in_the_header_or_on_each_sentence_tu()
    {
        var (p, s) = TwoLevels();
        var sentencesOnly = new StringWriter();
        TmxWriter.Write(PairRow.Of(p, s, OutputUnits.Sentences), sentencesOnly, new WriterOptions { Units = OutputUnits.Sentences });
        var doc = XDocument.Parse(sentencesOnly.ToString());
        doc.Root!.Element("header")!.Attribute("segtype")!.Value.Should().Be("sentence");
        var tus = doc.Root.Element("body")!.Elements("tu").ToList();
        tus.Should().HaveCount(2);
        tus.Should().OnlyContain(tu => tu.Attribute("segtype") == null);
        tus[1].Elements("prop").Single(x => x.Attribute("type")!.Value == "x-paragraph").Value.Should().Be("[0]:[0]");

        var both = new StringWriter();
        TmxWriter.Write(PairRow.Of(p, s, OutputUnits.Both), both, new WriterOptions { Units = OutputUnits.Both });
        doc = XDocument.Parse(both.ToString());
        doc.Root!.Element("header")!.Attribute("segtype")!.Value.Should().Be("paragraph");
        doc.Root.Element("body")!.Elements("tu").Select(tu => tu.Attribute("segtype")?.Value ?? "-").Should().Equal("-", "sentence", "sentence");
    }

    [Fact]
    public void Texts_are_written_as_the_input_has_them_unless_nfc_is_asked_for()
    {
        // U+0929 is NFC-composed; the input spells it decomposed (न + nukta).
        var hi = ArticleLoader.Parse(System.Text.Encoding.UTF8.GetBytes("\u0928\u093C"), "hi", UnitMode.Lines);
        var en = ArticleLoader.Parse("x"u8.ToArray(), "en", UnitMode.Lines);
        var r = new AlignmentResult(hi, en, [new Bead(0, 1, 0, 1, 1)]);
        hi.Units[0].Text.Should().Be("\u0929");
        var original = new StringWriter();
        TsvWriter.Write(r, original, new WriterOptions { Columns = ["hi"] });
        original.ToString().Should().Be("hi\n\u0928\u093C\n");
        var nfc = new StringWriter();
        TsvWriter.Write(r, nfc, new WriterOptions { Columns = ["hi"], Text = TextForm.Nfc });
        nfc.ToString().Should().Be("hi\n\u0929\n");
    }
}
