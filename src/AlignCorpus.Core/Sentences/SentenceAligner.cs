using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Sentences;

/// <summary>
/// Aligns sentences inside the paragraph beads of an alignment: each side's paragraphs are cut
/// by <see cref="SentenceSplitter"/>, then the sentences of every paragraph pair are aligned by
/// the same dynamic programme and cost model as paragraphs (beads 0-1 ... 2-2), with a pair
/// prior that says two sentences of paired paragraphs are likely translations. The sentences
/// of an unaligned paragraph stay unaligned. A 1-1 paragraph pair of one sentence a side is its
/// own sentence pair, with the paragraph's score, and is not aligned again.
/// </summary>
public sealed class SentenceAligner
{
    /// <summary>
    /// The sentence-level settings: the paragraph defaults but for a pair prior of +1 (inside a
    /// paragraph pair, two sentences are translations unless evidence says no), a merge prior of
    /// -0.3 (a sentence one side splits in two is common), and 1-3/3-1 beads anywhere (one long
    /// sentence against three short ones); chosen on the dev sentence pairs, see docs/ARCHITECTURE.md.
    /// </summary>
    public static AlignerOptions DefaultOptions { get; } = AlignerOptions.Default with
    {
        PairPrior = 1.0,
        MergePrior = -0.3,
        HeadBeadMax = 3,
        HeadRegion = int.MaxValue,
    };

    private readonly Aligner _aligner;

    /// <param name="paragraphAligner">The paragraph aligner: its analyser (and word cache) and dictionary are shared.</param>
    /// <param name="options">Sentence-level settings; null for <see cref="DefaultOptions"/>.</param>
    public SentenceAligner(Aligner paragraphAligner, AlignerOptions? options = null)
    {
        _aligner = paragraphAligner.With(options ?? DefaultOptions with { MaxBead = Math.Min(2, paragraphAligner.Options.MaxBead) });
    }

    /// <summary>Cuts both articles of <paramref name="paragraphs"/> into sentences and aligns them inside its beads.</summary>
    public SentenceAlignment Align(AlignmentResult paragraphs)
    {
        var hindi = Split(paragraphs.Hindi, out int[] hiFirst);
        var english = Split(paragraphs.English, out int[] enFirst);
        var beads = new List<Bead>(hindi.Count + english.Count);
        var parents = new List<int>(beads.Capacity);
        var tokens = new List<Token>();
        for (int k = 0; k < paragraphs.Beads.Count; k++)
        {
            var p = paragraphs.Beads[k];
            int h0 = hiFirst[p.HindiStart], h1 = hiFirst[p.HindiStart + p.HindiCount];
            int e0 = enFirst[p.EnglishStart], e1 = enFirst[p.EnglishStart + p.EnglishCount];
            int before = beads.Count;
            if (!p.IsPair)
            {
                // An unaligned paragraph's sentences are unaligned, as sure as the paragraph is.
                for (int i = h0; i < h1; i++)
                {
                    beads.Add(new Bead(i, 1, e0, 0, p.Score));
                }

                for (int j = e0; j < e1; j++)
                {
                    beads.Add(new Bead(h1, 0, j, 1, p.Score));
                }
            }
            else if (h1 - h0 == 1 && e1 - e0 == 1)
            {
                beads.Add(new Bead(h0, 1, e0, 1, p.Score));
            }
            else
            {
                var hf = Analyze(hindi, h0, h1, Language.Hindi, tokens);
                var ef = Analyze(english, e0, e1, Language.English, tokens);
                var model = new CostModel(_aligner.Options, hf, ef, AnchorLinks.Build(hf, ef, _aligner.Lexicon));
                foreach (var b in _aligner.Align(model, h1 - h0, e1 - e0))
                {
                    beads.Add(b with { HindiStart = b.HindiStart + h0, EnglishStart = b.EnglishStart + e0 });
                }
            }

            for (int n = before; n < beads.Count; n++)
            {
                parents.Add(k);
            }
        }

        return new SentenceAlignment(paragraphs, new AlignmentResult(hindi, english, beads), parents);
    }

    /// <summary>
    /// The sentences of an article as an article of their own: numbered across the document,
    /// each with its paragraph's line; <paramref name="first"/>[p] is the first sentence of
    /// paragraph p (and [count] the number of sentences). The cut is made on the text as the
    /// file has it, so each sentence's original form is a piece of its paragraph's.
    /// </summary>
    public static Article Split(Article article, out int[] first)
    {
        first = new int[article.Count + 1];
        var units = new List<Unit>(article.Count * 2);
        for (int p = 0; p < article.Count; p++)
        {
            first[p] = units.Count;
            var u = article.Units[p];
            var ranges = SentenceSplitter.Split(u.Original);
            if (ranges.Count == 1)
            {
                units.Add(u with { Index = units.Count });
                continue;
            }

            foreach (var r in ranges)
            {
                units.Add(ArticleLoader.MakeUnit(units.Count, u.Original[r], u.Line));
            }
        }

        first[article.Count] = units.Count;
        return new Article(article.Source, units, article.Script);
    }

    private UnitFeatures[] Analyze(Article sentences, int from, int to, Language language, List<Token> tokens)
    {
        var features = new UnitFeatures[to - from];
        for (int i = from; i < to; i++)
        {
            features[i - from] = _aligner.Extractor.Analyze(sentences.Units[i].Text, language, tokens);
        }

        return features;
    }
}
