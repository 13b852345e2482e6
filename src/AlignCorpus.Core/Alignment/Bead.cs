namespace AlignCorpus.Core.Alignment;

/// <summary>
/// One bead of a monotone alignment: a run of Hindi units and a run of English units that are
/// translations of each other; one side is empty for a unit left unaligned.
/// </summary>
/// <param name="HindiStart">First Hindi unit index.</param>
/// <param name="HindiCount">Number of Hindi units (0 for an English-only bead).</param>
/// <param name="EnglishStart">First English unit index.</param>
/// <param name="EnglishCount">Number of English units (0 for a Hindi-only bead).</param>
/// <param name="Score">Confidence in [0, 1] that the bead is right.</param>
public readonly record struct Bead(int HindiStart, int HindiCount, int EnglishStart, int EnglishCount, double Score)
{
    /// <summary>True when both sides have units.</summary>
    public bool IsPair => HindiCount > 0 && EnglishCount > 0;

    /// <summary>The bead's type as "hi-en" counts, e.g. "1-1", "2-1", "0-1".</summary>
    public string Type => HindiCount < CommonTypes && EnglishCount < CommonTypes
        ? TypeNames[(HindiCount * CommonTypes) + EnglishCount]
        : $"{HindiCount}-{EnglishCount}";

    // The names of the beads up to 7-7 made once: the batch summary counts every bead by type.
    private const int CommonTypes = 8;
    private static readonly string[] TypeNames = [.. Enumerable.Range(0, CommonTypes * CommonTypes).Select(i => $"{i / CommonTypes}-{i % CommonTypes}")];

    public IEnumerable<int> HindiIndices => Enumerable.Range(HindiStart, HindiCount);

    public IEnumerable<int> EnglishIndices => Enumerable.Range(EnglishStart, EnglishCount);

    /// <summary>The confidence of a bead score: logistic(slope × score), rounded to 4 places (same bytes on every machine).</summary>
    public static double Confidence(double score, double slope) => Math.Round(1.0 / (1.0 + Math.Exp(-slope * score)), 4);
}
