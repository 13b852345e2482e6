using System.Globalization;
using AlignCorpus.Core.Alignment;

namespace AlignCorpus.Core.Writing;

/// <summary>
/// Writes aligned beads as TSV: a header row "hi en score hi_units en_units" (or the chosen
/// columns), then one row per bead. Fields never contain a tab, CR or LF (units are folded on
/// loading; this writer folds again to be safe).
/// </summary>
public static class TsvWriter
{
    /// <summary>Every column the writer knows, in the default order.</summary>
    public static readonly IReadOnlyList<string> AllColumns = ["hi", "en", "score", "hi_units", "en_units"];

    public static void WriteHeader(TextWriter writer, IReadOnlyList<string> columns, string? leading = null)
    {
        if (leading is not null)
        {
            writer.Write(leading);
            writer.Write('\t');
        }

        writer.Write(string.Join('\t', columns));
        writer.Write('\n');
    }

    public static void Write(AlignmentResult result, TextWriter writer, WriterOptions options)
    {
        var columns = options.Columns ?? AllColumns;
        WriteHeader(writer, columns);
        WriteRows(result, writer, options, columns, null);
    }

    /// <summary>Writes the rows only; <paramref name="leading"/> is an extra first field (a document id) or null.</summary>
    public static void WriteRows(AlignmentResult result, TextWriter writer, WriterOptions options, IReadOnlyList<string> columns, string? leading) =>
        WriteRows(result, result.Beads.Where(b => b.IsPair || options.IncludeUnaligned), writer, columns, leading);

    /// <summary>Writes the given beads of an alignment as rows.</summary>
    public static void WriteRows(AlignmentResult result, IEnumerable<Bead> beads, TextWriter writer, IReadOnlyList<string> columns, string? leading)
    {
        foreach (var b in beads)
        {
            if (leading is not null)
            {
                writer.Write(Field(leading));
                writer.Write('\t');
            }

            for (int c = 0; c < columns.Count; c++)
            {
                if (c > 0)
                {
                    writer.Write('\t');
                }

                writer.Write(columns[c] switch
                {
                    "hi" => Field(result.HindiText(b)),
                    "en" => Field(result.EnglishText(b)),
                    "score" => b.Score.ToString("0.0000", CultureInfo.InvariantCulture),
                    "hi_units" => BeadWriter.Indices(b.HindiStart, b.HindiCount, ","),
                    "en_units" => BeadWriter.Indices(b.EnglishStart, b.EnglishCount, ","),
                    _ => throw new ArgumentException($"unknown TSV column '{columns[c]}'"),
                });
            }

            writer.Write('\n');
        }
    }

    /// <summary>A text made safe for a TSV field: tab, CR and LF become spaces.</summary>
    public static string Field(string text) =>
        text.AsSpan().IndexOfAny('\t', '\r', '\n') < 0 ? text : text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
