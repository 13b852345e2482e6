using System.Text.Json;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Core.Tests.Writing;

/// <summary>The formats trainers read: JSON Lines and the Moses two-file format.</summary>
public sealed class TrainerWriterTests
{
    private static AlignmentResult Result()
    {
        var hi = ArticleLoader.Parse("पहला \"उद्धरण\"\nदूसरा\\पथ\nतीसरा\nशोर"u8.ToArray(), "hi", UnitMode.Lines);
        var en = ArticleLoader.Parse("First \"quote\"\nSecond\u2028line\nnoise"u8.ToArray(), "en", UnitMode.Lines);
        return new AlignmentResult(hi, en,
        [
            new Bead(0, 1, 0, 1, 0.9),
            new Bead(1, 2, 1, 1, 0.75),
            new Bead(3, 1, 2, 0, 0.5),
            new Bead(4, 0, 2, 1, 0.5),
        ]);
    }

    [Fact]
    public void Jsonl_writes_one_object_per_row_with_the_tsv_fields_plus_doc_and_level()
    {
        var w = new StringWriter();
        new JsonlWriter(w, TextForm.Original).Write(PairRow.Of(Result(), null, OutputUnits.Paragraphs).Where(r => r.Bead.IsPair), "doc 1");
        string[] lines = w.ToString().Split('\n');
        lines.Should().HaveCount(3).And.EndWith(string.Empty);
        lines[0].Should().Be("{\"doc\":\"doc 1\",\"hi\":\"पहला \\\"उद्धरण\\\"\",\"en\":\"First \\\"quote\\\"\",\"score\":0.9000," +
            "\"hi_units\":[0],\"en_units\":[0],\"level\":\"paragraph\",\"paragraph\":\"[0]:[0]\"}");
        using var second = JsonDocument.Parse(lines[1]);
        second.RootElement.GetProperty("hi").GetString().Should().Be("दूसरा\\पथ तीसरा");
        second.RootElement.GetProperty("hi_units").EnumerateArray().Select(e => e.GetInt32()).Should().Equal(1, 2);
        second.RootElement.GetProperty("score").GetDouble().Should().Be(0.75);
    }

    [Fact]
    public void Jsonl_without_a_document_writes_null()
    {
        var w = new StringWriter();
        new JsonlWriter(w, TextForm.Original).Write(PairRow.Of(Result(), null, OutputUnits.Paragraphs).Take(1), null);
        using var doc = JsonDocument.Parse(w.ToString());
        doc.RootElement.GetProperty("doc").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Moses_writes_pairs_only_one_per_line_in_both_files()
    {
        var hi = new StringWriter();
        var en = new StringWriter();
        var moses = new MosesWriter(hi, en, TextForm.Original);
        moses.Write(PairRow.Of(Result(), null, OutputUnits.Paragraphs));
        moses.Pairs.Should().Be(2);
        hi.ToString().Should().Be("पहला \"उद्धरण\"\nदूसरा\\पथ तीसरा\n");
        en.ToString().Should().Be("First \"quote\"\nSecond line\n", "a Unicode line separator would split a line for some readers");
    }
}
