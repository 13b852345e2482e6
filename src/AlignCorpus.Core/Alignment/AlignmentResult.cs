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

    /// <summary>What the search cost, and whether it was bounded (<see cref="SearchStats.Warning"/>).</summary>
    public SearchStats Search { get; init; }

    /// <summary>Per bead, the terms of its score (only when asked for, with --explain).</summary>
    public IReadOnlyList<BeadEvidence>? Evidence { get; }

    /// <summary>The Hindi text of a bead (units joined by a space), as the file has it or in NFC.</summary>
    public string HindiText(Bead b, TextForm form = TextForm.Original) => Join(Hindi, b.HindiStart, b.HindiCount, form);

    /// <summary>The English text of a bead (units joined by a space), as the file has it or in NFC.</summary>
    public string EnglishText(Bead b, TextForm form = TextForm.Original) => Join(English, b.EnglishStart, b.EnglishCount, form);

    private static string Join(Article a, int start, int count, TextForm form) => count switch
    {
        0 => string.Empty,
        1 => Text(a.Units[start], form),
        _ => string.Join(' ', Enumerable.Range(start, count).Select(i => Text(a.Units[i], form))),
    };

    private static string Text(Unit u, TextForm form) => form == TextForm.Nfc ? u.Text : u.Original;
}
