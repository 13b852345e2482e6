using AlignCorpus.Core.Files;

namespace AlignCorpus.Core.Loading;

/// <summary>
/// Loads an article pair and checks, by comparing the two files' scripts
/// (<see cref="ScriptComparison"/>), that the Hindi file is the Hindi one and the English file the English one.
/// </summary>
public static class PairLoader
{
    /// <summary>
    /// Loads both files; either (not both) may be "-" for <paramref name="standardInput"/>;
    /// <paramref name="hiStat"/> and <paramref name="enStat"/> are the files' stats when the caller
    /// has just taken them (each saves a stat).
    /// </summary>
    public static (Article Hindi, Article English) LoadPair(string hiPath, string enPath, UnitMode mode, long maxBytes = InputFile.DefaultMaxBytes, Stream? standardInput = null,
        FileNode? hiStat = null, FileNode? enStat = null)
    {
        var hi = ArticleLoader.Load(hiPath, mode, maxBytes, standardInput, hiStat);
        var en = ArticleLoader.Load(enPath, mode, maxBytes, standardInput, enStat);
        Check(hi.Script, hi.Source, en.Script, en.Source);
        return (hi, en);
    }

    /// <summary>Throws a <see cref="InputErrorKind.WrongLanguage"/> error naming the file at fault unless the pair is as given.</summary>
    public static void Check(ScriptProfile hi, string hiPath, ScriptProfile en, string enPath)
    {
        var order = ScriptComparison.Decide(hi, en);
        if (order == PairOrder.AsGiven)
        {
            return;
        }

        string hiShares = ScriptComparison.Describe(hi), enShares = ScriptComparison.Describe(en);
        if (order == PairOrder.Swapped)
        {
            // The "Hindi" file leans clearly Latin and the "English" file clearly Devanagari.
            throw new InputException(InputErrorKind.WrongLanguage, hiPath, null,
                $"the arguments look swapped: this file is English ({hiShares}) and {enPath} is Hindi ({enShares}); give the Hindi file first");
        }

        // Same language by the per-file majority: said when a side lacks its script, as it is the usual mistake.
        string both = hi.Language == en.Language && hi.Language is { } lang ? $" (both files are {lang})" : string.Empty;
        if (!ScriptComparison.CanBeHindi(hi))
        {
            // Too little Devanagari to be the Hindi side of any pair.
            throw new InputException(InputErrorKind.WrongLanguage, hiPath, null,
                $"expected Hindi, but only {hi.DevanagariShare:P0} of its letters are Devanagari (at least {ScriptComparison.MinOwnShare:P0} needed; {enPath} has {enShares}){both}");
        }

        if (!ScriptComparison.CanBeEnglish(en))
        {
            // Too little Latin to be the English side of any pair.
            throw new InputException(InputErrorKind.WrongLanguage, enPath, null,
                $"expected English, but only {en.LatinShare:P0} of its letters are Latin (at least {ScriptComparison.MinOwnShare:P0} needed; {hiPath} has {hiShares}){both}");
        }

        // Each side has some of its script, but neither leans clearly enough the other way (two mixed pages).
        throw new InputException(InputErrorKind.WrongLanguage, hiPath, null,
            $"cannot tell which file is Hindi: this file has {hiShares} and {enPath} {enShares}; the Hindi file needs a Devanagari share, "
            + $"and the English file a Latin share, at least {ScriptComparison.Margin * 100:0} points above the other file's");
    }
}
