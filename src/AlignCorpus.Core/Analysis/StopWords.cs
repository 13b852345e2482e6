using System.Text;

namespace AlignCorpus.Core.Analysis;

/// <summary>
/// Lucene.Net's Hindi and English stop sets (<c>HindiAnalyzer.DefaultStopSet</c>,
/// <c>EnglishAnalyzer.DefaultStopSet</c>) as plain ordinal sets. Lucene builds its Hindi set on
/// first use through its resource lookup and <c>CharArraySet</c> machinery, a good part of
/// start-up; this reads the same file from Lucene's assembly, the way its word-list loader does
/// (a line starting with # is a comment, the others are trimmed), and copies the 33 English words
/// of Lucene's list. The tests compare both with Lucene's sets.
/// </summary>
internal static class StopWords
{
    /// <summary>The resource of Lucene.Net.Analysis.Common that <c>HindiAnalyzer</c> reads its stop words from.</summary>
    internal const string HindiResource = "Lucene.Net.Analysis.Common.Analysis.Hi.stopwords.txt";

    /// <summary>Lucene's Hindi stop words (case matters, as in Lucene's set).</summary>
    public static HashSet<string> Hindi { get; } = ReadHindi();

    /// <summary>Lucene's English stop words (lower case; case matters, as in Lucene's set).</summary>
    public static HashSet<string> English { get; } = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no",
        "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to",
        "was", "will", "with",
    };

    private static HashSet<string> ReadHindi()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var stream = typeof(Lucene.Net.Analysis.Hi.HindiAnalyzer).Assembly.GetManifestResourceStream(HindiResource)
            ?? throw new InvalidOperationException($"Lucene.Net.Analysis.Common has no resource {HindiResource}");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#'))
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }
}
