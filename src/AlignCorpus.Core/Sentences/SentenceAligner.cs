using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Sentences;

/// <summary>
/// Aligns an article pair by its sentences. By default (<see cref="Align(Article, Article, bool, bool, bool)"/>):
/// each side's paragraphs are cut by <see cref="SentenceSplitter"/>, the sentences of the whole
/// article are aligned in one dynamic programme (<see cref="ArticleOptions"/>: paragraph breaks
/// are evidence, not walls), leftovers are paired (<see cref="Leftovers"/>), the sentence beads
/// are grouped into paragraph beads of any size (<see cref="ParagraphGrouping"/>), and, for
/// sentence pairs, the sentences of every paragraph pair are aligned again inside it with
/// sentence-level settings (<see cref="DefaultOptions"/>) and cut where the other page cuts
/// (<see cref="GuidedSplit"/>). The sentences of an unaligned paragraph stay unaligned.
/// </summary>
/// <remarks>
/// With <c>acrossParagraphs: false</c> (the method of 0.2), paragraphs are aligned first with
/// features built from the sentences' (<see cref="FeatureExtractor.Merge"/>), then sentences
/// inside the paragraph pairs.
/// </remarks>
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

    /// <summary>The anchor matches of the article pair being aligned, one per thread, reused.</summary>
    [ThreadStatic]
    private static KeyMatches? _matches;

    private readonly Aligner _paragraphs;
    private readonly Aligner _sentences;
    private readonly Aligner _article;
    private readonly bool _acrossParagraphs;

    /// <param name="paragraphAligner">The paragraph aligner: its analyser (and word cache) and dictionary are shared.</param>
    /// <param name="options">Settings of sentences inside paragraph pairs; null for <see cref="DefaultOptions"/>.</param>
    /// <param name="articleOptions">Settings of sentences across the article; null for <see cref="ArticleOptions"/>.</param>
    /// <param name="acrossParagraphs">
    /// True (the default): align sentences across the whole article and group them into paragraph
    /// beads. False: align paragraphs first (beads up to the paragraph aligner's maximum), then
    /// sentences inside each paragraph pair (the method of version 0.2, kept for comparison).
    /// </param>
    public SentenceAligner(Aligner paragraphAligner, AlignerOptions? options = null, AlignerOptions? articleOptions = null, bool acrossParagraphs = true)
    {
        _paragraphs = paragraphAligner;
        _sentences = paragraphAligner.With(options ?? DefaultOptions with { MaxBead = Math.Min(2, paragraphAligner.Options.MaxBead) });
        _article = paragraphAligner.With(articleOptions ?? ArticleOptions);
        _acrossParagraphs = acrossParagraphs;
    }

    /// <summary>
    /// The settings of the alignment of sentences across a whole article: the paragraph defaults
    /// (a pair must be earned: noise stays out), merges paid by the units that bring nothing new
    /// (<see cref="AlignerOptions.MergeEvidence"/>: a desk cuts and joins sentences), 1-k and
    /// k-1 beads up to 6 of short lines anywhere (a table row against its cells, a headline
    /// against its title and subtitles), and the paragraph breaks of both pages
    /// as evidence (<see cref="AlignerOptions.BoundaryAgree"/>); see docs/ARCHITECTURE.md.
    /// </summary>
    public static AlignerOptions ArticleOptions { get; } = AlignerOptions.Default with
    {
        MergePrior = -1.5,
        MergeEvidence = 1.0,
        HeadBeadMax = 6,
        HeadRegion = int.MaxValue,
        BoundaryAgree = 0.6,
        BoundaryMismatch = 0.1,
        AdaptiveBoundaries = true,
        LeftoverFloor = -1.5,
        MaxMergeLogRatio = 1.5,
        MaxLineForMany = 150,
        MinBand = 8,
        CutLines = true,
    };

    /// <summary>
    /// Aligns an article pair: the sentences of both pages are aligned across the whole article
    /// (paragraph breaks count as evidence, not walls), and the paragraph beads are the finest
    /// groups of paragraphs whose two sides hold the same aligned sentences (<see cref="ParagraphGrouping"/>).
    /// So paragraph beads of any size (a desk's 1-4 or 3-2) come from the content, and the
    /// sentence pairs come from the same alignment.
    /// </summary>
    /// <param name="hindi">The Hindi article.</param>
    /// <param name="english">The English article.</param>
    /// <param name="explain">Keep each paragraph bead's evidence.</param>
    /// <param name="sentencePairs">
    /// Also align the sentences inside each paragraph pair again with the sentence settings
    /// (<see cref="DefaultOptions"/>: inside a pair, sentences are translations unless evidence
    /// says no), for sentence pairs; false when only paragraph pairs are wanted (the sentence
    /// beads are then those of the article-wide alignment, or, with the paragraph method, the
    /// paragraph beads themselves: nothing is cut into sentences).
    /// </param>
    /// <param name="paragraphDp">
    /// Also run the paragraph DP (<see cref="SentenceAlignment.ParagraphDp"/>) for a document
    /// verdict: with the article-wide method, on paragraph features merged from the sentences'
    /// and the document's anchor matches (<see cref="AnchorLinks.Within"/>), its null beads left
    /// without a confidence (a verdict counts pair beads only).
    /// </param>
    public SentenceAlignment Align(Article hindi, Article english, bool explain = false, bool sentencePairs = true, bool paragraphDp = false)
    {
        if (!_acrossParagraphs && !sentencePairs)
        {
            // The paragraph DP alone, on paragraphs analysed whole (the same beads: Tune --parity):
            // no sentence is cut or aligned when only paragraph pairs are wanted.
            var alone = _paragraphs.Align(hindi, english, explain);
            return new SentenceAlignment(alone, alone, [.. Enumerable.Range(0, alone.Beads.Count)]) { Search = alone.Search, ParagraphDp = alone };
        }

        bool cuts = _acrossParagraphs && _article.Options.CutLines;
        var hs = Sentences.Of(hindi, Language.Hindi, _paragraphs.Extractor, cuts);
        var es = Sentences.Of(english, Language.English, _paragraphs.Extractor, cuts);
        var matches = _matches ??= new KeyMatches();
        if (!_acrossParagraphs)
        {
            var paragraphs = _paragraphs.Align(hindi, english, hs.Paragraphs, es.Paragraphs, explain, matches);
            var inside0 = AlignInside(paragraphs, hs, es, matches, paragraphs.Search);
            return new SentenceAlignment(inside0.Paragraphs, inside0.Sentences, inside0.ParagraphBead) { Search = inside0.Search, ParagraphDp = paragraphs };
        }

        var links = AnchorLinks.Build(hs.Features, es.Features, _paragraphs.Lexicon, sentencePairs || paragraphDp ? matches : null);
        AlignmentResult? check = null;
        if (paragraphDp)
        {
            // Paragraph features from the sentences' and the document's matches: the paragraphs
            // are not analysed, looked up in the dictionary or matched fuzzily a second time.
            var hp = hs.Paragraphs;
            var ep = es.Paragraphs;
            check = _paragraphs.Align(hindi, english, hp, ep, AnchorLinks.Within(hp, ep, matches), explain: false, pairsOnly: true);
        }

        var hindiBreaks = hs.Breaks();
        var englishBreaks = es.Breaks();
        var model = new CostModel(_article.Options, hs.Features, es.Features, links, hindiBreaks, englishBreaks);
        var search = default(SearchStats);
        if (_article.Options.AdaptiveBoundaries)
        {
            // How often do the pairs of a quick first pass (1-1 beads only) start or end where
            // only one page breaks? Pages that keep the same paragraphs almost never do; a desk
            // that re-cuts often does. The real pass charges a mismatch what that rate says it is worth.
            // A long article is measured on its first QuickSentences sentences (and as many of
            // the other page's as the lengths imply): a rate needs no more.
            var quick = _article.With(_article.Options with { MaxBead = 1, HeadBeadMax = 1 });
            int n = hs.Article.Count, m = es.Article.Count;
            int qn = Math.Min(n, QuickSentences), qm = n <= QuickSentences ? m : (int)Math.Min(m, (long)QuickSentences * m / Math.Max(1, n));
            double rate = MismatchRate(quick.Align(model, qn, qm, confidence: false, out var quickStats), hindiBreaks, englishBreaks);
            search += quickStats;
            double penalty = Math.Clamp(Math.Log((1 - rate) / rate), _article.Options.BoundaryMismatch, MaxMismatchPenalty);
            model = model.WithPriors(_article.Options with { BoundaryMismatch = penalty });
        }

        var beads = _article.Align(model, hs.Article.Count, es.Article.Count, out var articleStats);
        search += articleStats;
        if (!double.IsPositiveInfinity(_article.Options.LeftoverFloor))
        {
            beads = Leftovers.Pair(beads, model, hindiBreaks, englishBreaks, _article.Options.LeftoverFloor, _article.Options.ConfidenceSlope);
        }

        beads = ParagraphGrouping.OrderNulls(beads, hindiBreaks, englishBreaks);
        var grouped = ParagraphGrouping.Group(hindi, english, hs.Article, es.Article, hs.First, es.First, beads, model, explain, hs.Continues, es.Continues, _article.Options.ConfidenceSlope);
        if (!sentencePairs)
        {
            return new SentenceAlignment(grouped.Paragraphs, grouped.Sentences, grouped.ParagraphBead) { Search = search, ParagraphDp = check };
        }

        // Sentences the splitter could not cut, cut where the other page does (GuidedSplit).
        var inside = AlignInside(grouped.Paragraphs, hs, es, matches, search);
        var (h, e, b, p) = GuidedSplit.Apply(inside.Sentences.Hindi, inside.Sentences.English, inside.Sentences.Beads, inside.ParagraphBead);
        return new SentenceAlignment(inside.Paragraphs, new AlignmentResult(h, e, b), p) { Search = inside.Search, ParagraphDp = check };
    }

    /// <summary>How many sentences of a page the quick pass that measures the mismatch rate reads at most.</summary>
    private const int QuickSentences = 500;

    /// <summary>The most a bead end where one page breaks and the other runs on can cost.</summary>
    private const double MaxMismatchPenalty = 2.0;

    /// <summary>
    /// Among the ends of sentence pairs where at least one page has a paragraph break, the share
    /// where only one has (smoothed: one agreeing and one mismatching end added).
    /// </summary>
    private static double MismatchRate(IReadOnlyList<Bead> beads, Break[] hindiBreaks, Break[] englishBreaks)
    {
        int agree = 1, mismatch = 1;
        foreach (var b in beads)
        {
            if (!b.IsPair)
            {
                continue;
            }

            Count(hindiBreaks[b.HindiStart], englishBreaks[b.EnglishStart]);
            Count(hindiBreaks[b.HindiStart + b.HindiCount], englishBreaks[b.EnglishStart + b.EnglishCount]);
        }

        return (double)mismatch / (agree + mismatch);

        void Count(Break h, Break e)
        {
            switch (CostModel.Classify(h, e))
            {
                case BreakAgreement.Agree:
                    agree++;
                    break;
                case BreakAgreement.Mismatch:
                    mismatch++;
                    break;
            }
        }
    }

    /// <summary>Cuts both articles of an existing paragraph alignment into sentences and aligns them inside its beads.</summary>
    public SentenceAlignment Align(AlignmentResult paragraphs)
    {
        var hs = Sentences.Of(paragraphs.Hindi, Language.Hindi, _paragraphs.Extractor);
        var es = Sentences.Of(paragraphs.English, Language.English, _paragraphs.Extractor);
        var matches = _matches ??= new KeyMatches();
        AnchorLinks.Build(hs.Paragraphs, es.Paragraphs, _paragraphs.Lexicon, matches);
        return AlignInside(paragraphs, hs, es, matches, paragraphs.Search);
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
        var ranges = _ranges ??= [];
        for (int p = 0; p < article.Count; p++)
        {
            first[p] = units.Count;
            var u = article.Units[p];
            SentenceSplitter.Split(u.Original, ranges);
            if (ranges.Count <= 1)
            {
                units.Add(u with { Index = units.Count });
                continue;
            }

            // A piece of a paragraph already in NFC, cut at a sentence end, is in NFC too.
            bool normal = u.Original == u.Text;
            foreach (var r in ranges)
            {
                string piece = u.Original[r];
                units.Add(normal ? new Unit(units.Count, piece, u.Line) : ArticleLoader.MakeUnit(units.Count, piece, u.Line));
            }
        }

        first[article.Count] = units.Count;
        return new Article(article.Source, units, article.Script);
    }

    /// <summary>The sentence ranges of the paragraph being cut, one list per thread.</summary>
    [ThreadStatic]
    private static List<Range>? _ranges;

    private SentenceAlignment AlignInside(AlignmentResult paragraphs, Sentences hs, Sentences es, KeyMatches matches, SearchStats search)
    {
        var beads = new List<Bead>(hs.Article.Count + es.Article.Count);
        var parents = new List<int>(beads.Capacity);
        for (int k = 0; k < paragraphs.Beads.Count; k++)
        {
            var p = paragraphs.Beads[k];
            int h0 = hs.First[p.HindiStart], h1 = hs.First[p.HindiStart + p.HindiCount];
            int e0 = es.First[p.EnglishStart], e1 = es.First[p.EnglishStart + p.EnglishCount];
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
                var hf = hs.Features[h0..h1];
                var ef = es.Features[e0..e1];
                var model = new CostModel(_sentences.Options, hf, ef, AnchorLinks.Within(hf, ef, matches));
                var inside = _sentences.Align(model, h1 - h0, e1 - e0, out var stats);
                foreach (var b in inside)
                {
                    beads.Add(b with { HindiStart = b.HindiStart + h0, EnglishStart = b.EnglishStart + e0 });
                }

                search += stats;
            }

            for (int n = before; n < beads.Count; n++)
            {
                parents.Add(k);
            }
        }

        return new SentenceAlignment(paragraphs, new AlignmentResult(hs.Article, es.Article, beads), parents) { Search = search };
    }

    /// <summary>
    /// One side's sentences, where each paragraph's start, and their features; and each
    /// paragraph's features, from its sentences' (<see cref="FeatureExtractor.Merge"/>).
    /// </summary>
    private sealed record Sentences(Article Article, int[] First, UnitFeatures[] Features, bool[] Continues, UnitFeatures[] Paragraphs)
    {
        public static Sentences Of(Article paragraphs, Language language, FeatureExtractor extractor, bool cutLines = false)
        {
            var article = Split(paragraphs, out int[] first);
            var continues = new bool[paragraphs.Count];
            for (int p = 1; cutLines && p < paragraphs.Count; p++)
            {
                continues[p] = LineShape.ContinuesPrevious(paragraphs.Units[p - 1].Text, paragraphs.Units[p].Text);
            }

            var features = extractor.Analyze(article, language, first, paragraphs, out var merged);
            return new Sentences(article, first, features, continues, merged);
        }

        /// <summary>
        /// For each sentence position 0..count, the break before it (count: the end): a paragraph
        /// break, or a cut where a line goes on with the one before (<see cref="LineShape.ContinuesPrevious"/>).
        /// </summary>
        public Break[] Breaks()
        {
            var breaks = new Break[Article.Count + 1];
            for (int p = First.Length - 1; p >= 0; p--)
            {
                breaks[First[p]] = p < Continues.Length && Continues[p] ? Break.Cut : Break.Paragraph;
            }

            return breaks;
        }
    }
}
