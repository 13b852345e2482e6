using AlignCorpus.Core.Loading;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Hi;

namespace AlignCorpus.Core.Analysis;

/// <summary>
/// Turns a unit's text into <see cref="UnitFeatures"/>: its length and its anchors (numbers, and
/// content words as consonant skeletons). Stop words never become anchors: Lucene.Net's Hindi and
/// English stop sets, plus English function words that open sentences with a capital.
/// </summary>
public static class FeatureExtractor
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
        "there's", "it's", "that's", "will", "would", "while", "still", "already", "well", "week", "year",
    };

    /// <summary>Analyses every unit of an article.</summary>
    public static UnitFeatures[] Analyze(Article article, Language language)
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
    public static UnitFeatures Analyze(string text, Language language, List<Token> tokens)
    {
        Tokenizer.Tokenize(text, tokens);
        var anchors = new List<Anchor>(tokens.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int t = 0; t < tokens.Count; t++)
        {
            var tok = tokens[t];
            var span = tok.In(text);
            if (tok.Kind == TokenKind.Number)
            {
                string key = "#" + NumberReader.Canonical(span);
                if (seen.Add(key))
                {
                    anchors.Add(new Anchor(key, AnchorKind.Number, span.ToString()));
                }

                continue;
            }

            if (language == Language.Hindi)
            {
                if (!IsDevanagari(span[0]) || IsHindiStopWord(span))
                {
                    continue;
                }

                string key = PhoneticKey.FromDevanagari(span);
                if (key.Length >= 2 && seen.Add(key))
                {
                    anchors.Add(new Anchor(key, AnchorKind.Word, span.ToString()));
                }
            }
            else
            {
                if (!char.IsAsciiLetter(span[0]) && !char.IsLetter(span[0]))
                {
                    continue;
                }

                string surface = span.ToString();
                if (EnglishFunctionWords.Contains(surface) || EnglishAnalyzer.DefaultStopSet.Contains(surface.ToLowerInvariant()))
                {
                    continue;
                }

                bool capital = char.IsUpper(span[0]);
                string key = PhoneticKey.FromLatin(span);
                if (key.Length >= (capital ? 2 : 3) && seen.Add(key))
                {
                    anchors.Add(new Anchor(key, capital ? AnchorKind.Name : AnchorKind.Word, surface));
                }
            }
        }

        return new UnitFeatures(text.Length, anchors.ToArray());
    }

    private static bool IsDevanagari(char c) => c >= '\u0900' && c <= '\u097F';

    private static readonly HindiNormalizer Normalizer = new();

    private static bool IsHindiStopWord(ReadOnlySpan<char> word)
    {
        var stop = HindiAnalyzer.DefaultStopSet;
        char[] arr = word.ToArray();
        if (stop.Contains(arr, 0, arr.Length))
        {
            return true;
        }

        // The stop set is also tried in Lucene's normalised form (no nukta, no chandrabindu, ...).
        int len = Normalizer.Normalize(arr, arr.Length);
        return stop.Contains(arr, 0, len);
    }
}
