using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;

namespace AlignCorpus.Core.Tests.Sentences;

/// <summary>What every sentence alignment must be, however it was made.</summary>
internal static class SentenceBeadChecks
{
    /// <summary>
    /// Sentence beads cover every sentence of both sides once, in order; each lies in its paragraph
    /// bead (its sentences come from that bead's lines); scores lie in [0, 1]; the sentences of an
    /// unaligned paragraph stay unaligned; paragraph beads are referred to in order.
    /// </summary>
    public static void CoverEverySentenceInsideTheirParagraphBeads(SentenceAlignment s, Article hi, Article en)
    {
        int sh = 0, se = 0;
        for (int k = 0; k < s.Sentences.Beads.Count; k++)
        {
            var b = s.Sentences.Beads[k];
            var p = s.Paragraphs.Beads[s.ParagraphBead[k]];
            b.HindiStart.Should().Be(sh);
            b.EnglishStart.Should().Be(se);
            b.Score.Should().BeInRange(0, 1);
            for (int i = b.HindiStart; i < b.HindiStart + b.HindiCount; i++)
            {
                s.Sentences.Hindi.Units[i].Line.Should().BeInRange(hi.Units[p.HindiStart].Line, hi.Units[p.HindiStart + p.HindiCount - 1].Line);
            }

            for (int j = b.EnglishStart; j < b.EnglishStart + b.EnglishCount; j++)
            {
                s.Sentences.English.Units[j].Line.Should().BeInRange(en.Units[p.EnglishStart].Line, en.Units[p.EnglishStart + p.EnglishCount - 1].Line);
            }

            if (!p.IsPair)
            {
                b.IsPair.Should().BeFalse("an unaligned paragraph's sentences stay unaligned");
            }

            sh += b.HindiCount;
            se += b.EnglishCount;
        }

        sh.Should().Be(s.Sentences.Hindi.Count);
        se.Should().Be(s.Sentences.English.Count);
        s.ParagraphBead.Should().BeInAscendingOrder();
    }
}
