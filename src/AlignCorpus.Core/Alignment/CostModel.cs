using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;

namespace AlignCorpus.Core.Alignment;

/// <summary>
/// Scores a candidate bead from precomputed features: a length term (log-likelihood ratio of the
/// length ratio under "translation" against "unrelated paragraphs", Gale-Church style but with a
/// variance that shrinks as paragraphs grow), an anchor term (matched anchors count for the bead,
/// anchors whose partners lie elsewhere count against it), a prior per bead shape (or, with
/// <see cref="AlignerOptions.MergeEvidence"/>, a merge cost paid by the units that bring no
/// evidence of their own), and, for sentences across an article, a boundary term (the two pages'
/// paragraph breaks as evidence). A score above 0 means pairing beats leaving the units
/// unaligned (a null bead scores 0).
/// </summary>
/// <remarks>
/// Not thread-safe: scoring a bead of several units uses a scratch array of the model. One model
/// serves one article pair on one thread (<see cref="WithPriors"/> copies get their own), the
/// thread that made it: its tables for the tight bound are in arrays the thread lends (see TablePool).
/// </remarks>
public sealed class CostModel
{
    private readonly AlignerOptions _options;
    private readonly int[] _hindiLength;
    private readonly int[] _englishLength;
    private readonly int[] _hindiBefore;
    private readonly int[] _englishBefore;
    private readonly LengthTable _lengthTable;
    private readonly EndValues _endValues;
    [ThreadStatic]
    private static DenseKeys? _keys;

    private readonly Side _hindi;
    private readonly Side _english;
    private readonly Reach _hindiReach;
    private readonly Reach _englishReach;
    private readonly int[] _keyUse;
    private readonly List<(int Unit, int Anchor)> _hindiMatched = [];
    private readonly List<(int Unit, int Anchor)> _englishMatched = [];
    private readonly Break[]? _hindiBreaks;
    private readonly Break[]? _englishBreaks;
    private readonly bool[] _hindiSeparator;
    private readonly bool[] _englishSeparator;
    private readonly bool _separators;
    private readonly long _generation;

    /// <summary>
    /// What a bead that puts a separator line together with a text unit scores: a separator
    /// shares nothing with text, so such a bead is never chosen over leaving both apart.
    /// </summary>
    private const double SeparatorWithText = -100;

    /// <param name="options">Weights and priors.</param>
    /// <param name="hindi">Features of the Hindi units.</param>
    /// <param name="english">Features of the English units.</param>
    /// <param name="links">The anchors of both sides, linked.</param>
    /// <param name="hindiBreaks">When units are sentences: for each position 0..n, what break the Hindi page has before unit k (n: the end).</param>
    /// <param name="englishBreaks">The same for the English side (0..m).</param>
    public CostModel(AlignerOptions options, UnitFeatures[] hindi, UnitFeatures[] english, AnchorLinks links, Break[]? hindiBreaks = null, Break[]? englishBreaks = null)
    {
        _hindiBreaks = hindiBreaks;
        _englishBreaks = englishBreaks;
        _options = options;
        _hindiLength = Lengths(hindi, options, out _hindiSeparator, ref _separators);
        _englishLength = Lengths(english, options, out _englishSeparator, ref _separators);
        _hindiBefore = Before(_hindiLength);
        _englishBefore = Before(_englishLength);
        _lengthTable = LengthTable.For(options);
        // Worked out from the options alone: shared by the models of the same options on a thread.
        var tables = OptionTables.For(options);
        _endValues = tables.Ends;
        // Keys numbered for SideMerge's counts; the map is the thread's, emptied after use.
        var keys = _keys ??= new DenseKeys();
        try
        {
            _hindi = Weigh(links.Hindi, isEnglish: false, keys);
            _english = Weigh(links.English, isEnglish: true, keys);
            _keyUse = new int[keys.Count];
        }
        finally
        {
            keys.Clear();
        }

        _hindiReach = new Reach(_hindi, english.Length);
        _englishReach = new Reach(_english, hindi.Length);
        _generation = Interlocked.Increment(ref _generations);
        _shapeBounds = tables.ShapeBounds;
    }

    private CostModel(CostModel other, AlignerOptions options)
    {
        _options = options;
        _hindiLength = other._hindiLength;
        _englishLength = other._englishLength;
        _hindiBefore = other._hindiBefore;
        _englishBefore = other._englishBefore;
        _lengthTable = LengthTable.For(options);
        // Worked out from the options alone: shared by the models of the same options on a thread.
        var tables = OptionTables.For(options);
        _endValues = tables.Ends;
        _hindi = other._hindi;
        _english = other._english;
        _hindiBreaks = other._hindiBreaks;
        _englishBreaks = other._englishBreaks;
        _keyUse = new int[other._keyUse.Length];
        _hindiReach = other._hindiReach;
        _englishReach = other._englishReach;
        _hindiSeparator = other._hindiSeparator;
        _englishSeparator = other._englishSeparator;
        _separators = other._separators;
        // The anchor terms depend on the weights (shared) and the saturation alone.
        _generation = options.AnchorSaturation == other._options.AnchorSaturation ? other._generation : Interlocked.Increment(ref _generations);
        _shapeBounds = tables.ShapeBounds;
    }

    /// <summary>
    /// The same model under other priors and boundary settings; the anchor weights stay those
    /// worked out for this model's options (no re-linking, no re-weighing).
    /// </summary>
    public CostModel WithPriors(AlignerOptions options) => new(this, options);

    /// <summary>The settings in use.</summary>
    public AlignerOptions Options => _options;

    private static bool IsSeparator(UnitFeatures f) => f.Anchors is [{ Kind: AnchorKind.Separator }];

    /// <summary>
    /// Each unit's length for the length term, which units are separator lines, and whether any
    /// is (<paramref name="any"/> is set, never cleared). A separator counts for a constant
    /// length: *** and a long rule line are the same thing.
    /// </summary>
    private static int[] Lengths(UnitFeatures[] units, AlignerOptions options, out bool[] separator, ref bool any)
    {
        var lengths = new int[units.Length];
        separator = new bool[units.Length];
        for (int u = 0; u < units.Length; u++)
        {
            separator[u] = IsSeparator(units[u]);
            any |= separator[u];
            lengths[u] = separator[u] ? options.SeparatorLength : units[u].Length;
        }

        return lengths;
    }

    /// <summary>
    /// An anchor with its evidence worked out once: what it adds when a partner is inside the bead
    /// (<c>Match</c>), and what it costs otherwise (<c>Miss</c>: when its partners are all
    /// elsewhere, or, for an anchor without partners, that it has none); its key as a number (for
    /// <see cref="SideMerge"/>); where its partners lie in <see cref="Side.Partners"/>, with the
    /// first and last of them (most anchors have one or two: the ends answer); and its place in
    /// its unit (for the notes of <see cref="Explain"/>). Anchors that can never change a score
    /// (a Hindi word with no partner) are left out. 48 bytes: the walk reads them in a row.
    /// </summary>
    private readonly record struct Weighted(
        double Match, double Miss, int Key, int PartnerStart, int PartnerCount, int FirstPartner, int LastPartner, AnchorKind Kind, int Index);

    /// <summary>
    /// One side's weighted anchors, flat: unit u's are <see cref="Anchors"/>[<see cref="Start"/>[u] ..
    /// Start[u+1]), their partners sorted in <see cref="Partners"/>. Scoring a bead walks one
    /// contiguous run of structs instead of an array per unit.
    /// </summary>
    private sealed class Side(int[] start, Weighted[] anchors, int[] partners, LinkedAnchor[][] units)
    {
        public int[] Start { get; } = start;

        /// <summary>The linked anchors the weighted ones come from, per unit (for notes).</summary>
        public LinkedAnchor[][] Units { get; } = units;

        /// <summary>The text of anchor <paramref name="k"/> of unit <paramref name="u"/> as the unit has it (for notes).</summary>
        public string Surface(int u, int k) => Units[u][Anchors[k].Index].Anchor.Surface;

        public Weighted[] Anchors { get; } = anchors;

        public int[] Partners { get; } = partners;

        /// <summary>
        /// True when anchor <paramref name="a"/> (of a side whose partners are <paramref name="partners"/>)
        /// has a partner in [from, to] (inlined: the walk asks it for every anchor of every bead it scores,
        /// on the anchor it has in hand).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool MatchesIn(in Weighted a, int[] partners, int from, int to)
        {
            if (a.PartnerCount == 0 || a.FirstPartner > to || a.LastPartner < from || to < from)
            {
                return false;
            }

            // The hull meets [from, to]: an end inside answers; with both ends outside, only a
            // partner between them can be inside (none for two partners), found by a search.
            return a.FirstPartner >= from || a.LastPartner <= to
                || (a.PartnerCount > 2 && LinkedAnchor.AnyIn(partners.AsSpan(a.PartnerStart, a.PartnerCount), from, to));
        }
    }

    /// <summary>True when another anchor of the unit, made from the same words, has a partner.</summary>
    /// <remarks>
    /// A paragraph's unit holds tens of anchors: each is read in place (not copied), and its text
    /// compared only when it has a partner and as many characters; the anchor's own text is read once.
    /// </remarks>
    private static bool MatchedAsAnother(LinkedAnchor[] anchors, in LinkedAnchor a)
    {
        var surface = a.Anchor.SurfaceSpan;
        foreach (ref readonly var other in anchors.AsSpan())
        {
            if (other.Partners.Length > 0 && other.Anchor.Length == surface.Length && other.Anchor.SurfaceSpan.SequenceEqual(surface))
            {
                return true;
            }
        }

        return false;
    }

    private Side Weigh(LinkedAnchor[][] units, bool isEnglish, DenseKeys keys)
    {
        // Sized once: at most every anchor and every partner of the side is kept.
        int anchorCount = 0, partnerCount = 0;
        foreach (var unit in units)
        {
            anchorCount += unit.Length;
            foreach (var a in unit)
            {
                partnerCount += a.Partners.Length;
            }
        }

        var start = new int[units.Length + 1];
        var anchors = new Weighted[anchorCount];
        var partners = new int[partnerCount];
        int n = 0, p = 0;
        for (int u = 0; u < units.Length; u++)
        {
            start[u] = n;
            Weigh(units[u], isEnglish, keys, anchors, ref n, partners, ref p);
        }

        start[units.Length] = n;
        return new Side(start, anchors, partners, units);
    }

    private void Weigh(LinkedAnchor[] unit, bool isEnglish, DenseKeys keys, Weighted[] anchors, ref int n, int[] partners, ref int p)
    {
        for (int index = 0; index < unit.Length; index++)
        {
            var a = unit[index];
            double kindWeight = a.Kind switch
            {
                AnchorKind.Number => _options.NumberWeight,
                AnchorKind.Name => _options.NameWeight,
                AnchorKind.Date => _options.DateWeight,
                AnchorKind.Entity => _options.EntityWeight,
                AnchorKind.Dictionary => _options.DictionaryWeight,
                AnchorKind.Separator => _options.SeparatorWeight,
                AnchorKind.Ordinal => _options.OrdinalWeight,
                _ => _options.WordWeight,
            };

            if (kindWeight == 0)
            {
                continue;
            }

            if (a.Partners.Length == 0)
            {
                // Only numbers and dates, and names on the English side, are expected to show up
                // in a translation; a word that did show up as another anchor (its dictionary
                // stem: Navy ~ नौसेना) is not missing.
                if ((a.Kind is AnchorKind.Number or AnchorKind.Date || (isEnglish && a.Kind == AnchorKind.Name))
                    && !MatchedAsAnother(unit, a))
                {
                    anchors[n++] = new Weighted(0, -_options.UnmatchedWeight * kindWeight, -1, p, 0, 0, -1, a.Kind, index);
                }

                continue;
            }

            double w = kindWeight / Math.Sqrt(a.Partners.Length) * (a.Fuzzy ? 1 - _options.FuzzyDiscount : 1);
            // Numbered by the number linking gave the key (a new key gets the next number).
            int key = keys.Of(a);

            anchors[n++] = new Weighted(w, -_options.ContradictionWeight * w, key, p, a.Partners.Length, a.Partners[0], a.Partners[^1], a.Kind, index);
            // Most anchors have one partner: stored as it is, without a call to copy a span.
            if (a.Partners.Length == 1)
            {
                partners[p] = a.Partners[0];
            }
            else
            {
                a.Partners.CopyTo(partners.AsSpan(p));
            }

            p += a.Partners.Length;
        }
    }

    /// <summary>
    /// The unit pairs linked by an anchor that has one partner on the English side: Hindi unit,
    /// English unit and the anchor's weight (for <see cref="Aligner.Guide"/>).
    /// </summary>
    internal List<(int Hindi, int English, double Weight)> UniqueLinks()
    {
        var links = new List<(int, int, double)>();
        for (int i = 0; i + 1 < _hindi.Start.Length; i++)
        {
            for (int k = _hindi.Start[i]; k < _hindi.Start[i + 1]; k++)
            {
                ref readonly var a = ref _hindi.Anchors[k];
                if (a.PartnerCount == 1 && a.Match > 0)
                {
                    links.Add((i, _hindi.Partners[a.PartnerStart], a.Match));
                }
            }
        }

        return links;
    }

    /// <summary>Score of the pair bead Hindi [i0, i0+hn) with English [j0, j0+en); both counts at least 1.</summary>
    public double Score(int i0, int hn, int j0, int en) => Score(i0, hn, j0, en, LogRatio(i0, hn, j0, en));

    /// <summary>The same score, given the bead's <see cref="LogRatio"/> (the search has it already).</summary>
    public double Score(int i0, int hn, int j0, int en, double logRatio) => ScoreGiven(i0, hn, j0, en, LengthTermOf(i0, hn, j0, en, logRatio));

    /// <summary>The same score, given the bead's <see cref="LengthTermOf(int, int, int, int, double)"/> (the search has it already).</summary>
    internal double ScoreGiven(int i0, int hn, int j0, int en, double lengthTerm)
    {
        double merge = 0;
        double anchors = hn == 1 && en == 1 ? OneToOne(i0, j0) : AnchorTerm(i0, hn, j0, en, null, out merge);
        return lengthTerm + anchors + _options.PairPrior + merge + BoundaryTerm(i0, hn, j0, en, anchors);
    }

    /// <summary>The length of Hindi units [i0, i0+hn) joined by a space (the Hindi half of <see cref="SideLengths"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int HindiSpan(int i0, int hn) => hn - 1 + _hindiBefore[i0 + hn] - _hindiBefore[i0];

    /// <summary>The length of English units [j0, j0+en) joined by a space (the English half of <see cref="SideLengths"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int EnglishSpan(int j0, int en) => en - 1 + _englishBefore[j0 + en] - _englishBefore[j0];

    /// <summary>ln(length + 1) of a bead's side as <see cref="LengthBound(int, int)"/> reads it (the search reads a side's once for several beads).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double LogOfSpan(int length) => LogOf(length + 1);

    /// <summary><see cref="LengthBound(int, int)"/>, given each side's <see cref="LogOfSpan"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double LengthBoundGiven(int hindiLength, int englishLength, double hindiLog, double englishLog) =>
        LengthTerm(hindiLength + englishLength, englishLog - hindiLog) + LengthBoundMargin;

    /// <summary>The Hindi half of <see cref="AnchorGainCeiling"/> (their sum is the ceiling).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double HindiCeiling(int i0, int hn) => _hindiReach.Ceiling(i0, hn);

    /// <summary>The English half of <see cref="AnchorGainCeiling"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double EnglishCeiling(int j0, int en) => _englishReach.Ceiling(j0, en);

    /// <summary>The length term of a bead, given its <see cref="LogRatio"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double LengthTermOf(int i0, int hn, int j0, int en, double logRatio)
    {
        var (lh, le) = SideLengths(i0, hn, j0, en);
        return LengthTermOf(lh, le, logRatio);
    }

    /// <summary>The same, given the bead's <see cref="SideLengths"/> (the search has them already).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double LengthTermOf(int hindiLength, int englishLength, double logRatio) => LengthTerm(hindiLength + englishLength, logRatio);

    /// <summary>
    /// A number never below <see cref="LengthTermOf(int, int, int, int, double)"/> of the bead (and above it by 1e-9 at most),
    /// without a logarithm: the log ratio is read as the difference of two logarithms of a table
    /// (within 1e-13 of it; the term moves by less than 1e-10 for that), plus a margin of 1e-9.
    /// The search bounds a bead with it before it takes the logarithm of the bead's ratio.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double LengthBound(int i0, int hn, int j0, int en)
    {
        var (lh, le) = SideLengths(i0, hn, j0, en);
        return LengthBound(lh, le);
    }

    /// <summary>The same, given the bead's <see cref="SideLengths"/> (the search has them already).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double LengthBound(int hindiLength, int englishLength) =>
        LengthTerm(hindiLength + englishLength, LogOf(englishLength + 1) - LogOf(hindiLength + 1)) + LengthBoundMargin;

    /// <summary>What <see cref="LengthBound(int, int, int, int)"/> adds to cover the rounding of its logarithms: far above it, far below <see cref="Aligner"/>'s margin.</summary>
    internal const double LengthBoundMargin = 1e-9;

    /// <summary>ln k, from a table for the lengths of most beads.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double LogOf(int k) => (uint)k < (uint)Logs.Length ? Logs[k] : Math.Log(k);

    /// <summary>ln k for k below 16384 (ln 0 is never asked: lengths count from 1 here).</summary>
    private static readonly double[] Logs = [.. Enumerable.Range(0, 1 << 14).Select(k => Math.Log(k))];

    /// <summary>
    /// The anchor term of the 1-1 bead (i0, j0) (its merge cost is 0), worked out once per model
    /// and the models made from it by <see cref="WithPriors"/> with the same saturation: the
    /// sentence search's quick pass, its real pass and the confidences score the same 1-1 beads.
    /// </summary>
    private double OneToOne(int i0, int j0)
    {
        ref var slot = ref OneToOneSlot(i0, j0);
        if (slot.Generation == _generation && slot.Hindi == i0 && slot.English == j0)
        {
            return slot.Anchors;
        }

        double anchors = AnchorTerm(i0, 1, j0, 1, null, out _);
        slot = new OneToOneEntry(_generation, i0, j0, anchors);
        return anchors;
    }

    /// <summary>True when the 1-1 bead's anchor term is stored (its score costs no walk).</summary>
    /// <remarks>Inlined: the search's second bound asks it for every 1-1 bead its first bound did not skip.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool HasOneToOne(int i0, int j0)
    {
        ref var slot = ref OneToOneSlot(i0, j0);
        return slot.Generation == _generation && slot.Hindi == i0 && slot.English == j0;
    }

    /// <summary>
    /// The thread's store slot of a 1-1 bead: an article pair whose table fits has a slot per
    /// bead, row by row (the search reads a row's beads in turn, so neighbours share cache
    /// lines); a larger one, a slot per hash.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref OneToOneEntry OneToOneSlot(int i0, int j0)
    {
        var store = _oneToOneStore ??= new OneToOneEntry[OneToOneSize];
        int m = _englishLength.Length;
        int at = (long)_hindiLength.Length * m <= OneToOneSize
            ? (i0 * m) + j0
            : (int)((uint)((i0 * 0x9E3779B1) ^ (j0 * 0x85EBCA77)) >> (32 - OneToOneBits));
        return ref store[at];
    }

    /// <summary>
    /// A thread's store of 1-1 anchor terms: one slot per hash of (i0, j0), the newest wins (a
    /// lost entry is only worked out again); an entry counts for the model of its generation
    /// only, so models never see each other's, and nothing is allocated per model.
    /// </summary>
    [ThreadStatic]
    private static OneToOneEntry[]? _oneToOneStore;

    private const int OneToOneBits = 14;
    private const int OneToOneSize = 1 << OneToOneBits;

    /// <summary>The last generation handed out: each model (and the models WithPriors makes with another saturation) has its own.</summary>
    private static long _generations;

    private readonly record struct OneToOneEntry(long Generation, int Hindi, int English, double Anchors);

    /// <summary>
    /// A number no less than <see cref="Score(int, int, int, int, double)"/> of the bead, cheap
    /// to work out (no anchor is looked at): the length term itself, every anchor of the bead's
    /// units counted as matched, the least its extra units can cost, and the best its two ends
    /// can do. The search skips a bead whose bound cannot beat what a cell already has.
    /// With <c>tight</c>, a unit that touches the other side's range counts only its partners
    /// inside that range (see <see cref="Reach"/>), not all its anchors: a few look-ups more,
    /// worth it for a bead of several units that the looser bound could not skip.
    /// </summary>
    public double UpperBound(int i0, int hn, int j0, int en, double logRatio, bool tight = false) =>
        LengthTermOf(i0, hn, j0, en, logRatio) + BoundBesidesLength(i0, hn, j0, en) + AnchorGain(i0, hn, j0, en, tight);

    /// <summary>
    /// The part of <see cref="UpperBound"/> that depends on neither the length nor the anchors:
    /// the pair prior, the least the extra units can cost and the best the two ends can do;
    /// infinite for a bead that mixes a separator line with text (which the score refuses, but
    /// only after a look). The search works it out once for all its bounds of a bead.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double BoundBesidesLength(int i0, int hn, int j0, int en)
    {
        if (_separators && MixesSeparatorAndText(i0, hn, j0, en))
        {
            return double.PositiveInfinity;
        }

        double shape = _shapeBounds[(hn << 3) | en];
        return _hindiBreaks is null || _englishBreaks is null ? shape : shape + BoundaryBound(i0, hn, j0, en);
    }

    /// <summary>
    /// The pair prior plus the least the extra units of both sides can cost, for each bead shape
    /// (hn * 8 + en, up to 7 a side): made once per model, the search asks it for every bead it bounds.
    /// </summary>
    private readonly double[] _shapeBounds;

    private static double[] ShapeBounds(AlignerOptions options)
    {
        var bounds = new double[64];
        for (int hn = 0; hn < 8; hn++)
        {
            for (int en = 0; en < 8; en++)
            {
                bounds[(hn << 3) | en] = options.PairPrior + MergeBound(options, hn) + MergeBound(options, en);
            }
        }

        return bounds;
    }

    /// <summary>
    /// The tables a model makes from its options alone (end values and shape bounds), kept for
    /// the last few options a thread used: the models of a batch (paragraphs, sentences) share a
    /// few option sets, and neither table is written after it is made.
    /// </summary>
    private sealed class OptionTables
    {
        private const int Kept = 4;

        [ThreadStatic]
        private static OptionTables?[]? _recent;

        [ThreadStatic]
        private static int _next;

        private OptionTables(AlignerOptions options)
        {
            Options = options;
            Ends = new EndValues(options);
            ShapeBounds = CostModel.ShapeBounds(options);
        }

        private AlignerOptions Options { get; }

        public EndValues Ends { get; }

        public double[] ShapeBounds { get; }

        /// <summary>The tables of <paramref name="options"/> (the same instance: options are immutable records).</summary>
        public static OptionTables For(AlignerOptions options)
        {
            var recent = _recent ??= new OptionTables?[Kept];
            foreach (var tables in recent)
            {
                if (tables is not null && ReferenceEquals(tables.Options, options))
                {
                    return tables;
                }
            }

            var made = new OptionTables(options);
            recent[_next] = made;
            _next = (_next + 1) % Kept;
            return made;
        }
    }

    /// <summary>The most the anchors of a bead's units can add (the rest of <see cref="UpperBound"/>).</summary>
    /// <summary>
    /// False when neither side has the running sums a tight bound needs (an article pair too
    /// large for their tables): the tight bound is then the loose one, and the search need not ask.
    /// </summary>
    internal bool HasTightBound => _hindiReach.HasTable || _englishReach.HasTable;

    /// <summary>
    /// A ceiling of <see cref="AnchorGain"/> that does not look at the bead's other side: every
    /// anchor of its units at its best (running sums, four look-ups). A bead far from the path
    /// whose units share nothing is skipped on this alone, before the loop over its units.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double AnchorGainCeiling(int i0, int hn, int j0, int en) =>
        _hindiReach.Ceiling(i0, hn) + _englishReach.Ceiling(j0, en);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double AnchorGain(int i0, int hn, int j0, int en, bool tight) =>
        _hindiReach.Gain(i0, hn, j0, j0 + en - 1, tight) + _englishReach.Gain(j0, en, i0, i0 + hn - 1, tight);

    /// <summary>
    /// The most the extra units of a side of <paramref name="count"/> units can add: with
    /// MergeEvidence, each unit but the free one costs MergePrior times a factor in [MergeFloor,
    /// max(MergeFloor, 1)] (evidence only lowers it); without, MergePrior each.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double MergeBound(AlignerOptions options, int count)
    {
        if (count <= 1)
        {
            return 0;
        }

        double prior = options.MergePrior;
        if (options.MergeEvidence <= 0)
        {
            return prior * (count - 1);
        }

        return (count - 1) * prior * (prior <= 0 ? options.MergeFloor : Math.Max(options.MergeFloor, 1));
    }

    /// <summary>The most the two ends of a bead can add: an agreeing break counts as if the bead had anchor evidence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double BoundaryBound(int i0, int hn, int j0, int en) => Ends(i0, hn, j0, en, _endValues.Bound);

    /// <summary>
    /// What the anchors of each unit of a side can add to a bead at most, for <see cref="UpperBound"/>:
    /// what its anchors give when none is matched (each its Miss: a contradiction or an untranslated
    /// number counts against the bead), plus, for each partner that lies inside the other side's
    /// range of the bead, what its anchor's match gains on its miss (above 0 only); never more than
    /// every anchor's largest outcome together. (The anchor term is saturate(positive) + negative,
    /// never above positive + negative: the sum of the outcomes this bounds.) The partners'
    /// weights are kept per unit in the order of the other side's units with running sums, so
    /// the sum over a range is two look-ups; whether a unit has a partner in a range at all is
    /// first told by the hull of its partners and, when the other side has at most 64 units, a
    /// bit mask of them. A bead off the path, between units that share nothing, is bounded by its
    /// length and priors alone; a bead of units rich in anchors that share few of them with the
    /// other side's range is bounded by those few; either is skipped without a walk over its anchors.
    /// </summary>
    private sealed class Reach
    {
        private readonly Side _side;
        /// <summary>What the bound needs of each unit, together (one cache line or less a unit: the search asks it for every bead it bounds).</summary>
        private readonly UnitReach[] _units;

        /// <summary>True when the other side has at most 64 units and <see cref="UnitReach.Mask"/> says which of them a unit's partners are.</summary>
        private readonly bool _masked;

        /// <summary>
        /// One unit's anchors for the bound: the hull of its partners (Lo..Hi), a bit per partner
        /// when the other side has at most 64 units, what its anchors add at most when it touches
        /// a range (Touching), and what they add when it does not (Apart: every anchor missed, its
        /// Miss, contradictions included).
        /// </summary>
        private readonly record struct UnitReach(int Lo, int Hi, ulong Mask, double Touching, double Apart);

        /// <summary>
        /// Unit u's running sums over the other side's units of what a match gains on a miss,
        /// max(0, Match - Miss), once per partner of each anchor: _upTo[u * (_otherCount + 1) + j]
        /// adds up those of its partners before unit j. A unit's anchors add Apart (all missed)
        /// plus, at most, the gains of its partners inside the range. Made at the first tight
        /// bound asked for; null while not.
        /// </summary>
        private double[]? _upTo;

        private readonly int _otherCount;

        /// <summary>Running sums of the units' Touching: _touchingBefore[u] adds up those of the units before u.</summary>
        private readonly double[] _touchingBefore;

        public Reach(Side side, int otherCount)
        {
            _side = side;
            _otherCount = otherCount;
            int n = side.Start.Length - 1;
            _units = new UnitReach[n];
            _touchingBefore = new double[n + 1];
            _masked = otherCount <= 64;
            for (int u = 0; u < n; u++)
            {
                double touching = 0, apart = 0;
                int lo = int.MaxValue, hi = int.MinValue;
                ulong mask = 0;
                for (int k = side.Start[u]; k < side.Start[u + 1]; k++)
                {
                    ref readonly var a = ref side.Anchors[k];
                    touching += Larger(0, Larger(a.Match, a.Miss));
                    // Every anchor missed: what the walk adds then (positive and negative outcomes together bound the term).
                    apart += a.Miss;
                    if (a.PartnerCount > 0)
                    {
                        lo = Math.Min(lo, a.FirstPartner);
                        hi = Math.Max(hi, a.LastPartner);
                        for (int p = a.PartnerStart; _masked && p < a.PartnerStart + a.PartnerCount; p++)
                        {
                            mask |= 1UL << side.Partners[p];
                        }
                    }
                }

                _units[u] = new UnitReach(lo, hi, mask, touching, apart);
                _touchingBefore[u + 1] = _touchingBefore[u] + touching;
            }
        }

        /// <summary>
        /// The most the anchors of units [u0, u0+count) can add against any range of the other
        /// side (each unit's Touching): two look-ups, no unit looked at, never below <see cref="Gain"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double Ceiling(int u0, int count) => _touchingBefore[u0 + count] - _touchingBefore[u0];

        /// <summary>
        /// The most the anchors of units [u0, u0+count) can add against the other side's [from, to];
        /// <paramref name="tight"/>: a unit that touches the range counts its partners inside it only.
        /// Inlined (into the search's second bound, twice a bead): a call's prologue, epilogue and
        /// spilled sum were a third of its instructions for the one or two units of most beads.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double Gain(int u0, int count, int from, int to, bool tight)
        {
            bool masked = _masked;
            ulong range = !masked ? 0 : (ulong.MaxValue >> (63 - to)) & (ulong.MaxValue << from);
            double gain = 0;
            var units = _units;
            // The running sums read in place (row u, columns from and to + 1): the search asks this for every bead it bounds.
            var upTo = tight ? _upTo ?? MakeTable() : [];
            int width = _otherCount + 1;
            for (int u = u0; u < u0 + count; u++)
            {
                ref readonly var r = ref units[u];
                if (r.Lo > to || r.Hi < from || (masked && (r.Mask & range) == 0))
                {
                    gain += r.Apart;
                }
                else if (upTo.Length == 0)
                {
                    gain += r.Touching;
                }
                else
                {
                    int row = u * width;
                    gain += Smaller(r.Touching, r.Apart + (upTo[row + to + 1] - upTo[row + from]));
                }
            }

            return gain;
        }

        /// <summary>True when the running sums are (or will be) made: the pair is small enough for the table.</summary>
        public bool HasTable => (_upTo ?? MakeTable()).Length > 0;

        /// <summary>Makes the running sums (out of line: the bound asks <see cref="HasTable"/> for every bead).</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private double[] MakeTable() => _upTo = Index();

        /// <summary>
        /// Takes the running sums away (the thread's <see cref="TablePool"/> hands their array to
        /// another Reach): the next tight bound makes them again.
        /// </summary>
        public void Revoke() => _upTo = null;

        /// <summary>
        /// The running sums, a row of the other side's units per unit: two look-ups per unit and
        /// bead. The table is units times the other side's units; an article whose table would be
        /// large (thousands of units a side) gets none, and its tight bound is the loose one.
        /// </summary>
        private double[] Index()
        {
            var side = _side;
            int n = side.Start.Length - 1, width = _otherCount + 1;
            if ((long)n * width > MaxTable)
            {
                return [];
            }

            // The thread's array (it holds stale sums: each row is cleared before it is summed).
            var upTo = TablePool.Rent(this, n * width);
            for (int u = 0; u < n; u++)
            {
                int row = u * width;
                Array.Clear(upTo, row, width);
                for (int k = side.Start[u]; k < side.Start[u + 1]; k++)
                {
                    ref readonly var a = ref side.Anchors[k];
                    double gain = Larger(0, a.Match - a.Miss);
                    for (int p = a.PartnerStart; gain > 0 && p < a.PartnerStart + a.PartnerCount; p++)
                    {
                        upTo[row + side.Partners[p] + 1] += gain;
                    }
                }

                for (int j = 1; j < width; j++)
                {
                    upTo[row + j] += upTo[row + j - 1];
                }
            }

            return upTo;
        }

        /// <summary>The largest table of running sums made (cells: 8 bytes each, 2 MB).</summary>
        private const long MaxTable = 1 << 18;
    }

    /// <summary>
    /// A thread's arrays for <see cref="Reach"/>'s running sums: a table per side of every article
    /// pair (one of tens of kilobytes for the sentences of a long article, cleared and soon
    /// garbage) is the largest thing a model allocates. A few arrays are kept, each lent to one
    /// Reach at a time; lending one to another Reach first takes it from the one that had it
    /// (<see cref="Reach.Revoke"/>), which makes its sums again if it is ever asked for a tight
    /// bound again, so no two Reaches ever read one array. A model and its
    /// <see cref="WithPriors"/> copies share their Reaches, and with them their tables.
    /// </summary>
    /// <remarks>
    /// The arrays are the thread's: a model is used on the thread that made its tables (see the
    /// class remarks). An array kept here keeps its last Reach reachable until it is lent again.
    /// </remarks>
    private static class TablePool
    {
        /// <summary>Arrays kept a thread: the two sides of the model in use and of the one before (a paragraph and a sentence model per document).</summary>
        private const int Kept = 4;

        [ThreadStatic]
        private static double[]?[]? _arrays;

        [ThreadStatic]
        private static Reach?[]? _owners;

        [ThreadStatic]
        private static int _next;

        /// <summary>An array of at least <paramref name="length"/> for <paramref name="owner"/>, taken from the Reach that had it last (the longest ago lent).</summary>
        public static double[] Rent(Reach owner, int length)
        {
            var arrays = _arrays ??= new double[]?[Kept];
            var owners = _owners ??= new Reach?[Kept];
            int k = _next;
            _next = (k + 1) % Kept;
            owners[k]?.Revoke();
            owners[k] = owner;
            var array = arrays[k];
            if (array is null || array.Length < length)
            {
                array = arrays[k] = new double[length];
            }

            return array;
        }
    }

    /// <summary>
    /// Paragraph breaks as evidence (sentence units only): each end of the bead where both pages
    /// break adds <see cref="AlignerOptions.BoundaryAgree"/>; each end where one breaks and the
    /// other runs on subtracts <see cref="AlignerOptions.BoundaryMismatch"/>.
    /// </summary>
    /// <remarks>
    /// Agreeing breaks corroborate anchors but cannot make a pair on their own: two noise lines
    /// that stand alone on both pages (a dateline and a caption) are not translations for it, so
    /// the bonus counts only when the bead has anchor evidence.
    /// </remarks>
    public double BoundaryTerm(int i0, int hn, int j0, int en, double anchors) =>
        Ends(i0, hn, j0, en, anchors > 0 ? _endValues.WithEvidence : _endValues.WithoutEvidence);

    /// <summary>
    /// What the two ends of a bead add, given what each pair of breaks is worth at one end
    /// (<see cref="EndValues"/>; 0 for units without breaks).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Ends(int i0, int hn, int j0, int en, double[] values)
    {
        if (_hindiBreaks is null || _englishBreaks is null)
        {
            return 0;
        }

        return values[((int)_hindiBreaks[i0] * 3) + (int)_englishBreaks[j0]] + values[((int)_hindiBreaks[i0 + hn] * 3) + (int)_englishBreaks[j0 + en]];
    }

    /// <summary>
    /// What one end of a bead adds, for every pair of breaks (Hindi's times 3 plus English's): an
    /// end where only one page breaks costs BoundaryMismatch; an end where both break counts
    /// max(0, BoundaryAgree) in <see cref="Bound"/>, BoundaryAgree in <see cref="WithEvidence"/>
    /// (a bead with anchor evidence) and nothing in <see cref="WithoutEvidence"/>. Made once per
    /// model: the search asks for both ends of every bead it bounds or scores.
    /// </summary>
    private sealed class EndValues(AlignerOptions options)
    {
        public double[] Bound { get; } = Of(options, Math.Max(0, options.BoundaryAgree));

        public double[] WithEvidence { get; } = Of(options, options.BoundaryAgree);

        public double[] WithoutEvidence { get; } = Of(options, 0);

        /// <summary>Each pair of breaks' value when an end where both pages break counts <paramref name="agree"/>.</summary>
        private static double[] Of(AlignerOptions options, double agree)
        {
            var values = new double[9];
            for (int k = 0; k < values.Length; k++)
            {
                values[k] = Agreements[k] switch
                {
                    BreakAgreement.Agree => agree,
                    BreakAgreement.Mismatch => -options.BoundaryMismatch,
                    _ => 0,
                };
            }

            return values;
        }
    }

    /// <summary><see cref="Classify"/> of every pair of breaks (Hindi's times 3 plus English's): the search asks it for both ends of every bead it bounds.</summary>
    private static readonly BreakAgreement[] Agreements =
    [
        .. from h in (Break[])[Break.None, Break.Paragraph, Break.Cut]
           from e in (Break[])[Break.None, Break.Paragraph, Break.Cut]
           select Classify(h, e),
    ];

    /// <summary>The same score with its terms and the anchors behind them.</summary>
    public BeadEvidence Explain(int i0, int hn, int j0, int en)
    {
        var notes = new Notes();
        double length = LengthTerm(i0, hn, j0, en, out double z);
        double anchors = AnchorTerm(i0, hn, j0, en, notes, out double merge);
        double prior = _options.PairPrior + merge + BoundaryTerm(i0, hn, j0, en, anchors);
        return new BeadEvidence(length + anchors + prior, z, length, anchors, prior, notes.Matched, notes.Contradicted, notes.Unmatched);
    }

    /// <summary>
    /// How the two pages' breaks at one end of a bead relate: both break (agree), one breaks and
    /// the other runs on (mismatch), or no evidence (neither breaks, or a line is only cut).
    /// </summary>
    public static BreakAgreement Classify(Break hindi, Break english) =>
        hindi == Break.Cut || english == Break.Cut ? BreakAgreement.None
        : hindi == Break.Paragraph && english == Break.Paragraph ? BreakAgreement.Agree
        : hindi != english ? BreakAgreement.Mismatch : BreakAgreement.None;

    /// <summary>The length of Hindi unit <paramref name="i"/>, in characters.</summary>
    public int HindiLength(int i) => _hindiLength[i];

    /// <summary>The length of English unit <paramref name="j"/>, in characters.</summary>
    public int EnglishLength(int j) => _englishLength[j];

    /// <summary>
    /// ln((English length + 1) / (Hindi length + 1)) of a bead, its units joined by a space; the
    /// search does not score a bead of more than one unit on a side whose ratio is beyond
    /// <see cref="AlignerOptions.MaxMergeLogRatio"/>: it cannot win.
    /// </summary>
    public double LogRatio(int i0, int hn, int j0, int en) => Math.Log(LengthRatio(i0, hn, j0, en));

    /// <summary>(English length + 1) / (Hindi length + 1) of a bead: what <see cref="LogRatio"/> takes the logarithm of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double LengthRatio(int i0, int hn, int j0, int en)
    {
        var (lh, le) = SideLengths(i0, hn, j0, en);
        return LengthRatio(lh, le);
    }

    /// <summary>The same, given the bead's <see cref="SideLengths"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double LengthRatio(int hindiLength, int englishLength) => (englishLength + 1.0) / (hindiLength + 1.0);

    /// <summary>
    /// The smaller of two numbers that are never NaN (lengths, weights and their sums): Math.Min
    /// checks for NaN and signed zeros, some twenty instructions in the search's bounds, which ask
    /// it for every bead they look at. Equal numbers give either (the same number).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Smaller(double a, double b) => a < b ? a : b;

    /// <summary>The larger of two numbers that are never NaN (see <see cref="Smaller"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Larger(double a, double b) => a > b ? a : b;

    /// <summary>For each unit k, the length of the units before it (k = count: all of them).</summary>
    private static int[] Before(int[] lengths)
    {
        var before = new int[lengths.Length + 1];
        for (int k = 0; k < lengths.Length; k++)
        {
            before[k + 1] = before[k] + lengths[k];
        }

        return before;
    }

    /// <summary>The lengths of the bead's two sides, their units joined by a space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal (int Hindi, int English) SideLengths(int i0, int hn, int j0, int en) =>
        (hn - 1 + _hindiBefore[i0 + hn] - _hindiBefore[i0], en - 1 + _englishBefore[j0 + en] - _englishBefore[j0]);

    /// <summary>Log-likelihood ratio of the length ratio; <paramref name="z"/> is its z-score.</summary>
    public double LengthTerm(int i0, int hn, int j0, int en, out double z)
    {
        var (lh, le) = SideLengths(i0, hn, j0, en);
        double ratio = Math.Log((le + 1.0) / (lh + 1.0));
        z = (ratio - _options.LengthLogMean) / Math.Sqrt(_lengthTable.Variance(lh + le));
        return LengthTerm(lh + le, ratio);
    }

    /// <summary>
    /// The length term of a bead whose sides hold <paramref name="total"/> characters together,
    /// given ln((English + 1) / (Hindi + 1)).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double LengthTerm(int total, double logRatio)
    {
        double x = logRatio - _options.LengthLogMean;
        var (_, halfLog, twiceVar) = _lengthTable[total];
        double llr = halfLog - x * x / twiceVar + x * x / _lengthTable.TwiceBackground;

        // A good length ratio is necessary, not sufficient: two unrelated paragraphs of the same
        // length must not pair on length alone, so what it can add is capped.
        return Smaller(llr, _options.LengthCap);
    }

    /// <summary>
    /// The anchor term of a bead, and in <paramref name="merge"/> what its extra units cost: with
    /// <see cref="AlignerOptions.MergeEvidence"/> 0, <see cref="AlignerOptions.MergePrior"/> per
    /// unit beyond the first on a side; otherwise each unit of a side costs MergePrior scaled down
    /// by its own anchors matched inside the bead (to <see cref="AlignerOptions.MergeFloor"/> of it
    /// once they reach MergeEvidence), and the best-explained unit of each side is free. So a table
    /// row's cells, each holding a number of the row, join cheaply, and a caption with nothing in
    /// common with the paragraph beside it pays the full price.
    /// </summary>
    private double AnchorTerm(int i0, int hn, int j0, int en, Notes? notes, out double merge)
    {
        if (_separators && MixesSeparatorAndText(i0, hn, j0, en))
        {
            notes?.Contradicted.Add("(separator with text)");
            merge = 0;
            return SeparatorWithText;
        }

        double positive = 0, negative = 0;
        int i1 = i0 + hn - 1, j1 = j0 + en - 1;
        bool perUnit = _options.MergeEvidence > 0;
        double hindiMerge = 0, hindiFree = double.NegativeInfinity, englishMerge = 0, englishFree = double.NegativeInfinity;
        // A bead's units are consecutive: their anchors are one run of each side's flat array.
        // The anchors matched inside the bead are noted (unit, anchor) for a side of several
        // units, whose merge cost depends on them.
        bool hindiNotes = perUnit && hn > 1, englishNotes = perUnit && en > 1;
        _hindiMatched.Clear();
        _englishMatched.Clear();
        if (notes is null)
        {
            Walk(_hindi, i0, i1, j0, j1, hindiNotes ? _hindiMatched : null, default(NoNotes), ref positive, ref negative);
            Walk(_english, j0, j1, i0, i1, englishNotes ? _englishMatched : null, default(NoNotes), ref positive, ref negative);
        }
        else
        {
            Walk(_hindi, i0, i1, j0, j1, hindiNotes ? _hindiMatched : null, new SurfaceNotes(notes), ref positive, ref negative);
            Walk(_english, j0, j1, i0, i1, englishNotes ? _englishMatched : null, new SurfaceNotes(notes), ref positive, ref negative);
        }
        if (hindiNotes)
        {
            (hindiMerge, hindiFree) = SideMerge(_hindi, _hindiMatched, i0, hn);
        }

        if (englishNotes)
        {
            (englishMerge, englishFree) = SideMerge(_english, _englishMatched, j0, en);
        }

        merge = !perUnit
            ? _options.MergePrior * (hn - 1 + en - 1)
            : (hn > 1 ? hindiMerge - hindiFree : 0) + (en > 1 ? englishMerge - englishFree : 0);

        // Matched evidence saturates: a bead of two long, anchor-rich paragraphs pairs must not
        // outscore the two 1-1 beads it is made of just by adding their anchors up.
        double s = _options.AnchorSaturation;
        return (s > 0 ? s * Math.Log(1 + positive / s) : positive) + negative;
    }

    /// <summary>
    /// Adds the evidence of the anchors of units [u0, u1] of one side against the other side's
    /// [from, to], in order; notes the matched ones with a positive weight in <paramref name="matched"/> when given.
    /// </summary>
    /// <remarks>
    /// One loop for the search and for --explain, made twice by the compiler: with
    /// <see cref="NoNotes"/> (the search) the notes are gone, and with them the calls that kept
    /// the loop's sums and indices in memory (55 instructions an anchor on average, now 49).
    /// </remarks>
    private static void Walk<TNotes>(Side side, int u0, int u1, int from, int to, List<(int Unit, int Anchor)>? matched, TNotes notes, ref double positive, ref double negative)
        where TNotes : struct, IWalkNotes
    {
        // Each anchor's outcome, added to the positive or the negative side in the order of the anchors.
        var start = side.Start;
        var anchors = side.Anchors;
        var partners = side.Partners;
        // Summed in locals (the same additions in the same order), stored once at the end.
        double pos = positive, neg = negative;
        for (int u = u0; u <= u1; u++)
        {
            for (int k = start[u], end = start[u + 1]; k < end; k++)
            {
                ref readonly var a = ref anchors[k];
                double e;
                bool inside = false;
                if (a.PartnerCount == 0)
                {
                    // No partner anywhere: what a number, date or English name costs untranslated.
                    e = a.Miss;
                    notes.Unmatched(side, u, k);
                }
                else if (Side.MatchesIn(a, partners, from, to))
                {
                    e = a.Match;
                    inside = true;
                    notes.Matched(side, u, k);
                }
                else
                {
                    // Partners, all outside the bead: evidence against it.
                    e = a.Miss;
                    notes.Contradicted(side, u, k);
                }

                if (e > 0)
                {
                    pos += e;
                }
                else
                {
                    neg += e;
                }

                if (inside && matched is not null && a.Match > 0)
                {
                    matched.Add((u, k));
                }
            }
        }

        positive = pos;
        negative = neg;
    }

    /// <summary>What <see cref="Walk"/> does with each anchor's outcome besides adding it up.</summary>
    private interface IWalkNotes
    {
        void Unmatched(Side side, int u, int k);

        void Matched(Side side, int u, int k);

        void Contradicted(Side side, int u, int k);
    }

    /// <summary>The search's walk: nothing noted.</summary>
    private readonly struct NoNotes : IWalkNotes
    {
        public void Unmatched(Side side, int u, int k)
        {
        }

        public void Matched(Side side, int u, int k)
        {
        }

        public void Contradicted(Side side, int u, int k)
        {
        }
    }

    /// <summary>--explain's walk: each anchor's text noted by its outcome.</summary>
    private readonly struct SurfaceNotes(Notes notes) : IWalkNotes
    {
        public void Unmatched(Side side, int u, int k) => notes.Unmatched.Add(side.Surface(u, k));

        public void Matched(Side side, int u, int k) => notes.Matched.Add(side.Surface(u, k));

        public void Contradicted(Side side, int u, int k) => notes.Contradicted.Add(side.Surface(u, k));
    }

    /// <summary>
    /// What the units [u0, u0+count) of one side of a bead cost as extra units, and the cost of
    /// the best-explained one: a unit's evidence is the weight of its anchors matched in the other
    /// side's [from, to] that no other unit of its side in the bead also matches (numbers always
    /// count: two cells of a table row may hold the same price). A line that only
    /// repeats what its neighbour says (a ministry name above a headline naming the ministry) brings
    /// nothing new and pays the full merge price.
    /// </summary>
    private (double Sum, double Best) SideMerge(Side side, List<(int Unit, int Anchor)> matched, int u0, int count)
    {
        // The anchors matched inside the bead were noted (unit, anchor) by the walk over the
        // bead; their keys are counted, and the units' evidence added up from the notes alone.
        // Read as a span: the list's enumerator is a call per note here (not inlined).
        var anchors = side.Anchors;
        var notes = CollectionsMarshal.AsSpan(matched);
        foreach (var (_, a) in notes)
        {
            _keyUse[anchors[a].Key]++;
        }

        double sum = 0, best = double.NegativeInfinity;
        int k = 0;
        for (int u = u0; u < u0 + count; u++)
        {
            // A dateline (Posted On: 03 MAY 2020 ...) matches the date a paragraph mentions, but
            // a date says when, not what: a unit with a matched date gets nothing for its dates
            // and numbers.
            int first = k;
            bool dated = false;
            for (; k < notes.Length && notes[k].Unit == u; k++)
            {
                dated |= anchors[notes[k].Anchor].Kind == AnchorKind.Date;
            }

            double evidence = 0;
            for (int x = first; x < k; x++)
            {
                ref readonly var a = ref anchors[notes[x].Anchor];
                var kind = a.Kind;
                if ((_keyUse[a.Key] == 1 || kind == AnchorKind.Number) && !(dated && kind is AnchorKind.Date or AnchorKind.Number))
                {
                    evidence += a.Match;
                }
            }

            double c = UnitMerge(evidence);
            sum += c;
            best = Math.Max(best, c);
        }

        foreach (var (_, a) in notes)
        {
            _keyUse[anchors[a].Key] = 0;
        }

        return (sum, best);
    }

    private double UnitMerge(double evidence) =>
        _options.MergePrior * Math.Max(_options.MergeFloor, 1 - (evidence / _options.MergeEvidence));

    /// <summary>True when the bead holds a separator line and a unit that is not one.</summary>
    private bool MixesSeparatorAndText(int i0, int hn, int j0, int en)
    {
        int separators = 0;
        for (int k = 0; k < hn; k++)
        {
            separators += _hindiSeparator[i0 + k] ? 1 : 0;
        }

        for (int k = 0; k < en; k++)
        {
            separators += _englishSeparator[j0 + k] ? 1 : 0;
        }

        return separators > 0 && separators < hn + en;
    }

    private sealed class LengthTable
    {
        private const int Size = 4096;
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(double, double, double), LengthTable> Tables = new();
        private readonly (double Variance, double HalfLog, double TwiceVariance)[] _rows = new (double, double, double)[Size];
        private readonly double _floor;
        private readonly double _perChar;
        private readonly double _sigma;

        private LengthTable(double floor, double perChar, double sigma)
        {
            _floor = floor;
            _perChar = perChar;
            _sigma = sigma;
            TwiceBackground = 2 * sigma * sigma;
            for (int t = 0; t < Size; t++)
            {
                _rows[t] = Row(t);
            }
        }

        /// <summary>2 sigma^2 of the background ("unrelated") distribution.</summary>
        public double TwiceBackground { get; }

        /// <summary>The last table asked for: models of one batch share their settings.</summary>
        private static LengthTable? _last;

        public static LengthTable For(AlignerOptions o)
        {
            var last = _last;
            if (last is not null && last._floor == o.VarianceFloor && last._perChar == o.VariancePerChar && last._sigma == o.BackgroundSigma)
            {
                return last;
            }

            return _last = Tables.GetOrAdd((o.VarianceFloor, o.VariancePerChar, o.BackgroundSigma), k => new LengthTable(k.Item1, k.Item2, k.Item3));
        }

        public (double Variance, double HalfLog, double TwiceVariance) this[int total] => (uint)total < Size ? _rows[total] : Row(total);

        public double Variance(int total) => this[total].Variance;

        private (double, double, double) Row(int total)
        {
            double mean = 0.5 * total + 1.0;
            double varT = _floor + _perChar / mean;
            return (varT, 0.5 * Math.Log(_sigma * _sigma / varT), 2 * varT);
        }
    }

    private sealed class Notes
    {
        public List<string> Matched { get; } = [];

        public List<string> Contradicted { get; } = [];

        public List<string> Unmatched { get; } = [];
    }
}
