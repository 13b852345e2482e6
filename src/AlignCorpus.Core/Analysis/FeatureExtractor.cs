using System.Globalization;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Hi;

namespace AlignCorpus.Core.Analysis;

/// <summary>
/// Turns a unit's text into <see cref="UnitFeatures"/>: its length and its anchors: numbers (digits,
/// number words, scaled by lakh/crore/million/bn), gazetteer concepts (dates, entities), content
/// words as consonant skeletons, and, when a dictionary is in use, content-word stems. Stop words
/// never become anchors: Lucene.Net's Hindi and English stop sets, plus English function words that
/// open sentences with a capital.
/// </summary>
public sealed class FeatureExtractor
{
    /// <summary>English words that are capitalised at a sentence start but are not names.</summary>
    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "about", "after", "again", "against", "all", "also", "although", "among", "an", "and", "another",
        "any", "are", "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by",
        "can", "could", "despite", "did", "do", "does", "during", "each", "either", "even", "every", "few",
        "for", "from", "further", "had", "has", "have", "he", "her", "here", "hers", "him", "his", "how",
        "however", "i", "if", "in", "into", "is", "it", "its", "just", "last", "many", "may", "me", "might",
        "more", "most", "mr", "mrs", "ms", "much", "must", "my", "neither", "no", "nor", "not", "now", "of",
        "on", "once", "one", "only", "or", "other", "our", "over", "said", "says", "say", "she", "should",
        "since", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these",
        "they", "this", "those", "though", "through", "to", "too", "under", "until", "up", "us", "very",
        "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
        "why", "will", "with", "within", "without", "would", "yet", "you", "your", "according", "told",
        "still", "already", "well",
    };

    private static readonly HindiNormalizer Normalizer = new();

    private readonly Gazetteer _gazetteer;
    private readonly bool _dictionaryStems;

    /// <param name="gazetteer">Concepts to find; <see cref="Gazetteer.Empty"/> for none.</param>
    /// <param name="dictionaryStems">Also emit content-word stems for a dictionary to match.</param>
    public FeatureExtractor(Gazetteer? gazetteer = null, bool dictionaryStems = false)
    {
        _gazetteer = gazetteer ?? Gazetteer.Default;
        _dictionaryStems = dictionaryStems;
    }

    /// <summary>The default extractor: built-in gazetteer, no dictionary stems.</summary>
    public static FeatureExtractor Default { get; } = new();

    /// <summary>Analyses every unit of an article.</summary>
    public UnitFeatures[] Analyze(Article article, Language language)
    {
        var result = new UnitFeatures[article.Count];
        var tokens = new List<Token>();
        for (int i = 0; i < article.Count; i++)
        {
            result[i] = Analyze(article.Units[i].Text, language, tokens);
        }

        return result;
    }

    /// <summary>Analyses one text; <paramref name="tokens"/> is a scratch list.</summary>
    public UnitFeatures Analyze(string text, Language language, List<Token> tokens)
    {
        Tokenizer.Tokenize(text, tokens);
        var anchors = new List<Anchor>(tokens.Count + 4);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool hindi = language == Language.Hindi;
        var words = new string?[tokens.Count];
        var raw = new string?[tokens.Count];
        for (int t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Kind == TokenKind.Word)
            {
                string w = tokens[t].In(text).ToString();
                raw[t] = w;
                words[t] = hindi ? Stemmer.HindiNormal(w) : w;
            }
        }

        var covered = new bool[tokens.Count];
        FindConcepts(words, raw, covered, anchors, seen, hindi);

        double? previousNumber = null;
        for (int t = 0; t < tokens.Count; t++)
        {
            var tok = tokens[t];
            var span = tok.In(text);
            if (tok.Kind == TokenKind.Number)
            {
                string canonical = NumberReader.Canonical(span);
                AddNumber(canonical, span.ToString(), anchors, seen);
                previousNumber = NumberReader.Value(canonical);
                continue;
            }

            string word = words[t]!;
            if (NumberWords.Scales.TryGetValue(word, out double scale))
            {
                if (previousNumber is { } n)
                {
                    AddNumber(Format(n * scale), span.ToString(), anchors, seen);
                }

                previousNumber = null;
                continue;
            }

            if (NumberWords.One.Contains(word) && t + 1 < tokens.Count && words[t + 1] is { } next && NumberWords.Scales.ContainsKey(next))
            {
                // "one million", "a million", "एक लाख": a scale's count, not an anchor of its own.
                previousNumber = 1;
                continue;
            }

            if (NumberWords.Cardinals.TryGetValue(word, out long cardinal))
            {
                AddNumber(cardinal.ToString(CultureInfo.InvariantCulture), span.ToString(), anchors, seen);
                previousNumber = cardinal;
                continue;
            }

            previousNumber = null;
            if (covered[t] || IsStopWord(word, hindi))
            {
                continue;
            }

            if (hindi)
            {
                if (!IsDevanagari(span[0]))
                {
                    continue;
                }

                if (Acronym.FromDevanagari(span.ToString()) is { } letters && seen.Add("a:" + letters))
                {
                    anchors.Add(new Anchor("a:" + letters, AnchorKind.Name, span.ToString()));
                }

                string key = PhoneticKey.FromDevanagari(span);
                if (key.Length >= 2 && seen.Add(key))
                {
                    anchors.Add(new Anchor(key, AnchorKind.Word, span.ToString()));
                }

                if (_dictionaryStems)
                {
                    string stem = "d:" + Stemmer.Hindi(span);
                    if (stem.Length > 3 && seen.Add(stem))
                    {
                        anchors.Add(new Anchor(stem, AnchorKind.Dictionary, span.ToString()));
                    }
                }
            }
            else
            {
                if (!char.IsLetter(span[0]))
                {
                    continue;
                }

                if (Acronym.FromLatin(span) is { } letters)
                {
                    // An acronym meets its Hindi form spelled in letter names (सीआईए); one of four
                    // or more letters may also be said as a word (ISRO ~ इसरो, NASA ~ नासा).
                    if (seen.Add("a:" + letters))
                    {
                        anchors.Add(new Anchor("a:" + letters, AnchorKind.Name, span.ToString()));
                    }

                    if (letters.Length < 4)
                    {
                        continue;
                    }
                }

                bool capital = char.IsUpper(span[0]);
                string key = PhoneticKey.FromLatin(span);
                if (key.Length >= (capital ? 2 : 3) && seen.Add(key))
                {
                    anchors.Add(new Anchor(key, capital ? AnchorKind.Name : AnchorKind.Word, word));
                }

                if (_dictionaryStems)
                {
                    string stem = "d:" + Stemmer.English(span);
                    if (stem.Length > 3 && seen.Add(stem))
                    {
                        anchors.Add(new Anchor(stem, AnchorKind.Dictionary, span.ToString()));
                    }
                }
            }
        }

        return new UnitFeatures(text.Length, anchors.ToArray());
    }

    /// <summary>Gazetteer phrases, longest first, left to right; their words are marked covered.</summary>
    private void FindConcepts(string?[] words, string?[] raw, bool[] covered, List<Anchor> anchors, HashSet<string> seen, bool hindi)
    {
        for (int t = 0; t < words.Length; t++)
        {
            if (words[t] is null)
            {
                continue;
            }

            for (int n = Math.Min(Gazetteer.MaxPhraseWords, words.Length - t); n >= 1; n--)
            {
                bool allWords = true;
                for (int k = 0; k < n; k++)
                {
                    allWords &= words[t + k] is not null;
                }

                if (!allWords)
                {
                    continue;
                }

                string phrase = n == 1 ? words[t]! : string.Join(' ', words, t, n);
                int id = hindi ? _gazetteer.FindHindi(phrase) : _gazetteer.FindEnglish(phrase);
                if (id == 0)
                {
                    continue;
                }

                string key = "g:" + id.ToString(CultureInfo.InvariantCulture);
                if (seen.Add(key))
                {
                    string surface = n == 1 ? raw[t]! : string.Join(' ', raw, t, n);
                    anchors.Add(new Anchor(key, _gazetteer.IsCalendar(id) ? AnchorKind.Date : AnchorKind.Entity, surface));
                }

                for (int k = 0; k < n; k++)
                {
                    covered[t + k] = true;
                }

                t += n - 1;
                break;
            }
        }
    }

    private static void AddNumber(string canonical, string surface, List<Anchor> anchors, HashSet<string> seen)
    {
        string key = "#" + canonical;
        if (seen.Add(key))
        {
            anchors.Add(new Anchor(key, AnchorKind.Number, surface));
        }
    }

    private static string Format(double v) => NumberReader.Canonical(v.ToString("0.######", CultureInfo.InvariantCulture));

    private static bool IsDevanagari(char c) => c >= '\u0900' && c <= '\u097F';

    private static bool IsStopWord(string word, bool hindi)
    {
        if (!hindi)
        {
            return EnglishFunctionWords.Contains(word) || EnglishAnalyzer.DefaultStopSet.Contains(word.ToLowerInvariant());
        }

        // The word is already in Lucene's normal form; the stop set is tried in both forms.
        return HindiAnalyzer.DefaultStopSet.Contains(word) || IsNormalizedStop(word);
    }

    private static bool IsNormalizedStop(string word)
    {
        char[] arr = word.ToCharArray();
        int len = Normalizer.Normalize(arr, arr.Length);
        return HindiAnalyzer.DefaultStopSet.Contains(arr, 0, len);
    }
}
