using AlignCorpus.Core.Sentences;

namespace AlignCorpus.Core.Tests.Sentences;

/// <summary>
/// The splitter's overload into a caller's list (issue 15: one list per thread, paragraph after
/// paragraph): it must empty the list first and give the ranges a fresh list gets.
/// </summary>
public sealed class SentenceSplitterScratchTests
{
    [Fact]
    public void A_reused_list_gets_the_same_ranges_as_a_new_one()
    {
        string[] paragraphs =
        [
            "Prime Minister Modi spoke. The Prime Minister spoke again in Nov. The talks ended.",
            "एक वाक्य है। दूसरा वाक्य है।तीसरा भी।",
            "One sentence only",
            "",
            "Dr. Singh met Mr. Rao in the U.S. on Monday. They spoke... \"Yes!\" he said. Then? Nothing.",
        ];
        var list = new List<Range>();
        foreach (string text in paragraphs.Concat(paragraphs.Reverse()))
        {
            SentenceSplitter.Split(text, list);
            Assert.Equal(SentenceSplitter.Split(text), list);
        }
    }
}
