using System.Globalization;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Writing;

/// <summary>
/// Writes aligned pairs as TSV: a header row, then one row per pair. The columns are chosen from
/// <see cref="AllColumns"/>; by default "hi en score hi_units en_units", plus "paragraph" (the
/// paragraph bead a sentence pair lies in, in the bead format) at sentence level and "level"
/// before it when both levels are written. Fields never contain a tab, CR or LF (units are folded
/// on loading; this writer folds again to be safe).
/// </summary>
public static class TsvWriter
{
    /// <summary>Every column the writer knows.</summary>
    public static readonly IReadOnlyList<string> AllColumns = ["doc", "hi", "en", "score", "hi_units", "en_units", "level", "paragraph"];

    private static readonly string[] ParagraphColumns = ["hi", "en", "score", "hi_units", "en_units"];
    private static readonly string[] SentenceColumns = [.. ParagraphColumns, "paragraph"];
    private static readonly string[] BothColumns = [.. ParagraphColumns, "level", "paragraph"];

    /// <summary>The columns written when none are chosen, for the given level(s).</summary>
    public static IReadOnlyList<string> DefaultColumns(OutputUnits units) => units switch
    {
        OutputUnits.Paragraphs => ParagraphColumns,
        OutputUnits.Sentences => SentenceColumns,
        _ => BothColumns,
    };

    /// <summary>The columns of <paramref name="options"/>: the chosen ones or the default for its level(s).</summary>
    public static IReadOnlyList<string> Columns(WriterOptions options) => options.Columns ?? DefaultColumns(options.Units);

    /// <summary>
    /// The columns of a corpus of many documents: as <see cref="Columns"/>, led by "doc" unless the
    /// chosen columns place it themselves.
    /// </summary>
    public static IReadOnlyList<string> CorpusColumns(WriterOptions options) =>
        Columns(options) is var c && c.Contains("doc") ? c : ["doc", .. c];

    /// <summary>The header row, unless <see cref="WriterOptions.Header"/> is off.</summary>
    public static void WriteHeader(TextWriter writer, IReadOnlyList<string> columns, WriterOptions options)
    {
        if (!options.Header)
        {
            return;
        }

        writer.Write(string.Join('\t', columns));
        writer.Write('\n');
    }

    /// <summary>Writes a paragraph alignment: header, then its pairs (and unaligned units when asked for).</summary>
    public static void Write(AlignmentResult result, TextWriter writer, WriterOptions options) =>
        Write(PairRow.Of(result, null, OutputUnits.Paragraphs), writer, options);

    /// <summary>Writes rows: header, then the pairs among them (and unaligned units when asked for).</summary>
    public static void Write(IEnumerable<PairRow> rows, TextWriter writer, WriterOptions options)
    {
        var columns = Columns(options);
        WriteHeader(writer, columns, options);
        WriteRows(rows.Where(r => r.Bead.IsPair || options.IncludeUnaligned), writer, columns, options.Document, options.Text);
    }

    /// <summary>Writes the given rows; <paramref name="doc"/> fills the "doc" column (empty when null).</summary>
    public static void WriteRows(IEnumerable<PairRow> rows, TextWriter writer, IReadOnlyList<string> columns, string? doc, TextForm form)
    {
        foreach (var row in rows)
        {
            var b = row.Bead;
            for (int c = 0; c < columns.Count; c++)
            {
                if (c > 0)
                {
                    writer.Write('\t');
                }

                writer.Write(columns[c] switch
                {
                    "doc" => Field(doc ?? string.Empty),
                    "hi" => Field(row.Source.HindiText(b, form)),
                    "en" => Field(row.Source.EnglishText(b, form)),
                    "score" => Score(b),
                    "hi_units" => BeadWriter.Indices(b.HindiStart, b.HindiCount, ","),
                    "en_units" => BeadWriter.Indices(b.EnglishStart, b.EnglishCount, ","),
                    "level" => row.LevelName,
                    "paragraph" => BeadWriter.Format(row.Paragraph),
                    _ => throw new ArgumentException($"unknown TSV column '{columns[c]}'"),
                });
            }

            writer.Write('\n');
        }
    }

    /// <summary>A bead's score as written everywhere: four decimals, invariant culture.</summary>
    public static string Score(Bead b) => b.Score.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>A text made safe for a TSV field: tab, CR and LF become spaces.</summary>
    public static string Field(string text) =>
        text.AsSpan().IndexOfAny('\t', '\r', '\n') < 0 ? text : text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
