using AlignCorpus.Core.Sentences;

namespace AlignCorpus.Core.Tests.Sentences;

/// <summary>Where a sentence the splitter left whole is cut when the other page shows two sentences.</summary>
public sealed class GuidedSplitTests
{
    [Theory]
    // A clause-final verb without a danda, then a new subject.
    [InlineData("सरकार ने नई योजना शुरू कर दी है मंत्री ने कहा कि यह जल्द लागू होगी", 40, 45, "मंत्री ने कहा कि यह जल्द लागू होगी")]
    // A closing quote after which the next sentence starts (no danda before the quote).
    [InlineData("उन्होंने कहा \"हम 20 स्कूल खोलेंगे\" मंत्री शर्मा ने भी इसका स्वागत किया", 30, 35, "मंत्री शर्मा ने भी इसका स्वागत किया")]
    // English: a closing quote, then a capital.
    [InlineData("He said \"we will build 20 schools\" Minister Sharma welcomed it.", 34, 28, "Minister Sharma welcomed it.")]
    public void Cuts_where_a_sentence_may_end_without_its_mark(string text, int first, int second, string secondPiece)
    {
        int? at = GuidedSplit.Find(text, first, second);
        at.Should().NotBeNull();
        text[at!.Value..].Should().Be(secondPiece);
    }

    [Theory]
    // "है कि": the clause goes on.
    [InlineData("सरकार ने कहा है कि योजना जल्द लागू होगी और 20 स्कूल खुलेंगे", 30, 30)]
    // No place where a sentence may end.
    [InlineData("राज्य सरकार ने बाढ़ प्रभावित जिलों में राहत शिविर खोले", 25, 25)]
    // A place exists, but the pieces do not have the other page's proportions.
    [InlineData("सरकार ने नई योजना शुरू कर दी है मंत्री ने कहा कि यह जल्द लागू होगी", 10, 90)]
    public void Leaves_whole_what_cannot_be_cut_as_the_other_page_is(string text, int first, int second) =>
        GuidedSplit.Find(text, first, second).Should().BeNull();
}
