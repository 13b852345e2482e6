using System.Globalization;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;
using AlignCorpus.Core.Tests.Loading;
using CsCheck;

namespace AlignCorpus.Core.Tests.Sentences;

/// <summary>
/// The splitter against the splitter as it was written before it searched for terminators by
/// vector: the same sentences for every character alone and in context (at every place of a
/// vector), for random texts of words, marks, quotes and spaces, and for every corpus line.
/// </summary>
public sealed class SentenceSplitterReferenceTests
{
    /// <summary>Pieces of news text each rule decides on: abbreviations, initials, acronyms, openers, marks, quotes, spaces.</summary>
    private static readonly string[] Pieces =
    [
        "राम", "ने", "कहा", "है", "मि", "डॉ", "के", "रु", "वाई.एम.सी.ए", "यू.एस", "ई.पू", "एम", "क़", "नं", "Mr", "mr", "Nov", "Inc",
        "U.S", "U", "J", "a.m", "e.g", "No", "The", "It", "Officials", "said", "approx", "Yahoo", "timesofindia.com", "3.5",
        "2013", "१२", "a", "I", "Lucknow", "लखनऊ",
        ".", "..", "...", "?", "!", "?!", "।", "॥", "।।", "…", "\"", "'", "“", "”", "‘", "’", "«", "»", "(", ")", "[", "]", "{", "}",
        " ", " ", " ", "  ", "\u00A0", "\t", "\u2003", "\n", ",", "-",
    ];

    /// <summary>Characters each rule decides on, one at a time.</summary>
    private static readonly Gen<char> Char = Gen.Frequency(
        (20, Gen.OneOf('.', '?', '!', '।', '॥', '…', ' ', ' ', ' ', '"', '\'', '”', '’', '»', ')', ']', '}', '“', '‘', '«', '(', '[', '{')),
        (10, Gen.Char['\u0900', '\u097F']),
        (10, Gen.Char['\u0020', '\u007E']),
        (4, Gen.OneOf('\u00A0', '\u2003', '\u3000', '\u0085', '\t', '\n', '\u200D', '\u093C')),
        (3, Gen.Char['\u0080', '\u024F']),
        (2, Gen.Char['\u2000', '\u206F']),
        (1, Gen.Char));

    /// <summary>Texts of pieces joined as they come (a piece of its own is a word, mark or space).</summary>
    private static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.Int[0, Pieces.Length - 1].Select(k => Pieces[k]).Array[0, 60].Select(p => string.Concat(p))),
        (2, Gen.Int[0, Pieces.Length - 1].Select(k => Pieces[k]).Array[0, 40].Select(p => string.Join(' ', p))),
        (2, Char.Array[0, 90].Select(a => new string(a))),
        (1, LoadingTexts.Text));

    /// <summary>
    /// Contexts for one character: alone, after words of both scripts and abbreviations, before
    /// spaces, capitals, openers and lower case; at every lane of a vector and past its end.
    /// </summary>
    private static readonly string[] Contexts = BuildContexts();

    [Fact]
    public void Every_character_alone_and_in_context_is_cut_as_the_reference_cuts_it()
    {
        CharacterContexts.Failing(Contexts, text => SameSentences(text)).Should().BeEmpty();
    }

    [Fact]
    public void Every_terminator_at_every_place_is_cut_as_the_reference_cuts_it()
    {
        // Each mark (and runs of them) at every place of a text longer than two vectors of the widest kind.
        string plain = "यह बात सच है और The man said it was true अब सब जानते हैं कि क्या हुआ";
        const string Marks = " यह। The end. Why? Yes! सच॥ Ok… The end";
        foreach (string mark in new[] { ".", "?", "!", "।", "॥", "…", "...", "?!", "।”", ".\"", "…”", ". ", "। ", "… " })
        {
            for (int at = 0; at <= plain.Length; at++)
            {
                // Alone, at the end, at the start, and before each other mark (a search may find a later one first).
                foreach (string text in new[] { plain[..at] + mark + plain[at..], plain[..at] + mark, mark + plain[at..], plain[..at] + mark + " " + plain[at..] + Marks })
                {
                    SameSentences(text).Should().BeTrue(text);
                }
            }
        }
    }

    [Fact]
    public void Random_texts_are_cut_as_the_reference_cuts_them()
    {
        Text.Sample(SameSentences, iter: 100_000);
    }

    [Fact]
    public void Corpus_lines_are_cut_as_the_reference_cuts_them()
    {
        int lines = 0;
        foreach (string line in LoadingTexts.CorpusLines())
        {
            SameSentences(line).Should().BeTrue(line);
            lines++;
        }

        lines.Should().BeGreaterThan(1000);
    }

    private static string[] BuildContexts()
    {
        var contexts = new List<string>
        {
            "{0}", "{0} ", " {0}", "{0}{0}", "a{0} B", "a{0} b", "a{0}B", "यह{0} वह", "यह{0}वह", "दो शब्द{0}", "दो शब्द{0} ",
            "Mr{0} Smith", "Two words{0} The end.", "Two words{0} the end.", "Two words{0}\" The end.", "Two words{0}) The end.",
            "Two words{0}. The end.", "Two words.{0} The end.", "Two words.{0}The end.", "दो शब्द।{0}और", "दो शब्द{0}। और",
            "Two U{0} The end.", "दो मि{0} और", "दो के{0} और", "Two words …{0} The end.", "Two words{0}“The end.",
            "Two words {0} The end.", "Two words{0}{0} The end.", "in Nov{0} The", "in Nov{0} 10",
        };

        // The character at every lane of the first vectors (the widest has 32 characters) and just past them.
        string pad = "यह बात सच है और The man said it was true अब";
        for (int at = 0; at <= 34; at += at < 18 ? 1 : 4)
        {
            contexts.Add(pad[..at] + "{0} " + pad);
            contexts.Add(pad[..at] + "{0}");
        }

        return [.. contexts];
    }

    /// <summary>The same ranges, or the same exception (a lone surrogate in a Hindi word before a full stop fails the normaliser in both).</summary>
    private static bool SameSentences(string text) => Outcome(() => SentenceSplitter.Split(text)) == Outcome(() => Reference.Split(text));

    private static string Outcome(Func<List<Range>> split)
    {
        try
        {
            return string.Join(' ', split());
        }
        catch (ArgumentException e)
        {
            return e.GetType().FullName!;
        }
    }

    /// <summary>The splitter as it was before the vector search for terminators (commit 5f22fcc), verbatim.</summary>
    private static class Reference
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
        /// (see OpensSentence), and otherwise do not: "in Nov. 10" but "in Nov. The".
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
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (EndsAt(text, start, i, out int end))
                {
                    Add(text, start, end, result);
                    start = end;
                    i = end - 1;
                }
            }

            Add(text, start, text.Length, result);
            return result;
        }

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
}
