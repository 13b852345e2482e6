using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Alignment;

/// <summary>The alignment of an article pair: its beads in order, covering every unit of both sides once.</summary>
public sealed class AlignmentResult
{
    public AlignmentResult(Article hindi, Article english, IReadOnlyList<Bead> beads, IReadOnlyList<BeadEvidence>? evidence = null)
    {
        Hindi = hindi;
        English = english;
        Beads = beads;
        Evidence = evidence;
    }

    public Article Hindi { get; }

    public Article English { get; }

    public IReadOnlyList<Bead> Beads { get; }

    /// <summary>Per bead, the terms of its score (only when asked for, with --explain).</summary>
    public IReadOnlyList<BeadEvidence>? Evidence { get; }

    /// <summary>The Hindi text of a bead (units joined by a space).</summary>
    public string HindiText(Bead b) => Join(Hindi, b.HindiStart, b.HindiCount);

    /// <summary>The English text of a bead (units joined by a space).</summary>
    public string EnglishText(Bead b) => Join(English, b.EnglishStart, b.EnglishCount);

    private static string Join(Article a, int start, int count) => count switch
    {
        0 => string.Empty,
        1 => a.Units[start].Text,
        _ => string.Join(' ', Enumerable.Range(start, count).Select(i => a.Units[i].Text)),
    };
}
