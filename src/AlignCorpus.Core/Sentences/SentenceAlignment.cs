using AlignCorpus.Core.Alignment;

namespace AlignCorpus.Core.Sentences;

/// <summary>
/// The sentence alignment of an article pair, made inside its paragraph alignment. Its units are
/// sentences numbered across the document (0-based, in order); every sentence bead lies inside
/// one paragraph bead, and the beads cover every sentence of both sides once, in order.
/// </summary>
public sealed class SentenceAlignment
{
    public SentenceAlignment(AlignmentResult paragraphs, AlignmentResult sentences, IReadOnlyList<int> paragraphBead)
    {
        Paragraphs = paragraphs;
        Sentences = sentences;
        ParagraphBead = paragraphBead;
    }

    /// <summary>The paragraph alignment the sentences were aligned inside.</summary>
    public AlignmentResult Paragraphs { get; }

    /// <summary>The sentence beads; its articles' units are the sentences.</summary>
    public AlignmentResult Sentences { get; }

    /// <summary>
    /// When asked for (<c>paragraphDp</c> of <see cref="SentenceAligner.Align(Loading.Article, Loading.Article, bool, bool, bool)"/>):
    /// the paragraph-by-paragraph DP of the same pair, on paragraph features built from the
    /// sentences' and linked with the document's matches (no second analysis or dictionary
    /// lookup; null beads without a confidence); with the paragraph method, the paragraph
    /// alignment itself. What a document verdict is judged on.
    /// </summary>
    public AlignmentResult? ParagraphDp { get; init; }

    /// <summary>What the searches behind this alignment cost (article, quick pass, inside paragraph pairs), and whether one was bounded.</summary>
    public SearchStats Search { get; init; }

    /// <summary>For each sentence bead, the index of the paragraph bead it lies in.</summary>
    public IReadOnlyList<int> ParagraphBead { get; }

    /// <summary>
    /// Sentences left unaligned inside a paragraph pair (a sentence one translation added or
    /// dropped, or a caption glued to a paragraph), as opposed to those of unaligned paragraphs.
    /// </summary>
    public int UnalignedInsidePairs
    {
        get
        {
            int n = 0;
            for (int k = 0; k < Sentences.Beads.Count; k++)
            {
                var b = Sentences.Beads[k];
                if (!b.IsPair && Paragraphs.Beads[ParagraphBead[k]].IsPair)
                {
                    n += b.HindiCount + b.EnglishCount;
                }
            }

            return n;
        }
    }
}
