using AlignCorpus.Core.Alignment;

namespace AlignCorpus.Core.Corpus;

/// <summary>
/// How completely two articles translate each other, from their alignment: the share of each
/// side's text (in characters) that lies in pair beads of confidence at least <see cref="Sure"/>,
/// and a document score, the harmonic mean of the two shares (like F1 of precision and recall: a
/// short article inside a long one, or two articles that share one paragraph, score low even when
/// one side is fully covered).
/// </summary>
public readonly record struct DocumentVerdict(double HindiShare, double EnglishShare)
{
    /// <summary>Confidence a pair bead needs for its text to count as translated.</summary>
    public const double Sure = 0.9;

    /// <summary>
    /// Below this document score a document is reported as looking unrelated (the suggestion for
    /// --min-doc-score). Calibrated on the dev set: true pairs against each Hindi article with
    /// another article's English (README, "Is a document a translation?").
    /// </summary>
    public const double Unrelated = 0.25;

    /// <summary>Whether the document looks unrelated: its score is below <see cref="Unrelated"/>.</summary>
    public bool LooksUnrelated => Score < Unrelated;

    /// <summary>
    /// The confidence a pair of this document is written with: its own, but in a document that looks
    /// unrelated (<see cref="LooksUnrelated"/>) at most the document score (rounded to 4 places). Two
    /// articles that do not translate each other (independent reports of one event, a mis-keyed
    /// manifest row) can still have a paragraph pair that looks confident on its own (the same names
    /// and numbers in one paragraph each); it is far likelier a comparable paragraph than a
    /// translation, so a filter on the score (--min-score, or on the written column) drops it. A
    /// document above the level keeps its pair scores: its score measures how much of the two
    /// articles is translated, not whether the translated part is right (an article translated in
    /// part, or inside a longer one, scores low with right pairs).
    /// </summary>
    public double Cap(double pairScore) => LooksUnrelated ? Math.Min(pairScore, Math.Round(Score, 4)) : pairScore;

    /// <summary>The document score: harmonic mean of the two shares (0 when either is 0).</summary>
    public double Score => HindiShare + EnglishShare <= 0 ? 0 : 2 * HindiShare * EnglishShare / (HindiShare + EnglishShare);

    /// <summary>The verdict of an alignment.</summary>
    public static DocumentVerdict Of(AlignmentResult result)
    {
        long hiTotal = 0, enTotal = 0, hiSure = 0, enSure = 0;
        foreach (var u in result.Hindi.Units)
        {
            hiTotal += u.Text.Length;
        }

        foreach (var u in result.English.Units)
        {
            enTotal += u.Text.Length;
        }

        foreach (var b in result.Beads)
        {
            if (!b.IsPair || b.Score < Sure)
            {
                continue;
            }

            for (int i = 0; i < b.HindiCount; i++)
            {
                hiSure += result.Hindi.Units[b.HindiStart + i].Text.Length;
            }

            for (int i = 0; i < b.EnglishCount; i++)
            {
                enSure += result.English.Units[b.EnglishStart + i].Text.Length;
            }
        }

        return new DocumentVerdict(hiTotal == 0 ? 0 : (double)hiSure / hiTotal, enTotal == 0 ? 0 : (double)enSure / enTotal);
    }
}
