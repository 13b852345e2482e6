using System.Globalization;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>Prints the evidence behind each bead (for --explain).</summary>
public static class Explanation
{
    /// <summary>The sink of batch --explain: each document's beads under a line naming it, in input order.</summary>
    public sealed class Sink(TextWriter writer) : Core.Corpus.IBatchSink
    {
        public void Write(Core.Corpus.DocumentOutcome outcome)
        {
            if (outcome.Result is { } r)
            {
                writer.WriteLine($"== {outcome.Id}");
                Explanation.Write(r, writer);
            }
        }
    }

    public static void Write(AlignmentResult result, TextWriter writer)
    {
        var inv = CultureInfo.InvariantCulture;
        for (int k = 0; k < result.Beads.Count; k++)
        {
            var b = result.Beads[k];
            writer.Write(string.Create(inv, $"{BeadWriter.Format(b),-16} {b.Type,-4} score {b.Score:0.000}"));
            if (result.Evidence is { } ev && b.IsPair)
            {
                var e = ev[k];
                writer.Write(string.Create(inv,
                    $"  total {e.Total:0.00} = length {e.LengthTerm:0.00} (z {e.LengthZ:0.00}) + anchors {e.AnchorTerm:0.00} + prior {e.Prior:0.00}"));
                if (e.SentenceLinks.Count > 0)
                {
                    writer.Write("  sentences: " + string.Join(' ', e.SentenceLinks));
                }

                if (e.Matched.Count > 0)
                {
                    writer.Write("  matched: " + string.Join(' ', e.Matched));
                }

                if (e.Contradicted.Count > 0)
                {
                    writer.Write("  elsewhere: " + string.Join(' ', e.Contradicted));
                }

                if (e.Unmatched.Count > 0)
                {
                    writer.Write("  unmatched: " + string.Join(' ', e.Unmatched));
                }
            }
            else if (!b.IsPair)
            {
                writer.Write(b.HindiCount > 0 ? "  hi only: " : "  en only: ");
                string text = b.HindiCount > 0 ? result.HindiText(b) : result.EnglishText(b);
                writer.Write(text.Length > 60 ? text[..60] + "…" : text);
            }

            writer.WriteLine();
        }
    }
}
