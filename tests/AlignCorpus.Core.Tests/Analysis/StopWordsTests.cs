using AlignCorpus.Core.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Hi;
using Lucene.Net.Analysis.Util;

namespace AlignCorpus.Core.Tests.Analysis;

/// <summary>
/// The stop sets are read without Lucene's loader (a slow initialiser at start-up) and must stay
/// Lucene's exactly: which words become anchors and which dictionary entries are kept depend on them.
/// </summary>
public sealed class StopWordsTests
{
    private static List<string> Words(CharArraySet set) => [.. set.Cast<object>().Select(w => w is char[] chars ? new string(chars) : w.ToString()!)];

    [Fact]
    public void The_Hindi_stop_words_are_Lucenes()
    {
        StopWords.Hindi.Should().BeEquivalentTo(Words(HindiAnalyzer.DefaultStopSet));
        StopWords.Hindi.Should().HaveCountGreaterThan(200);
    }

    [Fact]
    public void The_English_stop_words_are_Lucenes()
    {
        StopWords.English.Should().BeEquivalentTo(Words(EnglishAnalyzer.DefaultStopSet));
    }
}
