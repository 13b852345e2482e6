using AlignCorpus.Core.Sentences;
using CsCheck;

namespace AlignCorpus.Core.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    /// <summary>Text, then its sentences separated by " | ". Seed lines first, then one case per rule.</summary>
    [Theory]
    // The seeds.
    [InlineData("रूस ने वाशिंगटन पर काला सागर में भड़काऊ युद्धपोत युद्धाभ्यास करने का आरोप लगाया है।",
        "रूस ने वाशिंगटन पर काला सागर में भड़काऊ युद्धपोत युद्धाभ्यास करने का आरोप लगाया है।")]
    [InlineData("दूसरी शिखर बैठक के लिए उत्सुक है। नेताओं।", "दूसरी शिखर बैठक के लिए उत्सुक है। | नेताओं।")]
    [InlineData("पेसकोव ने कहा, “यह सब … उच्च स्तरीय संपर्क की तैयारी के ढांचे में था।”", "पेसकोव ने कहा, “यह सब … उच्च स्तरीय संपर्क की तैयारी के ढांचे में था।”")]
    [InlineData("सभी पढ़ें ताज़ा खबर, ताज़ा खबर तथा कोरोनावाइरस खबरें यहां। हमारा अनुसरण इस पर कीजिये फेसबुक, ट्विटर तथा तार.",
        "सभी पढ़ें ताज़ा खबर, ताज़ा खबर तथा कोरोनावाइरस खबरें यहां। | हमारा अनुसरण इस पर कीजिये फेसबुक, ट्विटर तथा तार.")]
    [InlineData("A call this week between top U.S. and Russian security officials was part of it.", "A call this week between top U.S. and Russian security officials was part of it.")]
    [InlineData("Kommersant reported on Nov. 10 that the two leaders could meet.", "Kommersant reported on Nov. 10 that the two leaders could meet.")]
    [InlineData("President Joe Biden (R.) and Russian President Vladimir Putin meet in Geneva, in June. (AP Photo/Patrick Semansky)",
        "President Joe Biden (R.) and Russian President Vladimir Putin meet in Geneva, in June. | (AP Photo/Patrick Semansky)")]
    [InlineData("“This was all in the framework of preparation for… high-level contact,” Kremlin spokesman Dmitry Peskov said.",
        "“This was all in the framework of preparation for… high-level contact,” Kremlin spokesman Dmitry Peskov said.")]
    [InlineData("Are you already a subscriber? Click to log in!", "Are you already a subscriber? | Click to log in!")]
    // Hindi: danda, double danda, with or without a space after; ? and !.
    [InlineData("पहला वाक्य है।दूसरा वाक्य है॥ तीसरा?", "पहला वाक्य है। | दूसरा वाक्य है॥ | तीसरा?")]
    [InlineData("क्या यह सच है? हाँ, यह सच है! सब जानते हैं।", "क्या यह सच है? | हाँ, यह सच है! | सब जानते हैं।")]
    // Hindi: closing quotes belong to the sentence they close.
    [InlineData("उन्होंने कहा, \"हम तैयार हैं।\" इसके बाद बैठक हुई।", "उन्होंने कहा, \"हम तैयार हैं।\" | इसके बाद बैठक हुई।")]
    // Hindi: the full stop used as a danda, but not after abbreviations, initials or dotted acronyms.
    [InlineData("बैठक खत्म हो गई. अब फैसला होगा.", "बैठक खत्म हो गई. | अब फैसला होगा.")]
    [InlineData("मि. शर्मा और डॉ. सिंह ने रु. 500 दिए।", "मि. शर्मा और डॉ. सिंह ने रु. 500 दिए।")]
    [InlineData("इस बारे में के. नटवर सिंह ने बात की।", "इस बारे में के. नटवर सिंह ने बात की।")]
    [InlineData("शहर के वाई.एम.सी.ए. मैदान में मेला लगा।", "शहर के वाई.एम.सी.ए. मैदान में मेला लगा।")]
    [InlineData("उसने कहा.. फिर चला गया।", "उसने कहा.. | फिर चला गया।")]
    [InlineData("उन्होंने कहा, \"शायद, इसलिए...\" फिर बात बदल दी।", "उन्होंने कहा, \"शायद, इसलिए...\" | फिर बात बदल दी।")]
    // A dateline is not a sentence of its own.
    [InlineData("लखनऊ. शहर में बारिश हुई।", "लखनऊ. शहर में बारिश हुई।")]
    [InlineData("Lucknow. It rained in the city.", "Lucknow. It rained in the city.")]
    // English: titles, No., Rs., initials, decimals, dotted acronyms before a name, lower case after a mark.
    [InlineData("Mr. Smith met Dr. Rao at No. 10 Downing Street.", "Mr. Smith met Dr. Rao at No. 10 Downing Street.")]
    [InlineData("Gold was priced at Rs. 31,400 per 10 grams. It was 3.5 per cent up.", "Gold was priced at Rs. 31,400 per 10 grams. | It was 3.5 per cent up.")]
    [InlineData("The book by J. K. Rowling sold well. Critics agreed.", "The book by J. K. Rowling sold well. | Critics agreed.")]
    [InlineData("He works for the U.N. Security Council.", "He works for the U.N. Security Council.")]
    [InlineData("He moved to the U.S. The move was quick.", "He moved to the U.S. | The move was quick.")]
    [InlineData("It ends on Nov. The month is short.", "It ends on Nov. | The month is short.")]
    [InlineData("Shares of Acme Inc. rose 5%.", "Shares of Acme Inc. rose 5%.")]
    [InlineData("The meeting starts at 10 a.m. on Monday.", "The meeting starts at 10 a.m. on Monday.")]
    [InlineData("Yahoo! said it would. Then it did.", "Yahoo! said it would. | Then it did.")]
    // English: ellipses, quotes, question and exclamation marks.
    [InlineData("He said so... and left.", "He said so... and left.")]
    [InlineData("\"It is not likely, so...\" He also urged calm.", "\"It is not likely, so...\" | He also urged calm.")]
    [InlineData("\"We will win,\" he said. \"They will not.\"", "\"We will win,\" he said. | \"They will not.\"")]
    [InlineData("Why now? Because the vote is near!", "Why now? | Because the vote is near!")]
    [InlineData("The site is timesofindia.com and it is free.", "The site is timesofindia.com and it is free.")]
    [InlineData("In 2013. 15 people died.", "In 2013. | 15 people died.")]
    public void Splits_as_listed(string text, string expected) =>
        string.Join(" | ", SentenceSplitter.SplitToStrings(text)).Should().Be(expected);

    [Fact]
    public void Pieces_are_trimmed_in_order_and_cover_every_non_space_character()
    {
        string[] words = ["राम", "ने", "कहा।", "है.", "Mr.", "U.S.", "said.", "\"यह", "ठीक\"", "why?", "no!", "…", "3.5", "मि.", "के.", "The", "It", "।", "  ", "\u00A0"];
        Gen.Int[0, words.Length - 1].Select(k => words[k]).Array[0, 40].Select(ws => string.Join(' ', ws)).Sample(text =>
        {
            var ranges = SentenceSplitter.Split(text);
            int pos = 0;
            foreach (var r in ranges)
            {
                var (start, length) = r.GetOffsetAndLength(text.Length);
                start.Should().BeGreaterThanOrEqualTo(pos);
                length.Should().BePositive();
                char.IsWhiteSpace(text[start]).Should().BeFalse();
                char.IsWhiteSpace(text[start + length - 1]).Should().BeFalse();
                text.AsSpan(pos, start - pos).IsWhiteSpace().Should().BeTrue("nothing but white space lies between sentences");
                pos = start + length;
            }

            text.AsSpan(pos).IsWhiteSpace().Should().BeTrue();
        }, iter: 500);
    }

    /// <summary>
    /// The dev set's gold sentence pairs (read where ../shared is, never copied): most gold sides
    /// are exactly one sentence of the splitter. The misses are headlines glued to the first
    /// sentence with no mark between them and WMT segments of two sentences.
    /// </summary>
    [SkippableFact]
    public void Cuts_the_dev_paragraphs_where_the_gold_sentence_pairs_are_cut()
    {
        string data = Requires.Shared("data/dev");
        Requires.Shared("data/dev/sentences");
        int right = 0, all = 0;
        foreach (var gold in Directory.GetFiles(Path.Combine(data, "sentences"), "*.tsv"))
        {
            string name = Path.GetFileNameWithoutExtension(gold) + ".txt";
            foreach (var (dir, col) in new[] { ("hi", 0), ("en", 1) })
            {
                var sentences = File.ReadLines(Path.Combine(data, dir, name))
                    .Select(Fold).Where(l => l.Length > 0)
                    .SelectMany(SentenceSplitter.SplitToStrings).Select(Fold).ToHashSet(StringComparer.Ordinal);
                foreach (var line in File.ReadLines(gold))
                {
                    all++;
                    right += sentences.Contains(Fold(line.Split('\t')[col])) ? 1 : 0;
                }
            }
        }

        all.Should().BeGreaterThan(700);
        ((double)right / all).Should().BeGreaterThanOrEqualTo(0.95);
    }

    private static string Fold(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
