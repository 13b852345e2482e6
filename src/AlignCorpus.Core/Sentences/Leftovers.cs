using AlignCorpus.Core.Alignment;

namespace AlignCorpus.Core.Sentences;

/// <summary>
/// Pairs the sentences a path stepped around: a run of unaligned sentences of both pages between
/// two sentence pairs (or an article's edge), where at least one page's run lies inside a
/// paragraph that also holds aligned sentences, is usually a pair whose evidence was too thin
/// (a short sentence with no anchors). It becomes one pair bead unless its own score says it is
/// clearly not a translation. Runs that are whole paragraphs on both pages (a caption against a
/// footer) are left alone: that is what scraped noise looks like.
/// </summary>
public static class Leftovers
{
    /// <summary>A line of at most this many characters on both sides is heading-short.</summary>
    public const int HeadingLength = 24;

    /// <summary>The most sentences a run may have on one side.</summary>
    public const int MaxRun = 4;

    /// <summary>
    /// Returns the beads with such runs paired; <paramref name="floor"/> is the lowest bead score
    /// (<see cref="CostModel.Score(int, int, int, int)"/>) a run may have and still be paired.
    /// </summary>
    public static List<Bead> Pair(IReadOnlyList<Bead> beads, CostModel model, Break[] hindiBreaks, Break[] englishBreaks, double floor, double slope)
    {
        return NullRuns.Rewrite(beads, (k, end, result) =>
        {
            int hn = 0, en = 0;
            for (int r = k; r < end; r++)
            {
                hn += beads[r].HindiCount;
                en += beads[r].EnglishCount;
            }

            int i0 = beads[k].HindiStart, j0 = beads[k].EnglishStart;
            bool hindiInside = hn > 0 && !(hindiBreaks[i0] == Break.Paragraph && hindiBreaks[i0 + hn] == Break.Paragraph);
            bool englishInside = en > 0 && !(englishBreaks[j0] == Break.Paragraph && englishBreaks[j0 + en] == Break.Paragraph);

            // One whole line against one whole line, tight between two pairs (a heading, a label
            // or a table cell between translated rows): paired when they share an anchor, or
            // when both are as short as headings are (what could contradict them is missing too).
            bool sandwiched = hn == 1 && en == 1 && k > 0 && end < beads.Count && beads[k - 1].IsPair && beads[end].IsPair;
            if (hn is > 0 and <= MaxRun && en is > 0 and <= MaxRun && (hindiInside || englishInside || sandwiched))
            {
                double score = model.Score(i0, hn, j0, en);
                if (score >= floor && (hindiInside || englishInside || Short(model, i0, j0) || model.Explain(i0, hn, j0, en).Matched.Count > 0))
                {
                    result.Add(new Bead(i0, hn, j0, en, Bead.Confidence(score, slope)));
                    return;
                }
            }

            for (int r = k; r < end; r++)
            {
                result.Add(beads[r]);
            }
        });
    }

    private static bool Short(CostModel model, int i, int j) => model.HindiLength(i) <= HeadingLength && model.EnglishLength(j) <= HeadingLength;
}
