using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Sentences;

/// <summary>
/// Cuts a paragraph into sentences, Hindi or English (or both mixed: the rules go by the script of
/// the word before a mark), by rules: one commented rule per case, in
/// <see cref="EndsAt"/>. A sentence ends at a terminator (danda, double danda, ?, !, the full
/// stop, the ellipsis) followed by closing quotes or brackets, then white space; the full stop
/// does not end one after an abbreviation, an initial or a dotted acronym. The pieces are ranges
/// of the text as given (not normalised), so the sentences are the paragraph's own characters.
/// </summary>
/// <remarks>
/// Written by hand rather than with a library: ICU's break iterator (ICU4N) knows neither Hindi
/// news conventions (the full stop used as a danda, मि./डॉ./रु. and letter-name initials such as
/// के.) nor the English news abbreviations below, and it would bring a 30 MB data dependency
/// for what is a table of exceptions around a handful of marks.
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>English abbreviations that never end a sentence: titles before a name, "No." before a number.</summary>
    private static readonly HashSet<string> EnglishTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "capt", "cpt", "sgt", "maj", "brig", "adm",
        "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "no", "nos", "vs", "v", "rs", "re", "mt",
        "ft", "fig", "art", "sec", "ch", "vol", "pp", "approx", "dept", "govt", "messrs", "smt", "shri", "sh",
        "e.g", "i.e", "cf", "viz", "al", "op",
    };

    /// <summary>
    /// English abbreviations that end a sentence when the next word is one that opens sentences
    /// (see <see cref="OpensSentence"/>), and otherwise do not: "in Nov. 10" but "in Nov. The".
    /// </summary>
    private static readonly HashSet<string> EnglishAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "ltd", "co", "corp", "bros", "jr", "sr", "etc", "est", "ave", "blvd", "rd", "km", "kg", "cm",
        "mm", "min", "max", "hrs", "yrs", "pvt",
    };

    /// <summary>
    /// Hindi abbreviations written with a full stop: titles (मि. = Mr., डॉ., प्रो., श्री.), the
    /// rupee (रु.), number (नं.), Limited (लि.), Private (प्रा.), the era marks (ई., ई.पू.).
    /// </summary>
    private static readonly HashSet<string> HindiAbbreviations = new(StringComparer.Ordinal)
    {
        "मि", "मिस", "डॉ", "डा", "प्रो", "श्री", "श्रीमती", "सुश्री", "कु", "स्व", "सं", "रु", "रू", "नं", "लि", "प्रा",
        "ई", "पू", "पृ", "मो", "जन", "फर", "अप्रै", "अग", "सित", "अक्टू", "नव", "दिस", "वि", "उ", "प", "द",
    };

    /// <summary>English words that open sentences and rarely follow an abbreviation inside one.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "In", "On", "At", "But", "And", "However", "According", "Meanwhile", "His", "Her", "Their", "Its", "Our",
        "If", "When", "While", "After", "Before", "As", "For", "Some", "Many", "Also", "Police", "Officials",
    };

    /// <summary>Cuts <paramref name="text"/> into sentence ranges (trimmed, never empty).</summary>
    public static List<Range> Split(string text)
    {
        var result = new List<Range>();
        Split(text, result);
        return result;
    }

    /// <summary>The same into <paramref name="result"/> (cleared first): a caller that cuts paragraph after paragraph keeps one list.</summary>
    internal static void Split(string text, List<Range> result)
    {
        result.Clear();
        int start = 0;
        int ellipsis = text.IndexOf('…');

        // Only a terminator can end a sentence: the text between them is skipped by vector searches.
        for (int i = 0; (i = NextTerminator(text, i, ref ellipsis)) >= 0;)
        {
            if (EndsAt(text, start, i, out int end))
            {
                Add(text, start, end, result);
                start = end;
                i = end;
            }
            else
            {
                i++;
            }
        }

        Add(text, start, text.Length, result);
    }

    /// <summary>The sentences of <paramref name="text"/> as strings.</summary>
    public static List<string> SplitToStrings(string text) => [.. Split(text).Select(r => text[r])];

    /// <summary>
    /// Whether a sentence ends with the mark at <paramref name="i"/>; <paramref name="end"/> is
    /// where it ends (after the mark, any repeated marks and closing quotes or brackets).
    /// </summary>
    private static bool EndsAt(string text, int start, int i, out int end)
    {
        end = i;
        char c = text[i];
        if (!IsTerminator(c))
        {
            return false;
        }

        // Runs of marks ("?!", "...", "।।") and closing quotes or brackets after them belong to the sentence.
        int j = i + 1;
        while (j < text.Length && IsTerminator(text[j]))
        {
            j++;
        }

        int marksEnd = j;
        while (j < text.Length && IsCloser(text[j]))
        {
            j++;
        }

        end = j;
        bool atEnd = j == text.Length;
        bool space = !atEnd && char.IsWhiteSpace(text[j]);
        int next = j;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next == text.Length)
        {
            // Nothing follows: the paragraph's end is the sentence's end anyway.
            return false;
        }

        // The danda and double danda always end a sentence, even with no space after them
        // ("है।उन्होंने" is common in scraped Hindi).
        if (c is '।' or '॥')
        {
            return true;
        }

        // Every other mark needs white space after it: "3.5", "U.S.", "timesofindia.com", "?)".
        if (!space)
        {
            return false;
        }

        char following = text[next];
        if (c is '?' or '!')
        {
            // A question or exclamation ends a sentence unless the text goes on in lower case
            // (English "Yahoo! said"); Hindi has no case.
            return !char.IsLower(following);
        }

        if (c == '…' || (c == '.' && marksEnd - i >= 3))
        {
            // An ellipsis mostly marks words left out inside a sentence or a quote ("यह सब …
            // उच्च स्तरीय"); it ends one when a quote closes after it ("इसलिए..." उन्होंने) or
            // before a capital or an opening quote.
            return end > marksEnd || char.IsUpper(following) || IsOpener(following);
        }

        // A dateline or a label ("Jaipur. Due to ...", "जयपुर. ट्रेनों ...", "1. First ...") is
        // one word with a full stop at the start of a paragraph or sentence: not a sentence of its own.
        if (text.AsSpan(start, i - start).Trim().IndexOfAny(' ', '\u00A0') < 0)
        {
            return false;
        }

        // The full stop (Hindi news often uses it for the danda).
        return FullStopEnds(text, i, following, next);
    }

    private static bool FullStopEnds(string text, int dot, char following, int next)
    {
        // An English sentence never goes on in lower case: "approx. two", "a.m. on".
        if (char.IsLower(following))
        {
            return false;
        }

        int wordStart = dot;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && !IsOpener(text[wordStart - 1]))
        {
            wordStart--;
        }

        string word = text[wordStart..dot];
        if (word.Length == 0)
        {
            // A full stop standing alone (" . ") ends the sentence before it.
            return true;
        }

        if (IsDevanagari(word[^1]))
        {
            return HindiWordEnds(word);
        }

        // A single capital is an initial ("J. K. Rowling", "Biden (R.)"); a dotted acronym or
        // abbreviation ("U.S.", "a.m.", "D.M.") and months, "Inc." and the like usually sit inside
        // a sentence: all end one only before a word that opens sentences ("in Nov. 10" but "in
        // Nov. The"). Titles and "No." never end one.
        string bare = word.TrimEnd('.');
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return OpensSentence(text, next);
        }

        if (EnglishTitles.Contains(bare))
        {
            return false;
        }

        return !(word.Contains('.') || EnglishAbbreviations.Contains(word)) || OpensSentence(text, next);
    }

    /// <summary>Whether a Hindi word followed by a full stop ends its sentence.</summary>
    private static bool HindiWordEnds(string word)
    {
        string nfc = ArticleLoader.Nfc(word);

        // A dotted acronym in letter names ("वाई.एम.सी.ए.", "यू.एस.") sits inside its sentence.
        if (nfc.Contains('.'))
        {
            return false;
        }

        // Abbreviations: मि. सुब्रमण्यम, डॉ. सिंह, रु. 500.
        if (HindiAbbreviations.Contains(nfc))
        {
            return false;
        }

        // An initial in a letter name: "के. नटवर सिंह", "एम. करुणानिधि".
        return !Acronym.IsLetterName(nfc);
    }

    /// <summary>Whether the word at <paramref name="pos"/> starts like a sentence: a capital, a digit, a quote, another script.</summary>
    private static bool OpensSentence(string text, int pos)
    {
        string word = NextWord(text, pos);
        return word.Length > 0 && SentenceOpeners.Contains(word);
    }

    private static string NextWord(string text, int pos)
    {
        while (pos < text.Length && IsOpener(text[pos]))
        {
            pos++;
        }

        int end = pos;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[pos..end];
    }

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '।' or '॥' or '…';

    /// <summary>
    /// The place of the first terminator at or after <paramref name="from"/>, or -1.
    /// <paramref name="ellipsis"/> is the first ellipsis at or after an earlier place (-1: none
    /// there), moved on here once passed.
    /// </summary>
    /// <remarks>
    /// The ellipsis is searched for apart: with it the terminators are six characters, and the
    /// runtime searches for six (or a SearchValues of them, Devanagari and ASCII mixed) well
    /// slower than for five; it is rare, so it is looked for again only once passed.
    /// </remarks>
    private static int NextTerminator(string text, int from, ref int ellipsis)
    {
        if (ellipsis >= 0 && ellipsis < from)
        {
            int next = text.AsSpan(from).IndexOf('…');
            ellipsis = next < 0 ? -1 : from + next;
        }

        int found = text.AsSpan(from).IndexOfAny(".?!।॥");
        if (found < 0)
        {
            return ellipsis;
        }

        found += from;
        return ellipsis >= 0 && ellipsis < found ? ellipsis : found;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '}';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '(' or '[' or '{';

    private static bool IsDevanagari(char c) => c is >= '\u0900' and <= '\u097F';

    private static void Add(string text, int start, int end, List<Range> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(start..end);
        }
    }
}
