using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Sentences;

/// <summary>
/// Cuts a sentence that the splitter could not cut where the other page shows the cut: when one
/// sentence is aligned with two of the other page (a 1-2 or 2-1 bead), and the one sentence has a
/// place where a sentence may end without its mark (a Hindi clause-final verb with no danda after
/// it, a closing quote after which a new sentence starts), it is cut there if the two pieces have
/// the proportions of the other page's two sentences. The bead becomes two 1-1 pairs.
/// </summary>
/// <remarks>
/// The splitter alone cannot cut "... रहा है हमारी दृष्टि ...": a missing danda is common in
/// scraped Hindi, and so is "है" inside a sentence ("कहा है कि"). The other page's sentence break
/// is the evidence that decides.
/// </remarks>
public static class GuidedSplit
{
    /// <summary>Hindi verb forms that end a clause: a sentence may end after them without a danda.</summary>
    private static readonly HashSet<string> ClauseEnds = new(StringComparer.Ordinal)
    {
        "है", "हैं", "था", "थी", "थे", "किया", "किए", "गया", "गई", "गए", "दिया", "दी", "दिए", "रहा", "रही", "रहे",
        "होगा", "होगी", "होंगे", "जाएगा", "जाएगी", "जाएंगे", "चाहिए", "सकता", "सकती", "सकते",
    };

    /// <summary>Words that go on with the clause before them: no sentence starts with them.</summary>
    private static readonly HashSet<string> GoesOn = new(StringComparer.Ordinal)
    {
        "कि", "और", "तथा", "एवं", "व", "या", "तो", "जो", "जब", "क्योंकि", "लेकिन", "पर", "परंतु", "किंतु", "ताकि", "जबकि", "है", "हैं", "था", "थे", "थी",
    };

    /// <summary>The most the two pieces' length ratio may differ (in log) from that of the other page's two sentences.</summary>
    public const double MaxLogDifference = 0.4;

    /// <summary>
    /// Where to cut <paramref name="text"/> (the index where the second piece starts) so that its
    /// pieces match sentences of <paramref name="firstLength"/> and <paramref name="secondLength"/>
    /// characters on the other page, or null.
    /// </summary>
    public static int? Find(string text, int firstLength, int secondLength)
    {
        double target = Math.Log((firstLength + 1.0) / (secondLength + 1.0));
        int? best = null;
        double bestDiff = MaxLogDifference;
        for (int k = 1; k < text.Length - 1; k++)
        {
            if (text[k] != ' ' || !CanEndBefore(text, k))
            {
                continue;
            }

            double diff = Math.Abs(Math.Log((k + 1.0) / (text.Length - k + 1.0)) - target);
            if (diff <= bestDiff)
            {
                bestDiff = diff;
                best = k + 1;
            }
        }

        return best;
    }

    /// <summary>
    /// The beads with each such 1-2 and 2-1 bead made two pairs, over sentence articles in which
    /// the cut sentences are two; <paramref name="parents"/> (a paragraph bead per sentence bead) follows.
    /// </summary>
    public static (Article Hindi, Article English, List<Bead> Beads, List<int> Parents) Apply(
        Article hindi, Article english, IReadOnlyList<Bead> beads, IReadOnlyList<int> parents)
    {
        var hu = new List<Unit>(hindi.Count + 4);
        var eu = new List<Unit>(english.Count + 4);
        var outBeads = new List<Bead>(beads.Count + 4);
        var outParents = new List<int>(beads.Count + 4);
        for (int k = 0; k < beads.Count; k++)
        {
            var b = beads[k];
            if (b is { HindiCount: 1, EnglishCount: 2 } && Cut(hindi.Units[b.HindiStart], english.Units[b.EnglishStart], english.Units[b.EnglishStart + 1]) is var (h1, h2))
            {
                Pair(h1, english.Units[b.EnglishStart], b.Score, parents[k]);
                Pair(h2, english.Units[b.EnglishStart + 1], b.Score, parents[k]);
                continue;
            }

            if (b is { HindiCount: 2, EnglishCount: 1 } && Cut(english.Units[b.EnglishStart], hindi.Units[b.HindiStart], hindi.Units[b.HindiStart + 1]) is var (e1, e2))
            {
                Pair(hindi.Units[b.HindiStart], e1, b.Score, parents[k]);
                Pair(hindi.Units[b.HindiStart + 1], e2, b.Score, parents[k]);
                continue;
            }

            outBeads.Add(new Bead(hu.Count, b.HindiCount, eu.Count, b.EnglishCount, b.Score));
            outParents.Add(parents[k]);
            for (int i = 0; i < b.HindiCount; i++)
            {
                hu.Add(hindi.Units[b.HindiStart + i] with { Index = hu.Count });
            }

            for (int j = 0; j < b.EnglishCount; j++)
            {
                eu.Add(english.Units[b.EnglishStart + j] with { Index = eu.Count });
            }
        }

        return (new Article(hindi.Source, hu, hindi.Script), new Article(english.Source, eu, english.Script), outBeads, outParents);

        void Pair(Unit h, Unit e, double score, int parent)
        {
            outBeads.Add(new Bead(hu.Count, 1, eu.Count, 1, score));
            outParents.Add(parent);
            hu.Add(h with { Index = hu.Count });
            eu.Add(e with { Index = eu.Count });
        }
    }

    /// <summary>The two pieces of <paramref name="unit"/> matching <paramref name="first"/> and <paramref name="second"/>, or null.</summary>
    private static (Unit, Unit)? Cut(Unit unit, Unit first, Unit second)
    {
        string text = unit.Original;
        if (Find(text, first.Original.Length, second.Original.Length) is not { } at)
        {
            return null;
        }

        return (ArticleLoader.MakeUnit(0, text[..(at - 1)].TrimEnd(), unit.Line), ArticleLoader.MakeUnit(0, text[at..].TrimStart(), unit.Line));
    }

    /// <summary>
    /// Whether a sentence may end at the space at <paramref name="space"/> though no mark says so.
    /// Rules: after a closing quote, when a capital or another script follows (English "... bag,"
    /// U.S. Attorney", Hindi "... बैग में" यू.एस."); after a Hindi clause-final verb (है, था, किया,
    /// गया ...), unless the next word goes on with the clause (कि, और, लेकिन ...).
    /// </summary>
    private static bool CanEndBefore(string text, int space)
    {
        char before = text[space - 1];
        char after = text[space + 1];
        if (before is '"' or '”' or '’' && space >= 2 && !char.IsWhiteSpace(text[space - 2]))
        {
            return char.IsUpper(after) || (after >= '\u0900' && after <= '\u097F');
        }

        int start = text.LastIndexOf(' ', space - 1) + 1;
        if (!ClauseEnds.Contains(text[start..space]))
        {
            return false;
        }

        int end = text.IndexOf(' ', space + 1);
        string next = end < 0 ? text[(space + 1)..] : text[(space + 1)..end];
        return next.Length > 0 && !GoesOn.Contains(next) && next[0] >= '\u0900' && next[0] <= '\u097F';
    }
}
