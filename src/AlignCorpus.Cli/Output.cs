using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>Writes an alignment in the chosen format.</summary>
public static class Output
{
    /// <summary>Writes and returns how many characters XML forbids were removed (TMX only).</summary>
    public static int Write(AlignmentResult result, OutputFormat format, TextWriter writer, WriterOptions options)
    {
        switch (format)
        {
            case OutputFormat.Beads:
                BeadWriter.Write(result.Beads, writer);
                return 0;
            case OutputFormat.Tsv:
                TsvWriter.Write(result, writer, options);
                return 0;
            default:
                return TmxWriter.Write(result, writer, options);
        }
    }
}
