using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Sentences;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>Writes an alignment in the chosen format.</summary>
public static class Output
{
    /// <summary>Writes and returns how many characters XML forbids were removed (TMX only).</summary>
    /// <remarks>
    /// Beads are written at one level: sentence beads (sentence indices across the document) for
    /// --units sentences, paragraph beads otherwise.
    /// </remarks>
    public static int Write(AlignmentResult result, SentenceAlignment? sentences, OutputFormat format, TextWriter writer, WriterOptions options)
    {
        var rows = PairRow.Of(result, sentences, options.Units);
        switch (format)
        {
            case OutputFormat.Beads:
                BeadWriter.Write(PairRow.BeadsOf(result, sentences, options.Units), writer);
                return 0;
            case OutputFormat.Tsv:
                TsvWriter.Write(rows, writer, options);
                return 0;
            case OutputFormat.Jsonl:
                new JsonlWriter(writer, options.Text).Write(rows.Where(r => r.Bead.IsPair || options.IncludeUnaligned), options.Document);
                return 0;
            case OutputFormat.Moses:
                throw new ArgumentException("the Moses format writes two files: see MosesOutput", nameof(format));
            default:
                return TmxWriter.Write(rows, writer, options);
        }
    }
}
