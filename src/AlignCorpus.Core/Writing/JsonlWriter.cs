using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Writing;

/// <summary>
/// Writes pairs as JSON Lines, one object per pair and line, UTF-8 without a BOM, as Hugging Face
/// <c>datasets.load_dataset("json", ...)</c> and pandas <c>read_json(lines=True)</c> read them:
/// <c>{"doc": ..., "hi": ..., "en": ..., "score": 0.9914, "hi_units": [3, 4], "en_units": [5],
/// "level": "paragraph", "paragraph": "[3, 4]:[5]"}</c>. The fields are the TSV columns with
/// indices as arrays and the score as a number, plus <c>doc</c> (the document id, or null) and
/// <c>level</c> always. Devanagari is written as itself, not as \u escapes.
/// </summary>
public sealed class JsonlWriter(TextWriter writer, TextForm form)
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Texts are written as they are (Devanagari, quotes as \"), not \u-escaped: a JSONL corpus stays readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 12);

    /// <summary>Writes one line per row; <paramref name="doc"/> names the document (null in a single-document output).</summary>
    public void Write(IEnumerable<PairRow> rows, string? doc)
    {
        foreach (var row in rows)
        {
            _buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(_buffer, Options))
            {
                var b = row.Bead;
                json.WriteStartObject();
                if (doc is null)
                {
                    json.WriteNull("doc");
                }
                else
                {
                    json.WriteString("doc", doc);
                }

                json.WriteString("hi", row.Source.HindiText(b, form));
                json.WriteString("en", row.Source.EnglishText(b, form));
                json.WritePropertyName("score");
                json.WriteRawValue(TsvWriter.Score(b), skipInputValidation: true);
                Indices(json, "hi_units", b.HindiStart, b.HindiCount);
                Indices(json, "en_units", b.EnglishStart, b.EnglishCount);
                json.WriteString("level", row.LevelName);
                json.WriteString("paragraph", BeadWriter.Format(row.Paragraph));
                json.WriteEndObject();
            }

            writer.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
            writer.Write('\n');
        }
    }

    private static void Indices(Utf8JsonWriter json, string name, int start, int count)
    {
        json.WriteStartArray(name);
        for (int i = start; i < start + count; i++)
        {
            json.WriteNumberValue(i);
        }

        json.WriteEndArray();
    }
}
