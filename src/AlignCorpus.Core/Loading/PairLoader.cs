namespace AlignCorpus.Core.Loading;

/// <summary>Loads an article pair and checks by script that the Hindi file is Hindi and the English file English.</summary>
public static class PairLoader
{
    public static (Article Hindi, Article English) LoadPair(string hiPath, string enPath, UnitMode mode)
    {
        var hi = ArticleLoader.Load(hiPath, mode);
        var en = ArticleLoader.Load(enPath, mode);
        var hiLang = hi.Script.Language;
        var enLang = en.Script.Language;
        if (hiLang == Language.English && enLang == Language.Hindi)
        {
            throw new InputException(InputErrorKind.WrongLanguage, hiPath, null,
                $"the arguments look swapped: this file is English and {enPath} is Hindi; give the Hindi file first");
        }

        if (hiLang != Language.Hindi)
        {
            throw new InputException(InputErrorKind.WrongLanguage, hiPath, null,
                $"expected Hindi, but only {hi.Script.DevanagariShare:P0} of its letters are Devanagari" +
                (enLang == hiLang && hiLang is not null ? $" (both files are {hiLang})" : string.Empty));
        }

        if (enLang != Language.English)
        {
            throw new InputException(InputErrorKind.WrongLanguage, enPath, null,
                $"expected English, but only {en.Script.LatinShare:P0} of its letters are Latin" +
                (enLang == hiLang && enLang is not null ? $" (both files are {enLang})" : string.Empty));
        }

        return (hi, en);
    }
}
