using System.Runtime.InteropServices;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Sentences;

/// <summary>
/// Turns an alignment of sentences across a whole article into paragraph beads: a paragraph bead
/// is the finest group of consecutive paragraphs on both sides whose sentences are aligned only
/// with each other. Walking the sentence beads in order, a group closes wherever both pages are
/// at a paragraph break at once. A group with no sentence pair gives one null bead per
/// paragraph; in a group with pairs, paragraphs at its edges whose sentences are all unaligned
/// (a caption or a dateline beside a re-cut paragraph) are peeled off as null beads.
/// </summary>
public static class ParagraphGrouping
{
    /// <summary>
    /// Groups <paramref name="sentenceBeads"/> (over the sentences of <paramref name="hindiSentences"/>
    /// and <paramref name="englishSentences"/>, <paramref name="hindiFirst"/>[p] the first sentence
    /// of paragraph p) into paragraph beads over <paramref name="hindi"/> and <paramref name="english"/>.
    /// A pair bead's confidence is the logistic of the summed scores of its sentence pairs; a null
    /// paragraph is as sure as its least sure sentence.
    /// </summary>
    public static SentenceAlignment Group(
        Article hindi,
        Article english,
        Article hindiSentences,
        Article englishSentences,
        int[] hindiFirst,
        int[] englishFirst,
        IReadOnlyList<Bead> sentenceBeads,
        CostModel model,
        bool explain = false,
        bool[]? hindiContinues = null,
        bool[]? englishContinues = null,
        double slope = 0.8)
    {
        // Read through the list type where the caller gives a list (it does): an indexer called
        // through the interface is an interface call per sentence bead.
        var beads = sentenceBeads as List<Bead> ?? [.. sentenceBeads];
        var hPara = ParagraphOf(hindiFirst, hindiContinues);
        var ePara = ParagraphOf(englishFirst, englishContinues);
        var hOf = SentenceToParagraph(hindiFirst);
        var eOf = SentenceToParagraph(englishFirst);
        var paragraphs = new List<Bead>(hindi.Count + english.Count);
        var evidence = explain ? new List<BeadEvidence>() : null;
        var sentences = new List<Bead>(beads.Count);
        var parents = new List<int>(beads.Count);
        int groupStart = 0, hp = 0, ep = 0, sentenceHindi = 0, sentenceEnglish = 0;
        // For the group being closed, per paragraph of each side: the score of its least sure null
        // sentence (1 where none) and its null paragraph bead (-1 where none). Arrays over the
        // article's paragraphs instead of maps keyed by (side, paragraph): each group puts back
        // what it wrote, so every paragraph outside the group reads as none.
        var hindiNullScore = new double[hindiFirst.Length];
        var englishNullScore = new double[englishFirst.Length];
        var hindiNullBead = new int[hindiFirst.Length];
        var englishNullBead = new int[englishFirst.Length];
        Array.Fill(hindiNullScore, 1.0);
        Array.Fill(englishNullScore, 1.0);
        Array.Fill(hindiNullBead, -1);
        Array.Fill(englishNullBead, -1);

        // The order the group's sentence beads are placed in: one for the whole article.
        var order = new List<long>();
        for (int k = 0; k < beads.Count; k++)
        {
            var b = beads[k];
            int i = b.HindiStart + b.HindiCount, j = b.EnglishStart + b.EnglishCount;
            if (hPara[i] < 0 || ePara[j] < 0)
            {
                continue;
            }

            int hEnd = hPara[i], eEnd = ePara[j];
            Close(groupStart, k + 1, hp, hEnd, ep, eEnd);
            groupStart = k + 1;
            hp = hEnd;
            ep = eEnd;
        }

        return new SentenceAlignment(
            new AlignmentResult(hindi, english, paragraphs, evidence),
            new AlignmentResult(hindiSentences, englishSentences, sentences),
            parents);

        // The sentence beads [from, to) cover Hindi paragraphs [h0, h1) and English paragraphs [e0, e1).
        void Close(int from, int to, int h0, int h1, int e0, int e1)
        {
            CloseGroup(from, to, h0, h1, e0, e1);

            // What the group wrote is put back: null beads are made only for its own paragraphs.
            for (int k = from; k < to; k++)
            {
                var s = beads[k];
                if (!s.IsPair)
                {
                    NullScore(s) = 1.0;
                }
            }

            hindiNullBead.AsSpan(h0, h1 - h0).Fill(-1);
            englishNullBead.AsSpan(e0, e1 - e0).Fill(-1);
        }

        // The least sure null sentence score of the paragraph of null sentence bead s.
        ref double NullScore(Bead s) => ref s.HindiCount > 0 ? ref hindiNullScore[hOf[s.HindiStart]] : ref englishNullScore[eOf[s.EnglishStart]];

        void CloseGroup(int from, int to, int h0, int h1, int e0, int e1)
        {
            // The least sure null sentence of each paragraph of the group, in one pass.
            for (int k = from; k < to; k++)
            {
                var s = beads[k];
                if (!s.IsPair)
                {
                    ref double least = ref NullScore(s);
                    least = Math.Min(least, s.Score);
                }
            }

            int firstPair = -1, lastPair = -1;
            for (int k = from; k < to; k++)
            {
                if (beads[k].IsPair)
                {
                    firstPair = firstPair < 0 ? k : firstPair;
                    lastPair = k;
                }
            }

            if (firstPair < 0)
            {
                for (int p = h0; p < h1; p++)
                {
                    hindiNullBead[p] = AddNull(p, 1, e0, 0);
                }

                for (int q = e0; q < e1; q++)
                {
                    englishNullBead[q] = AddNull(h1, 0, q, 1);
                }

                Place(from, to, -1);
                return;
            }

            // Paragraphs at the group's edges that no sentence pair reaches are null beads of their own.
            var fp = beads[firstPair];
            var lp = beads[lastPair];
            int ph0 = h0, pe0 = e0, ph1 = h1, pe1 = e1;
            while (ph0 < h1 - 1 && hindiFirst[ph0 + 1] <= fp.HindiStart && !Continues(hindiContinues, ph0 + 1))
            {
                ph0++;
            }

            while (pe0 < e1 - 1 && englishFirst[pe0 + 1] <= fp.EnglishStart && !Continues(englishContinues, pe0 + 1))
            {
                pe0++;
            }

            while (ph1 > ph0 + 1 && hindiFirst[ph1 - 1] >= lp.HindiStart + lp.HindiCount && !Continues(hindiContinues, ph1 - 1))
            {
                ph1--;
            }

            while (pe1 > pe0 + 1 && englishFirst[pe1 - 1] >= lp.EnglishStart + lp.EnglishCount && !Continues(englishContinues, pe1 - 1))
            {
                pe1--;
            }

            for (int p = h0; p < ph0; p++)
            {
                hindiNullBead[p] = AddNull(p, 1, e0, 0);
            }

            for (int q = e0; q < pe0; q++)
            {
                englishNullBead[q] = AddNull(ph0, 0, q, 1);
            }

            double raw = 0;
            // Only --explain reads the matched keys and the sentence links.
            var matched = evidence is null ? null : new List<string>();
            var links = evidence is null ? null : new List<string>();
            double z = 0, length = 0, anchors = 0, prior = 0;
            for (int k = from; k < to; k++)
            {
                var s = beads[k];
                if (!s.IsPair)
                {
                    continue;
                }

                raw += model.Score(s.HindiStart, s.HindiCount, s.EnglishStart, s.EnglishCount);
                if (evidence is not null)
                {
                    var e = model.Explain(s.HindiStart, s.HindiCount, s.EnglishStart, s.EnglishCount);
                    length += e.LengthTerm;
                    anchors += e.AnchorTerm;
                    prior += e.Prior;
                    z = Math.Max(z, Math.Abs(e.LengthZ));
                    matched!.AddRange(e.Matched);
                    links!.Add($"s{Range(s.HindiStart, s.HindiCount)}~s{Range(s.EnglishStart, s.EnglishCount)}");
                }
            }

            int pairIndex = paragraphs.Count;
            paragraphs.Add(new Bead(ph0, ph1 - ph0, pe0, pe1 - pe0, Bead.Confidence(raw, slope)));
            evidence?.Add(new BeadEvidence(raw, z, length, anchors, prior, matched!, [], []) { SentenceLinks = links! });

            for (int p = ph1; p < h1; p++)
            {
                hindiNullBead[p] = AddNull(p, 1, pe1, 0);
            }

            for (int q = pe1; q < e1; q++)
            {
                englishNullBead[q] = AddNull(h1, 0, q, 1);
            }

            Place(from, to, pairIndex);
        }

        // Each sentence bead of the group [from, to) goes to the paragraph bead that holds it: the
        // null bead of its paragraph where there is one, else the group's pair bead; in the
        // paragraph beads' order (null beads of different sides commute, so order is kept).
        void Place(int from, int to, int pairIndex)
        {
            // Sorted by parent, then by bead (each key the parent above the bead's index: unique,
            // so the order is that of a stable sort by parent, the beads in their order).
            order.Clear();
            for (int k = from; k < to; k++)
            {
                var s = beads[k];
                int nullBead = s.IsPair ? -1 : s.HindiCount > 0 ? hindiNullBead[hOf[s.HindiStart]] : englishNullBead[eOf[s.EnglishStart]];
                int parent = nullBead >= 0 ? nullBead : pairIndex;
                order.Add(((long)parent << 32) + k);
            }

            var sorted = CollectionsMarshal.AsSpan(order);
            sorted.Sort();
            foreach (long key in sorted)
            {
                int k = (int)(key & uint.MaxValue);
                AddSentence(beads[k]);
                parents.Add((int)(key >> 32));
            }
        }

        // A sentence bead in its new place: the empty side of a null bead starts where the other
        // beads have come to (null beads of different sides may have changed places).
        void AddSentence(Bead b)
        {
            sentences.Add(b.HindiCount == 0 ? b with { HindiStart = sentenceHindi } : b.EnglishCount == 0 ? b with { EnglishStart = sentenceEnglish } : b);
            sentenceHindi += b.HindiCount;
            sentenceEnglish += b.EnglishCount;
        }

        // A null paragraph bead, as sure as the least sure of its sentences' null beads.
        int AddNull(int h, int hn, int e, int en)
        {
            paragraphs.Add(new Bead(h, hn, e, en, hn > 0 ? hindiNullScore[h] : englishNullScore[e]));
            evidence?.Add(BeadEvidence.None);
            return paragraphs.Count - 1;
        }
    }

    /// <summary>
    /// The beads with each run of null beads between two pairs put in the order that lets a group
    /// close wherever both pages can break: null beads of different sides commute, but the order
    /// the search happened to leave them in (three Hindi nulls, then two English ones) can walk
    /// past the one place where both pages break, gluing two paragraph pairs into one bead. In a
    /// run, each page goes on to its next paragraph break in turn, the page that is not at a break
    /// first.
    /// </summary>
    public static List<Bead> OrderNulls(IReadOnlyList<Bead> beads, Break[] hindiBreaks, Break[] englishBreaks)
    {
        return NullRuns.Rewrite(beads, (k, end, result) =>
        {
            int i = beads[k].HindiStart, j = beads[k].EnglishStart;
            var hindiScores = new List<double>();
            var englishScores = new List<double>();
            for (int r = k; r < end; r++)
            {
                (beads[r].HindiCount > 0 ? hindiScores : englishScores).Add(beads[r].Score);
            }

            int i1 = i + hindiScores.Count, j1 = j + englishScores.Count, hs = 0, es = 0;
            while (i < i1 || j < j1)
            {
                bool hindiAtBreak = hindiBreaks[i] == Break.Paragraph, englishAtBreak = englishBreaks[j] == Break.Paragraph;
                bool hindi = i < i1 && (!hindiAtBreak || englishAtBreak || j == j1);
                if (hindi)
                {
                    do
                    {
                        result.Add(new Bead(i++, 1, j, 0, hindiScores[hs++]));
                    }
                    while (i < i1 && hindiBreaks[i] != Break.Paragraph);
                }
                else
                {
                    do
                    {
                        result.Add(new Bead(i, 0, j++, 1, englishScores[es++]));
                    }
                    while (j < j1 && englishBreaks[j] != Break.Paragraph);
                }
            }
        });
    }

    private static bool Continues(bool[]? continues, int p) => continues is not null && p < continues.Length && continues[p];

    /// <summary>
    /// For each sentence position, the paragraph that starts there, or -1 inside a paragraph or
    /// where a line goes on with the one before (a group never closes there: the two stay together).
    /// </summary>
    private static int[] ParagraphOf(int[] first, bool[]? continues)
    {
        var map = new int[first[^1] + 1];
        Array.Fill(map, -1);
        for (int p = first.Length - 1; p >= 0; p--)
        {
            map[first[p]] = continues is not null && p < continues.Length && continues[p] ? -1 : p;
        }

        return map;
    }

    /// <summary>For each sentence, the paragraph it lies in.</summary>
    private static int[] SentenceToParagraph(int[] first)
    {
        var map = new int[first[^1]];
        for (int p = 0; p + 1 < first.Length; p++)
        {
            for (int k = first[p]; k < first[p + 1]; k++)
            {
                map[k] = p;
            }
        }

        return map;
    }

    private static string Range(int start, int count) => count == 1 ? $"{start}" : $"{start}-{start + count - 1}";
}
