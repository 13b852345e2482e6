using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Sentences;

namespace AlignCorpus.Core.Writing;

/// <summary>Which pairs an output holds.</summary>
public enum OutputUnits
{
    /// <summary>Paragraph beads (the default).</summary>
    Paragraphs,

    /// <summary>Sentence beads, aligned inside the paragraph beads.</summary>
    Sentences,

    /// <summary>Each paragraph bead followed by its sentence beads.</summary>
    Both,
}

/// <summary>The level of a row.</summary>
public enum Level
{
    Paragraph,
    Sentence,
}

/// <summary>
/// One row of TSV or TMX output: a bead of <paramref name="Source"/> (a paragraph or a sentence
/// alignment), its level, and the paragraph bead it belongs to (itself for a paragraph row).
/// </summary>
public readonly record struct PairRow(AlignmentResult Source, Bead Bead, Level Level, Bead Paragraph)
{
    /// <summary>"paragraph" or "sentence".</summary>
    public string LevelName => Level == Level.Paragraph ? "paragraph" : "sentence";

    /// <summary>
    /// The beads the bead format writes: sentence beads (sentences numbered across the document)
    /// for <see cref="OutputUnits.Sentences"/>, paragraph beads otherwise.
    /// </summary>
    public static IReadOnlyList<Bead> BeadsOf(AlignmentResult paragraphs, SentenceAlignment? sentences, OutputUnits units) =>
        units == OutputUnits.Sentences
            ? (sentences ?? throw new ArgumentException("sentence beads need a sentence alignment", nameof(sentences))).Sentences.Beads
            : paragraphs.Beads;

    /// <summary>The rows of an article pair's alignment, in document order, at the asked-for level.</summary>
    /// <param name="paragraphs">The paragraph alignment.</param>
    /// <param name="sentences">Its sentence alignment; needed unless <paramref name="units"/> is <see cref="OutputUnits.Paragraphs"/>.</param>
    /// <param name="units">Paragraph rows, sentence rows, or each paragraph row followed by its sentence rows.</param>
    public static IEnumerable<PairRow> Of(AlignmentResult paragraphs, SentenceAlignment? sentences, OutputUnits units)
    {
        if (units != OutputUnits.Paragraphs && sentences is null)
        {
            throw new ArgumentException("sentence rows need a sentence alignment", nameof(sentences));
        }

        if (units == OutputUnits.Paragraphs)
        {
            foreach (var b in paragraphs.Beads)
            {
                yield return new PairRow(paragraphs, b, Level.Paragraph, b);
            }

            yield break;
        }

        var s = sentences!;
        int k = 0;
        for (int p = 0; p < paragraphs.Beads.Count; p++)
        {
            var pb = paragraphs.Beads[p];
            if (units == OutputUnits.Both)
            {
                yield return new PairRow(paragraphs, pb, Level.Paragraph, pb);
            }

            for (; k < s.ParagraphBead.Count && s.ParagraphBead[k] == p; k++)
            {
                yield return new PairRow(s.Sentences, s.Sentences.Beads[k], Level.Sentence, pb);
            }
        }
    }
}
