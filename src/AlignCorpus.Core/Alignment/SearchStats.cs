namespace AlignCorpus.Core.Alignment;

/// <summary>
/// What the banded searches of an alignment did: how many cells of the dynamic programme's
/// table they filled (time and memory follow it), how many searches stopped widening at the cell
/// budget (<see cref="AlignerOptions.CellBudget"/>) with a pair still on the band's edge, and how many
/// of those took the path found in a band along the anchors instead of the diagonal's.
/// </summary>
/// <param name="Cells">Cells filled, over every band searched (widened bands and the quick pass included).</param>
/// <param name="Searches">Searches run (one per call of the aligner; a paragraph pair's sentences are one).</param>
/// <param name="Bounded">Searches that gave up widening: a part of such a pair may be left unaligned or misaligned.</param>
/// <param name="Guided">Bounded searches whose result came from the band along the anchors.</param>
public readonly record struct SearchStats(long Cells, int Searches, int Bounded, int Guided)
{
    public static SearchStats operator +(SearchStats a, SearchStats b) =>
        new(a.Cells + b.Cells, a.Searches + b.Searches, a.Bounded + b.Bounded, a.Guided + b.Guided);

    /// <summary>
    /// A line for the user when a search was bounded (null otherwise): the pair is aligned, but
    /// its two sides follow each other too loosely (sizes far apart, few shared anchors) for a
    /// full search in bounded time and memory.
    /// </summary>
    public string? Warning => Bounded == 0 ? null
        : $"the two sides follow each other too loosely (sizes far apart or few shared anchors) for a full search: aligned within a budget of {Cells:N0} table cells; pairs far from the diagonal and from the anchors may be missed";
}
