namespace AlignCorpus.Core.Analysis;

/// <summary>What the aligner needs of one unit, computed once when the article is analysed.</summary>
/// <param name="Length">Length in characters (UTF-16 code units) of the unit's text.</param>
/// <param name="Anchors">Distinct anchors (by key) in order of first appearance.</param>
public sealed record UnitFeatures(int Length, Anchor[] Anchors);
