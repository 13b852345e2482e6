using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;

namespace AlignCorpus.Core.Alignment;

/// <summary>
/// Scores a candidate bead from precomputed features: a length term (log-likelihood ratio of the
/// length ratio under "translation" against "unrelated paragraphs", Gale-Church style but with a
/// variance that shrinks as paragraphs grow), an anchor term (matched anchors count for the bead,
/// anchors whose partners lie elsewhere count against it), and a prior per bead shape.
/// A score above 0 means pairing beats leaving the units unaligned (a null bead scores 0).
/// </summary>
public sealed class CostModel
{
    private readonly AlignerOptions _options;
    private readonly int[] _hindiLength;
    private readonly int[] _englishLength;
    private readonly Weighted[][] _hindi;
    private readonly Weighted[][] _english;
    private readonly bool[] _hindiSeparator;
    private readonly bool[] _englishSeparator;
    private readonly bool _separators;

    /// <summary>
    /// What a bead that puts a separator line together with a text unit scores: a separator
    /// shares nothing with text, so such a bead is never chosen over leaving both apart.
    /// </summary>
    private const double SeparatorWithText = -100;

    public CostModel(AlignerOptions options, UnitFeatures[] hindi, UnitFeatures[] english, AnchorLinks links)
    {
        _options = options;
        _hindiSeparator = hindi.Select(IsSeparator).ToArray();
        _englishSeparator = english.Select(IsSeparator).ToArray();
        _separators = _hindiSeparator.Contains(true) || _englishSeparator.Contains(true);

        // A separator counts for a constant length: *** and a long rule line are the same thing.
        _hindiLength = hindi.Select((f, i) => _hindiSeparator[i] ? options.SeparatorLength : f.Length).ToArray();
        _englishLength = english.Select((f, j) => _englishSeparator[j] ? options.SeparatorLength : f.Length).ToArray();
        _hindi = links.Hindi.Select(u => Weigh(u, isEnglish: false)).ToArray();
        _english = links.English.Select(u => Weigh(u, isEnglish: true)).ToArray();
    }

    /// <summary>
    /// An anchor with its evidence worked out once: what it adds when a partner is inside the bead,
    /// what it costs when its partners are all elsewhere, and what it costs when it has none.
    /// Anchors that can never change a score (a Hindi word with no partner) are left out.
    /// </summary>
    private static bool IsSeparator(UnitFeatures f) => f.Anchors is [{ Kind: AnchorKind.Separator }];

    private readonly record struct Weighted(LinkedAnchor Anchor, double Match, double Elsewhere, double None);

    private Weighted[] Weigh(LinkedAnchor[] anchors, bool isEnglish)
    {
        var list = new List<Weighted>(anchors.Length);
        foreach (var a in anchors)
        {
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
                // Only numbers and dates, and names on the English side, are expected to show up in a translation.
                if (a.Kind is AnchorKind.Number or AnchorKind.Date || (isEnglish && a.Kind == AnchorKind.Name))
                {
                    list.Add(new Weighted(a, 0, 0, -_options.UnmatchedWeight * kindWeight));
                }

                continue;
            }

            double w = kindWeight / Math.Sqrt(a.Partners.Length) * (a.Fuzzy ? 1 - _options.FuzzyDiscount : 1);
            list.Add(new Weighted(a, w, -_options.ContradictionWeight * w, 0));
        }

        return [.. list];
    }

    /// <summary>Score of the pair bead Hindi [i0, i0+hn) with English [j0, j0+en); both counts at least 1.</summary>
    public double Score(int i0, int hn, int j0, int en) => LengthTerm(i0, hn, j0, en, out _) + AnchorTerm(i0, hn, j0, en, null) + Prior(hn, en);

    /// <summary>The same score with its terms and the anchors behind them.</summary>
    public BeadEvidence Explain(int i0, int hn, int j0, int en)
    {
        var notes = new Notes();
        double length = LengthTerm(i0, hn, j0, en, out double z);
        double anchors = AnchorTerm(i0, hn, j0, en, notes);
        double prior = Prior(hn, en);
        return new BeadEvidence(length + anchors + prior, z, length, anchors, prior, notes.Matched, notes.Contradicted, notes.Unmatched);
    }

    /// <summary>The prior of a bead shape.</summary>
    public double Prior(int hn, int en) => _options.PairPrior + _options.MergePrior * (hn - 1 + en - 1);

    /// <summary>Log-likelihood ratio of the length ratio; <paramref name="z"/> is its z-score.</summary>
    public double LengthTerm(int i0, int hn, int j0, int en, out double z)
    {
        int lh = hn - 1, le = en - 1;
        for (int k = 0; k < hn; k++)
        {
            lh += _hindiLength[i0 + k];
        }

        for (int k = 0; k < en; k++)
        {
            le += _englishLength[j0 + k];
        }

        double x = Math.Log((le + 1.0) / (lh + 1.0)) - _options.LengthLogMean;
        double mean = 0.5 * (lh + le) + 1.0;
        double varT = _options.VarianceFloor + _options.VariancePerChar / mean;
        double sb = _options.BackgroundSigma;
        z = x / Math.Sqrt(varT);
        double llr = 0.5 * Math.Log(sb * sb / varT) - x * x / (2 * varT) + x * x / (2 * sb * sb);

        // A good length ratio is necessary, not sufficient: two unrelated paragraphs of the same
        // length must not pair on length alone, so what it can add is capped.
        return Math.Min(llr, _options.LengthCap);
    }

    private double AnchorTerm(int i0, int hn, int j0, int en, Notes? notes)
    {
        if (_separators && MixesSeparatorAndText(i0, hn, j0, en))
        {
            notes?.Contradicted.Add("(separator with text)");
            return SeparatorWithText;
        }

        double positive = 0, negative = 0;
        int i1 = i0 + hn - 1, j1 = j0 + en - 1;
        for (int i = i0; i <= i1; i++)
        {
            foreach (var a in _hindi[i])
            {
                Accumulate(Evidence(a, j0, j1, notes), ref positive, ref negative);
            }
        }

        for (int j = j0; j <= j1; j++)
        {
            foreach (var a in _english[j])
            {
                Accumulate(Evidence(a, i0, i1, notes), ref positive, ref negative);
            }
        }

        // Matched evidence saturates: a bead of two long, anchor-rich paragraphs pairs must not
        // outscore the two 1-1 beads it is made of just by adding their anchors up.
        double s = _options.AnchorSaturation;
        return (s > 0 ? s * Math.Log(1 + positive / s) : positive) + negative;
    }

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

    private static void Accumulate(double e, ref double positive, ref double negative)
    {
        if (e > 0)
        {
            positive += e;
        }
        else
        {
            negative += e;
        }
    }

    private static double Evidence(in Weighted a, int from, int to, Notes? notes)
    {
        if (a.Anchor.Partners.Length == 0)
        {
            notes?.Unmatched.Add(a.Anchor.Anchor.Surface);
            return a.None;
        }

        if (a.Anchor.MatchesIn(from, to))
        {
            notes?.Matched.Add(a.Anchor.Anchor.Surface);
            return a.Match;
        }

        notes?.Contradicted.Add(a.Anchor.Anchor.Surface);
        return a.Elsewhere;
    }

    private sealed class Notes
    {
        public List<string> Matched { get; } = [];

        public List<string> Contradicted { get; } = [];

        public List<string> Unmatched { get; } = [];
    }
}
