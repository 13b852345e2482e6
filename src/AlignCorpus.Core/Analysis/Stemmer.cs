using Lucene.Net.Analysis.Hi;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace AlignCorpus.Core.Analysis;

/// <summary>
/// Content-word stems for dictionary matching, through Lucene.Net: Hindi words are normalised by
/// <see cref="HindiNormalizer"/> (nukta, chandrabindu, long/short vowel variants) and stemmed by
/// <see cref="HindiStemmer"/>; English words are lower-cased and stemmed by the Snowball English
/// (Porter2) stemmer. Thread-safe: the Snowball stemmer, which keeps state, is one per thread.
/// </summary>
public static class Stemmer
{
    private static readonly HindiNormalizer HindiNormalizer = new();
    private static readonly HindiStemmer HindiStemmer = new();

    [ThreadStatic]
    private static EnglishStemmer? _english;

    public static string Hindi(ReadOnlySpan<char> word)
    {
        char[] buf = word.ToArray();
        int len = HindiNormalizer.Normalize(buf, buf.Length);
        len = HindiStemmer.Stem(buf, len);
        return new string(buf, 0, len);
    }

    /// <summary>Lucene's Hindi normal form without stemming (for names and gazetteer phrases).</summary>
    public static string HindiNormal(ReadOnlySpan<char> word)
    {
        char[] buf = word.ToArray();
        int len = HindiNormalizer.Normalize(buf, buf.Length);
        return new string(buf, 0, len);
    }

    public static string English(ReadOnlySpan<char> word)
    {
        var stemmer = _english ??= new EnglishStemmer();
        stemmer.SetCurrent(word.ToString().ToLowerInvariant());
        stemmer.Stem();
        return stemmer.Current;
    }
}
