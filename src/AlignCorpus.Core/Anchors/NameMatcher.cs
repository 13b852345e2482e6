using AlignCorpus.Core.Analysis;

namespace AlignCorpus.Core.Anchors;

/// <summary>
/// Whether a Hindi word and an English word name the same thing: by consonant skeleton
/// (<see cref="PhoneticKey.Close"/>), as a spelled acronym (सीआईए ~ CIA), or as one gazetteer
/// concept (यूरोपीय संघ ~ EU). The aligner applies the same rules through its anchor index;
/// this answers for one pair (tests, tools).
/// </summary>
public static class NameMatcher
{
    public static bool Matches(string hindi, string english, Gazetteer? gazetteer = null)
    {
        var g = gazetteer ?? Gazetteer.Default;
        // Known concepts on both sides decide; one known side still leaves spelling variants
        // the gazetteer lacks (Gujrat ~ गुजरात) to the skeletons.
        int hc = g.FindHindi(Gazetteer.HindiKey(hindi));
        int ec = g.FindEnglish(english);
        if (hc != 0 && ec != 0)
        {
            return hc == ec;
        }

        string[] hw = hindi.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] ew = english.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (hw.Length == 1 && ew.Length == 1 && Acronym.FromLatin(ew[0]) is { } acronym)
        {
            return Acronym.FromDevanagari(hw[0]) == acronym;
        }

        // Multi-word names: the skeletons of all words, in order (जेक सुलिवन ~ Jake Sullivan).
        if (hw.Length != ew.Length)
        {
            return PhoneticKey.Close(Skeleton(hw, w => PhoneticKey.FromDevanagari(w)), Skeleton(ew, w => PhoneticKey.FromLatin(w)));
        }

        for (int i = 0; i < hw.Length; i++)
        {
            if (!PhoneticKey.Close(PhoneticKey.FromDevanagari(hw[i]), PhoneticKey.FromLatin(ew[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static string Skeleton(string[] words, Func<string, string> key) => string.Concat(words.Select(key));
}
