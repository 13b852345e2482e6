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
    private static readonly HindiStemmer HindiStemmer = new();

    [ThreadStatic]
    private static EnglishStemmer? _english;

    public static string Hindi(ReadOnlySpan<char> word)
    {
        char[] buf = new char[word.Length];
        int len = Normalize(word, buf);
        len = HindiStemmer.Stem(buf, len);
        return new string(buf, 0, len);
    }

    /// <summary>Lucene's Hindi normal form without stemming (for names and gazetteer phrases).</summary>
    public static string HindiNormal(ReadOnlySpan<char> word)
    {
        Span<char> buf = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        int len = Normalize(word, buf);
        return new string(buf[..len]);
    }

    /// <summary>
    /// Writes the normal form of <paramref name="word"/> that Lucene's <see cref="HindiNormalizer"/>
    /// gives (the same rules, checked against it character for character in the tests) into
    /// <paramref name="output"/> and returns its length. Done here because Lucene's deletes a
    /// character through a helper whose first use runs Lucene's Constants initialiser (two
    /// compiled regular expressions and the runtime's description): tens of milliseconds of every
    /// start-up for one array copy.
    /// </summary>
    internal static int Normalize(ReadOnlySpan<char> word, Span<char> output)
    {
        int n = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c == '\u0928' && i + 1 < word.Length && word[i + 1] == '\u094D')
            {
                // NA + virama (a dead n) is an anusvara; the virama goes with it.
                output[n++] = '\u0902';
                i++;
                continue;
            }

            int normal = NormalChar(c);
            if (normal >= 0)
            {
                output[n++] = (char)normal;
            }
        }

        return n;
    }

    /// <summary>The character that stands for <paramref name="c"/> in the normal form, or -1 when it is dropped.</summary>
    private static int NormalChar(char c) => c switch
    {
        // Dropped: nukta, virama, zero-width joiner and non-joiner.
        '\u093C' or '\u094D' or '\u200D' or '\u200C' => -1,

        // Candrabindu is an anusvara.
        '\u0901' => '\u0902',

        // Letters with a nukta are the letters without it.
        '\u0929' => '\u0928',
        '\u0931' => '\u0930',
        '\u0934' => '\u0933',
        '\u0958' => '\u0915',
        '\u0959' => '\u0916',
        '\u095A' => '\u0917',
        '\u095B' => '\u091C',
        '\u095C' => '\u0921',
        '\u095D' => '\u0922',
        '\u095E' => '\u092B',
        '\u095F' => '\u092F',

        // Candra and short e/o are e/o (vowel signs and vowels); candra a is a.
        '\u0945' or '\u0946' => '\u0947',
        '\u0949' or '\u094A' => '\u094B',
        '\u090D' or '\u090E' => '\u090F',
        '\u0911' or '\u0912' => '\u0913',
        '\u0972' => '\u0905',

        // Long independent vowels are short ones (ai, au: e, o).
        '\u0906' => '\u0905',
        '\u0908' => '\u0907',
        '\u090A' => '\u0909',
        '\u0960' => '\u090B',
        '\u0961' => '\u090C',
        '\u0910' => '\u090F',
        '\u0914' => '\u0913',

        // Long vowel signs are short ones (ai, au: e, o).
        '\u0940' => '\u093F',
        '\u0942' => '\u0941',
        '\u0944' => '\u0943',
        '\u0963' => '\u0962',
        '\u0948' => '\u0947',
        '\u094C' => '\u094B',

        _ => c,
    };

    public static string English(ReadOnlySpan<char> word)
    {
        var stemmer = _english ??= new EnglishStemmer();
        stemmer.SetCurrent(word.ToString().ToLowerInvariant());
        stemmer.Stem();
        return stemmer.Current;
    }
}
