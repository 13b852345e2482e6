namespace AlignCorpus.Core.Alignment;

/// <summary>
/// The parameters of the aligner and its cost model. Defaults are documented in
/// docs/ARCHITECTURE.md together with where they come from.
/// </summary>
public sealed record AlignerOptions
{
    /// <summary>Largest number of units on one side of a bead (beads 1-1 ... N-N); 1 to 6.</summary>
    public int MaxBead { get; init; } = 2;

    /// <summary>Largest k of the 1-k and k-1 beads allowed near the top (a headline against its title and subtitles).</summary>
    public int HeadBeadMax { get; init; } = 6;

    /// <summary>Such a headline bead must start within this many units of the top on both sides.</summary>
    public int HeadRegion { get; init; } = 3;

    /// <summary>Mean of ln(English length / Hindi length) for translations, in characters.</summary>
    public double LengthLogMean { get; init; } = 0.0;

    /// <summary>Variance of that log ratio is VarianceFloor + VariancePerChar / mean length.</summary>
    public double VarianceFloor { get; init; } = 0.008;

    /// <summary>See <see cref="VarianceFloor"/>.</summary>
    public double VariancePerChar { get; init; } = 3.0;

    /// <summary>Standard deviation of the log length ratio of two unrelated paragraphs.</summary>
    public double BackgroundSigma { get; init; } = 0.9;

    /// <summary>The most the length term can add to a bead's score.</summary>
    public double LengthCap { get; init; } = 1.2;

    /// <summary>Score of a 1-1 pair before evidence: what length and anchors must overcome.</summary>
    public double PairPrior { get; init; } = -0.8;

    /// <summary>Added for each unit beyond the first on a side of a bead (2-1 adds it once, 2-2 twice).</summary>
    public double MergePrior { get; init; } = -1.5;

    /// <summary>Weight of a matched number.</summary>
    public double NumberWeight { get; init; } = 1.5;

    /// <summary>Weight of a matched name.</summary>
    public double NameWeight { get; init; } = 1.2;

    /// <summary>Weight of a matched content word (transliterated loan word).</summary>
    public double WordWeight { get; init; } = 0.6;

    /// <summary>Weight of a matched month or weekday.</summary>
    public double DateWeight { get; init; } = 1.2;

    /// <summary>Weight of a matched gazetteer entity (country, city, institution, title).</summary>
    public double EntityWeight { get; init; } = 1.0;

    /// <summary>Weight of a content word matched through the bilingual dictionary.</summary>
    public double DictionaryWeight { get; init; } = 0.5;

    /// <summary>Weight of a separator line matched by a separator (any marks, any length).</summary>
    public double SeparatorWeight { get; init; } = 2.0;

    /// <summary>Length, in characters, a separator line counts for: its own marks say nothing.</summary>
    public int SeparatorLength { get; init; } = 3;

    /// <summary>Weight of a matched list ordinal ((ii) ~ (ख) ~ 2.).</summary>
    public double OrdinalWeight { get; init; } = 0.6;

    /// <summary>Share of an anchor's weight lost when its match is fuzzy.</summary>
    public double FuzzyDiscount { get; init; } = 0.3;

    /// <summary>Penalty, per unit of weight, for an anchor whose partners are all outside the bead.</summary>
    public double ContradictionWeight { get; init; } = 0.25;

    /// <summary>Penalty for a number or English name with no partner anywhere in the other article.</summary>
    public double UnmatchedWeight { get; init; } = 0.25;

    /// <summary>Matched anchor weight W counts as S ln(1 + W / S): evidence saturates (0: linear).</summary>
    public double AnchorSaturation { get; init; } = 15.0;

    /// <summary>Half-width of the search band around the diagonal, at least; it widens with the article.</summary>
    public int MinBand { get; init; } = 30;

    /// <summary>
    /// The table cells any alignment may search, together over its widened bands: 4 million, a
    /// full table of 2,000 units a side (see <see cref="CellBudget"/>).
    /// </summary>
    public long MinCells { get; init; } = 4_000_000;

    /// <summary>Cells per unit of both sides a long article may search beyond <see cref="MinCells"/>: time stays linear.</summary>
    public int CellsPerUnit { get; init; } = 64;

    /// <summary>
    /// The cells the searches of an alignment of <paramref name="n"/> and <paramref name="m"/>
    /// units may fill together: <see cref="MinCells"/>, or <see cref="CellsPerUnit"/> per unit
    /// of a long article, never more than <see cref="Alignment.Aligner.MaxCells"/>.
    /// </summary>
    public long CellBudget(int n, int m) => Math.Min(Aligner.MaxCells, Math.Max(MinCells, CellsPerUnit * ((long)n + m + 2)));

    /// <summary>Steepness of the logistic that turns a bead's score into a confidence in [0, 1].</summary>
    public double ConfidenceSlope { get; init; } = 0.8;

    /// <summary>
    /// How far below zero a unit's best pairing must score before leaving it unaligned is more
    /// likely right than not: a unit that almost paired is a coin flip, not a sure null bead.
    /// </summary>
    public double NullMargin { get; init; } = 0.5;

    /// <summary>
    /// Added to a bead for each of its two ends (start, end) where both sides lie on a paragraph
    /// boundary, when units are sentences aligned across the whole article: the two pages' paragraph
    /// breaks are evidence of where beads begin and end, not walls. 0 when units are paragraphs.
    /// </summary>
    public double BoundaryAgree { get; init; }

    /// <summary>Subtracted for each end of a bead where one side lies on a paragraph boundary and the other does not.</summary>
    public double BoundaryMismatch { get; init; }

    /// <summary>
    /// Sentences across an article: align twice, the second time charging a boundary mismatch
    /// ln((1 - r) / r), r the mismatch rate of the first pass (at least <see cref="BoundaryMismatch"/>, at most 2).
    /// </summary>
    public bool AdaptiveBoundaries { get; init; }

    /// <summary>
    /// Sentences across an article: a run of unaligned sentences of both pages between two pairs,
    /// partly inside a paragraph, is paired when its bead scores at least this (see
    /// the sentence stage's <c>Leftovers</c>); positive infinity: never.
    /// </summary>
    public double LeftoverFloor { get; init; } = double.PositiveInfinity;

    /// <summary>
    /// When above 0: an extra unit of a bead costs <see cref="MergePrior"/> scaled by how little of
    /// this much anchor evidence it has matched inside the bead (see <see cref="CostModel"/>). 0: a flat MergePrior.
    /// </summary>
    public double MergeEvidence { get; init; }

    /// <summary>The least share of <see cref="MergePrior"/> an extra unit pays, however well its anchors match.</summary>
    public double MergeFloor { get; init; } = 0.2;

    /// <summary>
    /// Beads of more than one unit on a side whose two sides' lengths differ by more than this
    /// (natural log of the ratio) are not scored at all: they cannot win.
    /// </summary>
    public double MaxMergeLogRatio { get; init; } = double.PositiveInfinity;

    /// <summary>
    /// Beads 1-k and k-1 with k above <see cref="MaxBead"/> are tried only when each unit beyond
    /// the first <see cref="MaxBead"/> of the k is at most this long (characters): title lines,
    /// subtitles and table cells are short.
    /// </summary>
    public int MaxLineForMany { get; init; } = int.MaxValue;

    /// <summary>
    /// Sentences across an article: a line that goes on with the one before
    /// (<see cref="Analysis.LineShape.ContinuesPrevious"/>) is kept in one paragraph bead with it.
    /// </summary>
    public bool CutLines { get; init; }

    public static AlignerOptions Default { get; } = new();
}
