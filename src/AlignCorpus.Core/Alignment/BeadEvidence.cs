namespace AlignCorpus.Core.Alignment;

/// <summary>The terms that make a bead's score, for --explain.</summary>
public sealed record BeadEvidence(
    double Total,
    double LengthZ,
    double LengthTerm,
    double AnchorTerm,
    double Prior,
    IReadOnlyList<string> Matched,
    IReadOnlyList<string> Contradicted,
    IReadOnlyList<string> Unmatched)
{
    /// <summary>The evidence of a null bead: nothing.</summary>
    public static BeadEvidence None { get; } = new(0, 0, 0, 0, 0, [], [], []);

    /// <summary>For a paragraph bead made from aligned sentences: which sentences linked (s3~s5-6), else empty.</summary>
    public IReadOnlyList<string> SentenceLinks { get; init; } = [];
}
