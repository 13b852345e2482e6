namespace AlignCorpus.Core.Analysis;

/// <summary>
/// Numbers written as words, and the scale words that multiply a preceding number
/// (10 lakh = 1 million, 3 crore = 30 million, $50bn). Hindi forms are given in Lucene's
/// normalised spelling as well as the common one, so both match.
/// </summary>
public static class NumberWords
{
    /// <summary>Cardinal number words: what they count.</summary>
    public static readonly IReadOnlyDictionary<string, long> Cardinals = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase)
    {
        // English
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12,

        // Hindi ("one"/एक is left out on both sides: it is mostly an article)
        ["दो"] = 2, ["तीन"] = 3, ["चार"] = 4, ["पांच"] = 5, ["पाँच"] = 5, ["छह"] = 6, ["छः"] = 6, ["सात"] = 7,
        ["आठ"] = 8, ["नौ"] = 9, ["दस"] = 10, ["ग्यारह"] = 11, ["बारह"] = 12, ["तेरह"] = 13, ["चौदह"] = 14,
        ["पंद्रह"] = 15, ["पन्द्रह"] = 15, ["सोलह"] = 16, ["सत्रह"] = 17, ["अठारह"] = 18, ["उन्नीस"] = 19,
        ["बीस"] = 20, ["पच्चीस"] = 25, ["तीस"] = 30, ["चालीस"] = 40, ["पचास"] = 50, ["साठ"] = 60,
        ["सत्तर"] = 70, ["अस्सी"] = 80, ["नब्बे"] = 90, ["सौ"] = 100, ["दर्जन"] = 12,
    };

    /// <summary>Words for one that count only before a scale word (one million, a lakh, एक करोड़).</summary>
    public static readonly IReadOnlySet<string> One = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "one", "a", "एक" };

    /// <summary>Scale words: a number before them is multiplied (and the product is an anchor too).</summary>
    public static readonly IReadOnlyDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["mn"] = 1e6, ["m"] = 1e6, ["billion"] = 1e9, ["bn"] = 1e9,
        ["trillion"] = 1e12, ["lakh"] = 1e5, ["lakhs"] = 1e5, ["crore"] = 1e7, ["crores"] = 1e7,
        ["हजार"] = 1e3, ["हज़ार"] = 1e3, ["लाख"] = 1e5, ["करोड़"] = 1e7, ["करोड"] = 1e7, ["अरब"] = 1e9,
        ["खरब"] = 1e11, ["मिलियन"] = 1e6, ["बिलियन"] = 1e9,
    };

    /// <summary>The count a word names, trying each of its forms (raw, normalised).</summary>
    public static long? CardinalOf(params string[] forms)
    {
        foreach (var f in forms)
        {
            if (Cardinals.TryGetValue(f, out long c))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The factor a scale word multiplies by, trying each of its forms.</summary>
    public static double? ScaleOf(params string[] forms)
    {
        foreach (var f in forms)
        {
            if (Scales.TryGetValue(f, out double s))
            {
                return s;
            }
        }

        return null;
    }
}
