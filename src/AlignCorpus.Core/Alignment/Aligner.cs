using System.Buffers;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Alignment;

/// <summary>
/// Monotone alignment by dynamic programming over beads 0-1, 1-0 and 1-1 ... N-N (N =
/// <see cref="AlignerOptions.MaxBead"/>), maximising the sum of bead scores of the
/// <see cref="CostModel"/>; null beads score 0. The search runs in a band around the diagonal
/// that covers the whole table for articles of ordinary size.
/// </summary>
public sealed class Aligner
{
    private readonly AlignerOptions _options;
    private readonly FeatureExtractor _extractor;
    private readonly Lexicon? _lexicon;
    private readonly double _surelyLonger;
    private readonly double _surelyShorter;

    /// <param name="options">Cost model and search settings; null for the defaults.</param>
    /// <param name="lexicon">A bilingual dictionary for content words, or null to run without one.</param>
    /// <param name="gazetteer">Entity and date concepts; null for the built-in gazetteer.</param>
    public Aligner(AlignerOptions? options = null, Lexicon? lexicon = null, Gazetteer? gazetteer = null)
    {
        _options = options ?? AlignerOptions.Default;
        _lexicon = lexicon is { Count: > 0 } ? lexicon : null;
        _extractor = new FeatureExtractor(gazetteer, dictionaryStems: _lexicon is not null);
        Validate(_options);
        (_surelyLonger, _surelyShorter) = RatioLimits(_options);
    }

    private Aligner(AlignerOptions options, FeatureExtractor extractor, Lexicon? lexicon)
    {
        _options = options;
        _extractor = extractor;
        _lexicon = lexicon;
        (_surelyLonger, _surelyShorter) = RatioLimits(options);
    }

    /// <summary>
    /// Length ratios ((English + 1) / (Hindi + 1)) beyond which a bead's log ratio is surely above
    /// <see cref="AlignerOptions.MaxMergeLogRatio"/> (or below its opposite): the limits widened by
    /// far more than the logarithm's rounding, so a ratio past one is refused without a logarithm
    /// exactly where the logarithm would refuse it (ratios between are decided by the logarithm).
    /// A negative limit (which refuses beads on either side of 1) is left to the logarithm.
    /// </summary>
    internal static (double Longer, double Shorter) RatioLimits(AlignerOptions options) =>
        options.MaxMergeLogRatio >= 0
            ? (Math.Exp(options.MaxMergeLogRatio) * (1 + 1e-9), Math.Exp(-options.MaxMergeLogRatio) * (1 - 1e-9))
            : (double.PositiveInfinity, 0);

    /// <summary>An aligner with other settings that shares this one's analyser (and its word cache) and dictionary.</summary>
    public Aligner With(AlignerOptions options)
    {
        Validate(options);
        return new(options, _extractor, _lexicon);
    }

    /// <summary>Bead shapes are packed into a byte (3 bits a side): at most 7 units a side.</summary>
    private static void Validate(AlignerOptions options)
    {
        if (options.MaxBead is < 1 or > MaxBeadLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxBead must be between 1 and 6.");
        }

        if (options.HeadBeadMax > HeadBeadLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "HeadBeadMax must be at most 7.");
        }
    }

    /// <summary>The settings in use.</summary>
    public AlignerOptions Options => _options;

    /// <summary>The analyser this aligner uses (shared: it caches per word).</summary>
    public FeatureExtractor Extractor => _extractor;

    /// <summary>The dictionary in use, or null.</summary>
    public Lexicon? Lexicon => _lexicon;

    /// <summary>Analyses and aligns an article pair.</summary>
    public AlignmentResult Align(Article hindi, Article english, bool explain = false) =>
        Align(hindi, english, _extractor.Analyze(hindi, Language.Hindi), _extractor.Analyze(english, Language.English), explain);

    /// <summary>
    /// Aligns an article pair whose units are already analysed (one <see cref="UnitFeatures"/> per
    /// unit); <paramref name="matches"/>, when not null, receives which anchor keys matched (see <see cref="AnchorLinks.Within"/>).
    /// </summary>
    public AlignmentResult Align(Article hindi, Article english, UnitFeatures[] hf, UnitFeatures[] ef, bool explain = false, KeyMatches? matches = null) =>
        Align(hindi, english, hf, ef, AnchorLinks.Build(hf, ef, _lexicon, matches), explain);

    /// <summary>Aligns an article pair whose units are already analysed and linked.</summary>
    public AlignmentResult Align(Article hindi, Article english, UnitFeatures[] hf, UnitFeatures[] ef, AnchorLinks links, bool explain = false) =>
        Align(hindi, english, hf, ef, links, explain, pairsOnly: false);

    /// <summary>
    /// The same; with <paramref name="pairsOnly"/>, null beads keep a score of 0 (what a document
    /// verdict needs: only pair beads count there).
    /// </summary>
    internal AlignmentResult Align(Article hindi, Article english, UnitFeatures[] hf, UnitFeatures[] ef, AnchorLinks links, bool explain, bool pairsOnly)
    {
        var model = new CostModel(_options, hf, ef, links);
        var beads = Align(model, hindi.Count, english.Count, confidence: true, out var stats, pairsOnly);
        IReadOnlyList<BeadEvidence>? evidence = explain
            ? beads.Select(b => b.IsPair ? model.Explain(b.HindiStart, b.HindiCount, b.EnglishStart, b.EnglishCount) : BeadEvidence.None).ToList()
            : null;
        return new AlignmentResult(hindi, english, beads, evidence) { Search = stats };
    }

    /// <summary>Aligns <paramref name="n"/> Hindi units with <paramref name="m"/> English units under a cost model.</summary>
    /// <remarks>
    /// The search starts in a band of half-width max(MinBand, the diagonal's step + 6) around the
    /// diagonal; when a pair of the best path lies on the band's edge (a long block lost on one
    /// side), the band is doubled and the search run again, up to the whole table, while the
    /// cells of all bands together stay within <see cref="AlignerOptions.CellBudget"/>. A search that reaches
    /// the budget with a pair still on the edge (sides of wildly different sizes, pages that
    /// share nothing) also searches a band along the chain of anchors the two sides share
    /// (<see cref="Guide"/>) and keeps the better of the two paths; it is counted as bounded in
    /// <see cref="SearchStats"/>. The first band is searched whatever its size (rows times its
    /// width: linear). Time and memory stay linear in the article length.
    /// </remarks>
    public List<Bead> Align(CostModel model, int n, int m) => Align(model, n, m, out _);

    /// <summary>The same search, with what it cost.</summary>
    public List<Bead> Align(CostModel model, int n, int m, out SearchStats stats) => Align(model, n, m, confidence: true, out stats);

    /// <summary>
    /// The same search; without <paramref name="confidence"/>, every bead's score is left 0; with
    /// <paramref name="pairsOnly"/>, null beads' (each a look at the unit's best pairing nearby) too.
    /// </summary>
    internal List<Bead> Align(CostModel model, int n, int m, bool confidence, out SearchStats stats, bool pairsOnly = false)
    {
        int step = n == 0 ? m : (m + n - 1) / n;
        int w0 = Math.Max(_options.MinBand, step + 6);
        long budget = _options.CellBudget(n, m), spent = 0;
        var beads = Widen(model, n, m, w => Band.For(n, m, w), w0, budget, ref spent, out double score, out bool bounded);
        bool guided = false;
        if (bounded)
        {
            // Give up on the diagonal: the pair is searched once more along its anchors, in a
            // band of the starting width (linear), and the better path is kept.
            var guide = Guide(model, m);
            if (guide.Count > 0)
            {
                var alongAnchors = Widen(model, n, m, w => Band.Along(n, m, guide, w), w0, Math.Max(budget, spent + ((n + 1L) * (2L * w0 + 1)) + m + 1), ref spent, out double guidedScore, out _);
                if (guidedScore > score)
                {
                    beads = alongAnchors;
                    guided = true;
                }
            }
        }

        for (int k = 0; confidence && k < beads.Count; k++)
        {
            if (!pairsOnly || beads[k].IsPair)
            {
                beads[k] = beads[k] with { Score = Confidence(model, beads[k], n, m) };
            }
        }

        stats = new SearchStats(spent, 1, bounded ? 1 : 0, guided ? 1 : 0);
        return beads;
    }

    /// <summary>
    /// Searches bands of half-width w0, 2 w0, ... (made by <paramref name="bandFor"/>) while a pair
    /// of the best path lies on the band's edge, the band is not the whole table, and the cells
    /// of all searches stay within <paramref name="budget"/>; <paramref name="bounded"/> when the
    /// budget stopped it with a pair still on the edge.
    /// </summary>
    private List<Bead> Widen(CostModel model, int n, int m, Func<int, Band> bandFor, int w0, long budget, ref long spent, out double score, out bool bounded)
    {
        int w = w0;
        var band = bandFor(w);
        while (true)
        {
            spent += band.Cells;
            var beads = Search(model, n, m, band, out bool atEdge, out score);
            bounded = false;
            if (!atEdge || w >= Math.Max(n, m))
            {
                return beads;
            }

            var wider = bandFor(w * 2);
            if (spent + wider.Cells > budget)
            {
                bounded = true;
                return beads;
            }

            w *= 2;
            band = wider;
        }
    }

    /// <summary>The most cells the searches of one alignment may fill, whatever the options say (about 9 bytes each at a time, and a microsecond or two).</summary>
    public const long MaxCells = 24_000_000;

    /// <summary>
    /// The heaviest chain of unit pairs, increasing on both sides, linked by an anchor found in
    /// one unit of the English side only (a running number, a rare name), summed over their
    /// anchors' weights: where the two sides meet when the diagonal says nothing. O(k log m) for k links.
    /// </summary>
    internal static List<(int Hindi, int English)> Guide(CostModel model, int m)
    {
        var links = model.UniqueLinks();
        links.Sort((a, b) => a.Hindi != b.Hindi ? a.Hindi.CompareTo(b.Hindi) : b.English.CompareTo(a.English));

        // Weights of the same unit pair added up.
        var points = new List<(int Hindi, int English, double Weight)>();
        foreach (var l in links)
        {
            if (points.Count > 0 && points[^1].Hindi == l.Hindi && points[^1].English == l.English)
            {
                points[^1] = points[^1] with { Weight = points[^1].Weight + l.Weight };
            }
            else
            {
                points.Add(l);
            }
        }

        // Best chain ending at each point: a Fenwick tree of prefix maxima over English units.
        // Points of one Hindi unit come in decreasing English order, so none chains onto another.
        var best = new double[points.Count];
        var from = new int[points.Count];
        var treeScore = new double[m + 1];
        var treeAt = new int[m + 1];
        Array.Fill(treeAt, -1);
        int top = -1;
        for (int k = 0; k < points.Count; k++)
        {
            var (_, j, weight) = points[k];
            double prev = 0;
            int at = -1;
            for (int x = j; x > 0; x -= x & -x)
            {
                if (treeAt[x] >= 0 && treeScore[x] > prev)
                {
                    prev = treeScore[x];
                    at = treeAt[x];
                }
            }

            best[k] = prev + weight;
            from[k] = at;
            for (int x = j + 1; x <= m; x += x & -x)
            {
                if (treeAt[x] < 0 || best[k] > treeScore[x])
                {
                    treeScore[x] = best[k];
                    treeAt[x] = k;
                }
            }

            if (top < 0 || best[k] > best[top])
            {
                top = k;
            }
        }

        var chain = new List<(int, int)>();
        for (int k = top; k >= 0; k = from[k])
        {
            chain.Add((points[k].Hindi, points[k].English));
        }

        chain.Reverse();
        return chain;
    }

    private List<Bead> Search(CostModel model, int n, int m, Band band, out bool atEdge, out double score)
    {
        // Pooled: a long article's table is a large-object allocation, and every band searched
        // (the quick pass, a widened band, the next document) would make another one.
        var table = ArrayPool<double>.Shared.Rent(band.Cells);
        var back = ArrayPool<byte>.Shared.Rent(band.Cells);
        try
        {
            var beads = Fill(model, n, m, band, table, back, out atEdge);
            score = table[band.Index(n, m)];
            return beads;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(table);
            ArrayPool<byte>.Shared.Return(back);
        }
    }

    /// <summary>Fills the table's band (every cell of it is written) and traces the best path back.</summary>
    private List<Bead> Fill(CostModel model, int n, int m, Band band, double[] score, byte[] back, out bool atEdge)
    {
        // The settings the loop reads for every cell, in locals (a field of the options is two loads).
        int maxBead = _options.MaxBead, headRegion = _options.HeadRegion, headBeadMax = _options.HeadBeadMax, maxLineForMany = _options.MaxLineForMany;
        // What the beads of each Hindi size hn (index hn) ending on a row read of their Hindi side.
        Span<HindiSide> hindi = stackalloc HindiSide[HeadBeadLimit + 1];
        for (int i = 0; i <= n; i++)
        {
            // The row's ends and the row above's, read once a row: the cells of a row are one run
            // of the table, and cell (i - 1, j) is at up + j (the first row has none above it).
            int lo = band.Lo(i), hi = band.Hi(i);
            int upLo = i > 0 ? band.Lo(i - 1) : 1, upHi = i > 0 ? band.Hi(i - 1) : 0;
            int up = i > 0 ? band.Index(i - 1, upLo) - upLo : 0;

            // The Hindi side of the beads of each size up to MaxBead ending on this row (Hindi
            // units [i - hn, i)) is the same for every cell of the row: worked out once a row.
            // A k-1 head bead's (k above MaxBead) is added when a cell of the row first asks for it.
            int hindiSizes = Math.Min(maxBead, i), hindiReady = hindiSizes;
            for (int hn = 1; hn <= hindiSizes; hn++)
            {
                hindi[hn] = HindiSideOf(model, band, i, hn);
            }

            for (int j = lo, cell = band.Index(i, lo); j <= hi; j++, cell++)
            {
                if (i == 0 && j == 0)
                {
                    score[cell] = 0;
                    continue;
                }

                double best = double.NegativeInfinity;
                byte how = 0;

                // Null beads: one unit left unaligned.
                if (j >= upLo && j <= upHi)
                {
                    double s = score[up + j];
                    if (s > best)
                    {
                        best = s;
                        how = Code(1, 0);
                    }
                }

                if (j > lo)
                {
                    double s = score[cell - 1];
                    if (s > best)
                    {
                        best = s;
                        how = Code(0, 1);
                    }
                }

                // The beads up to MaxBead a side, with what depends on the Hindi side alone (row
                // i - hn of the band, the side's length, its logarithm and its anchors' ceiling)
                // from the row's HindiSide of hn.
                for (int hn = 1; hn <= hindiSizes; hn++)
                {
                    ref readonly var side = ref hindi[hn];
                    for (int en = 1; en <= maxBead && en <= j; en++)
                    {
                        TryBead(model, score, side, i - hn, hn, j - en, en, ref best, ref how);
                    }
                }

                // A page may put a title and its subtitles (or a table row's cells) on one line
                // in one language and on several lines in the other. Beads 1-k and k-1 up to
                // HeadBeadMax are allowed where they start within HeadRegion units of the top of
                // both articles (the paragraph DP: headlines; sentences: anywhere). A side that is
                // already too long for its one unit only grows longer with k, and each unit added
                // beyond MaxBead must be short (title lines, table cells: MaxLineForMany).
                // A 1-k bead keeps its one Hindi unit at i - 1, a k-1 bead its English unit at j - 1:
                // past the head region on that side, none of them is tried (the same beads, no calls).
                // A bead whose other side starts past the head region is not tried, but the growth
                // goes on (a longer side starts nearer the top).
                bool growEnglish = i > 0 && i - 1 < headRegion, growHindi = j > 0 && j - 1 < headRegion;
                for (int k = maxBead + 1; k <= headBeadMax && (growEnglish || growHindi); k++)
                {
                    growEnglish = growEnglish && j - k >= 0 && model.EnglishLength(j - k) <= maxLineForMany
                        && (j - k >= headRegion || TryBead(model, score, hindi[1], i - 1, 1, j - k, k, ref best, ref how));
                    if (!growHindi || i - k < 0 || model.HindiLength(i - k) > maxLineForMany)
                    {
                        growHindi = false;
                    }
                    else if (i - k < headRegion)
                    {
                        for (; hindiReady < k; hindiReady++)
                        {
                            hindi[hindiReady + 1] = HindiSideOf(model, band, i, hindiReady + 1);
                        }

                        growHindi = TryBead(model, score, hindi[k], i - k, k, j - 1, 1, ref best, ref how);
                    }
                }

                score[cell] = best;
                back[cell] = how;
            }
        }

        // A path has at most n + m beads: sized once, the list never grows (a copy per doubling).
        var beads = new List<Bead>(n + m);
        int ci = n, cj = m;
        atEdge = false;
        while (ci > 0 || cj > 0)
        {
            byte how = back[band.Index(ci, cj)];
            int hn = how >> 3, en = how & 7;
            ci -= hn;
            cj -= en;
            beads.Add(new Bead(ci, hn, cj, en, 0));

            // Only a pair on the edge says the band is too narrow: a path of null beads (pages
            // that share nothing) runs along any edge and would widen the band for nothing.
            atEdge |= hn > 0 && en > 0 && ((band.Lo(ci) > 0 && cj <= band.Lo(ci) + 1) || (band.Hi(ci) < m && cj >= band.Hi(ci) - 1));
        }

        beads.Reverse();
        return beads;
    }

    /// <summary>The largest MaxBead (see <see cref="Validate"/>).</summary>
    private const int MaxBeadLimit = 6;

    /// <summary>
    /// The Hindi side of the beads of one size ending on a row of the search: the band's row where
    /// they start (its ends, and where its cell j is: RowAt + j), the side's length, its
    /// <see cref="CostModel.LogOfSpan"/> and its anchors' <see cref="CostModel.HindiCeiling"/>.
    /// </summary>
    private readonly record struct HindiSide(int RowLo, int RowHi, int RowAt, int Length, double Log, double Ceiling);

    /// <summary>The largest HeadBeadMax (see <see cref="Validate"/>).</summary>
    private const int HeadBeadLimit = 7;

    /// <summary>The Hindi side of the beads of <paramref name="hn"/> Hindi units ending on row <paramref name="i"/> (at least hn).</summary>
    private static HindiSide HindiSideOf(CostModel model, Band band, int i, int hn)
    {
        int i0 = i - hn;
        int rowLo = band.Lo(i0);
        int lh = model.HindiSpan(i0, hn);
        return new HindiSide(rowLo, band.Hi(i0), band.Index(i0, rowLo) - rowLo, lh, CostModel.LogOfSpan(lh), model.HindiCeiling(i0, hn));
    }

    /// <summary>
    /// Tries the pair bead of Hindi units [i0, i0 + hn) (their side: <paramref name="hindi"/>) and
    /// English units [j0, j0 + en), j0 at least 0; false when its larger side is already too long
    /// for the other (so a bead with more units on that side cannot do better). A bead out of the
    /// band, or skipped by its bound before its length was looked at, gives true: a longer one on
    /// that side is then tried, and skipped by its bound or refused on length, so the beads
    /// scored are the same.
    /// </summary>
    /// <remarks>Inlined into <see cref="Fill"/>: it runs for several beads of every cell, and its best and how stay in registers there.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool TryBead(CostModel model, double[] score, in HindiSide hindi, int i0, int hn, int j0, int en, ref double best, ref byte how)
    {
        if (j0 < hindi.RowLo || j0 > hindi.RowHi)
        {
            return true;
        }

        double prev = score[hindi.RowAt + j0];
        if (double.IsNegativeInfinity(prev))
        {
            return true;
        }

        // The lengths of the bead's two sides, read once for its ratio, its bound and its term.
        int lh = hindi.Length, le = model.EnglishSpan(j0, en);
        if (hn + en > 2)
        {
            // A bead whose sides' lengths are surely too far apart is refused before any bound
            // (the same answer as the check on its logarithm below, sooner): a head bead that
            // grows its already too long side stops here.
            double ratio = CostModel.LengthRatio(lh, le);
            if (ratio > _surelyLonger)
            {
                return hn > en;
            }

            if (ratio < _surelyShorter)
            {
                return en > hn;
            }
        }

        // A bead costs a walk over all its units' anchors: skipped when even its upper bound
        // cannot beat what the cell has (the margin covers rounding). It is first bounded with its
        // length term from a table of logarithms and every anchor of its units at its best (no
        // logarithm, no loop over the units: beads far off the path fall there). A 1-1 bead whose
        // anchor term the model has stored already (the quick pass scored it) is then scored at
        // once: that costs no more than a tighter bound. Any other bead is bounded again with the
        // anchors that can touch the other side's range counted by their partners inside it and
        // the others' misses (most beads off the path fall there, and a head bead that would have
        // stopped its growth on length goes on only to beads as far off), then, if it passed the
        // length check, with its length term.
        double besides = prev + model.BoundBesidesLength(i0, hn, j0, en);
        double lengthBound = model.LengthBoundGiven(lh, le, hindi.Log, CostModel.LogOfSpan(le));
        if (besides + lengthBound + (hindi.Ceiling + model.EnglishCeiling(j0, en)) < best - BoundMargin)
        {
            // Skipped by the bound below as well (the ceiling is never under it): the same answer, sooner.
            return true;
        }

        double s = Scored(model, i0, hn, j0, en, lh, le, prev, besides, lengthBound, best, out bool goOn);
        if (s > best)
        {
            best = s;
            how = Code(hn, en);
        }

        return goOn;
    }

    /// <summary>
    /// The rest of <see cref="TryBead"/> for a bead its first bound did not skip: the bead's
    /// score (prev added), or negative infinity when a tighter bound skips it or its length ratio
    /// refuses it; <paramref name="goOn"/> is TryBead's answer. Out of line: most beads stop at
    /// the first bound, and the search's loop keeps its registers for them.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private double Scored(CostModel model, int i0, int hn, int j0, int en, int lh, int le, double prev, double besides, double lengthBound, double best, out bool goOn)
    {
        goOn = true;
        bool stored = hn == 1 && en == 1 && model.HasOneToOne(i0, j0);
        double gain = 0;
        if (!stored)
        {
            gain = model.AnchorGain(i0, hn, j0, en, tight: true);
            if (besides + lengthBound + gain < best - BoundMargin)
            {
                return double.NegativeInfinity;
            }
        }

        double x = Math.Log(CostModel.LengthRatio(lh, le));
        if (hn + en > 2)
        {
            if (Math.Abs(x) > _options.MaxMergeLogRatio)
            {
                // x > 0: the English side is the longer one.
                goOn = en > hn ? x < 0 : hn > en && x > 0;
                return double.NegativeInfinity;
            }
        }

        double length = model.LengthTermOf(lh, le, x);
        if (!stored && besides + length + gain < best - BoundMargin)
        {
            return double.NegativeInfinity;
        }

        return prev + model.ScoreGiven(i0, hn, j0, en, length);
    }

    private double Confidence(CostModel model, Bead b, int n, int m)
    {
        if (b.IsPair)
        {
            return Logistic(_options.ConfidenceSlope * model.Score(b.HindiStart, b.HindiCount, b.EnglishStart, b.EnglishCount));
        }

        // A null bead is as sure as its unit's best 1-1 pairing nearby (MinBand units either side
        // of where the alignment passes) is poor.
        double bestPair = double.NegativeInfinity;
        int r = _options.MinBand;
        if (b.HindiCount == 1)
        {
            int i = b.HindiStart;
            for (int j = Math.Max(0, b.EnglishStart - r); j < Math.Min(m, b.EnglishStart + r); j++)
            {
                bestPair = BetterPair(model, i, j, bestPair);
            }
        }
        else
        {
            int j = b.EnglishStart;
            for (int i = Math.Max(0, b.HindiStart - r); i < Math.Min(n, b.HindiStart + r); i++)
            {
                bestPair = BetterPair(model, i, j, bestPair);
            }
        }

        return double.IsNegativeInfinity(bestPair) ? 1.0 : Logistic(-_options.ConfidenceSlope * (bestPair + _options.NullMargin));
    }

    /// <summary>
    /// The larger of <paramref name="best"/> and the score of the 1-1 bead (i, j); a bead whose
    /// anchor term is not stored is first bounded (no walk over its anchors): one that cannot
    /// reach <paramref name="best"/> leaves it as it is, so the maximum is the same.
    /// </summary>
    private static double BetterPair(CostModel model, int i, int j, double best)
    {
        if (!model.HasOneToOne(i, j)
            && model.BoundBesidesLength(i, 1, j, 1) + model.LengthBound(i, 1, j, 1) + model.AnchorGain(i, 1, j, 1, tight: true) < best - BoundMargin)
        {
            return best;
        }

        return Math.Max(best, model.Score(i, 1, j, 1));
    }

    /// <summary>How far below a cell's best a bead's upper bound must be to be skipped: far above rounding, far below any score difference that matters.</summary>
    private const double BoundMargin = 1e-6;

    private static double Logistic(double x) => Bead.Confidence(x, 1);

    private static byte Code(int hn, int en) => (byte)((hn << 3) | en);

    /// <summary>Which cells of the (n+1) x (m+1) table are searched: a band around the diagonal.</summary>
    private sealed class Band
    {
        private readonly int[] _lo;
        private readonly int[] _hi;
        private readonly int[] _offset;

        private Band(int[] lo, int[] hi)
        {
            _lo = lo;
            _hi = hi;
            _offset = new int[lo.Length + 1];
            for (int i = 0; i < lo.Length; i++)
            {
                _offset[i + 1] = _offset[i] + (hi[i] - lo[i] + 1);
            }
        }

        public int Cells => _offset[^1];

        /// <summary>A band of half-width <paramref name="w"/>, at least the diagonal's step so rows overlap.</summary>
        public static Band For(int n, int m, int w)
        {
            var lo = new int[n + 1];
            var hi = new int[n + 1];
            for (int i = 0; i <= n; i++)
            {
                long center = n == 0 ? m : (long)i * m / n;
                lo[i] = (int)Math.Max(0, center - w);
                hi[i] = (int)Math.Min(m, center + w);
            }

            lo[0] = 0;
            hi[n] = m;
            return new Band(lo, hi);
        }

        /// <summary>
        /// A band of half-width <paramref name="w"/> around the path through <paramref name="guide"/>
        /// (pairs increasing on both sides) from (0, 0) to (n, m), straight between them; where the
        /// path climbs steeply a row reaches up to where the next one starts, so rows connect.
        /// </summary>
        public static Band Along(int n, int m, List<(int Hindi, int English)> guide, int w)
        {
            var lo = new int[n + 1];
            var hi = new int[n + 1];
            var points = new List<(int I, int J)>(guide.Count + 2) { (0, 0) };
            foreach (var (i, j) in guide)
            {
                if (i > points[^1].I && i < n && j >= points[^1].J && j <= m)
                {
                    points.Add((i, j));
                }
            }

            points.Add((n, m));
            int seg = 0;
            for (int i = 0; i <= n; i++)
            {
                while (seg + 1 < points.Count - 1 && points[seg + 1].I <= i)
                {
                    seg++;
                }

                var (i1, j1) = points[seg];
                var (i2, j2) = points[seg + 1];
                long center = i2 == i1 ? j2 : j1 + ((long)(i - i1) * (j2 - j1) / (i2 - i1));
                lo[i] = (int)Math.Max(0, center - w);
                hi[i] = (int)Math.Min(m, center + w);
            }

            lo[0] = 0;
            hi[n] = m;
            for (int i = n - 1; i >= 0; i--)
            {
                hi[i] = Math.Max(hi[i], lo[i + 1]);
            }

            return new Band(lo, hi);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Lo(int i) => _lo[Math.Min(i, _lo.Length - 1)];

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Hi(int i) => _hi[Math.Min(i, _hi.Length - 1)];

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool Contains(int i, int j) => i >= 0 && i < _lo.Length && j >= _lo[i] && j <= _hi[i];

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Index(int i, int j) => _offset[i] + (j - _lo[i]);
    }
}
