using System.Text;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;

namespace AlignCorpus.Core.Tests.Anchors;

/// <summary>
/// The analysis of an article's sentences with their paragraphs (issue 15): each paragraph's
/// features, made as its sentences are analysed (copied from the sentences' arrays, a run at a
/// time), must be those <see cref="FeatureExtractor.Merge"/> makes of the sentences' features;
/// and a unit with more anchors than the analyser's scratch first holds keeps all of them.
/// </summary>
public sealed class FeatureExtractorParagraphTests
{
    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Hindi)]
    public void Paragraph_features_are_the_merge_of_their_sentences(Language language)
    {
        var paragraphs = Article(language == Language.English
            ?
            [
                "(ii) The United States and India met in New Delhi on Monday. Officials said 12 people came. Officials of the U.N. agreed.",
                "One sentence only, with 25 lakh rupees and Reuters.",
                "Prime Minister Modi spoke. The Prime Minister spoke again in March. Modi left at 9:30 AM.",
                Long(language),
            ]
            :
            [
                "(ख) संयुक्त राज्य अमेरिका और भारत की बैठक नई दिल्ली में हुई। अधिकारियों ने कहा कि 12 लोग आए। यू.एन. के अधिकारी सहमत हुए।",
                "केवल एक वाक्य, 25 लाख रुपये के साथ।",
                "प्रधानमंत्री मोदी बोले। प्रधानमंत्री मार्च में फिर बोले। मोदी 9:30 बजे चले गए।",
                Long(language),
            ]);
        var sentences = SentenceAligner.Split(paragraphs, out int[] first);
        var features = FeatureExtractor.Default.Analyze(sentences, language, first, paragraphs, out var merged);

        Assert.Equal(paragraphs.Count, merged.Length);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var expected = FeatureExtractor.Merge(features.AsSpan(first[p]..first[p + 1]), paragraphs.Units[p].Text.Length);
            Assert.Equal(expected.Length, merged[p].Length);
            Assert.Equal(expected.Anchors, merged[p].Anchors);
        }

        // The long paragraph's sentences hold more anchors than the scratch's first room.
        Assert.True(merged[^1].Anchors.Length > 300);
    }

    /// <summary>
    /// What a paragraph keeps of each sentence's anchor is noted as the anchor is added: gazetteer
    /// concepts first (a date, an entity), then the rest, addresses (entities too, kept each time
    /// they are written) among the rest; a key an earlier sentence has is left.
    /// </summary>
    [Fact]
    public void Concepts_of_later_sentences_come_first_and_addresses_stay_among_the_rest()
    {
        var paragraphs = Article(
        [
            "Officials wrote to www.pib.gov.in on Friday. Reuters said so in March, and Reuters wrote to www.pib.gov.in again. Then India replied, www.pib.gov.in said.",
            "See www.mea.gov.in in March. See www.mea.gov.in on Monday in New Delhi.",
        ]);
        var sentences = SentenceAligner.Split(paragraphs, out int[] first);
        var features = FeatureExtractor.Default.Analyze(sentences, Language.English, first, paragraphs, out var merged);

        for (int p = 0; p < paragraphs.Count; p++)
        {
            Assert.True(first[p + 1] - first[p] > 1);
            var expected = FeatureExtractor.Merge(features.AsSpan(first[p]..first[p + 1]), paragraphs.Units[p].Text.Length);
            Assert.Equal(expected.Anchors, merged[p].Anchors);
            Assert.Contains(merged[p].Anchors, a => a.Key.StartsWith("u:", StringComparison.Ordinal));
            Assert.Contains(merged[p].Anchors[1..], a => a.Key.StartsWith("g:", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Number words, scales, "one" and Hindi letter names give their anchors (a word's analysis
    /// tests them only when it is one of them: <c>WordInfo.LetterOrNumber</c>).
    /// </summary>
    [Theory]
    [InlineData(Language.English, "Twelve officials paid 25 lakh and one million rupees.", new[] { "#12", "#2500000", "#1000000" })]
    [InlineData(Language.Hindi, "बारह अधिकारी यू.एन. गए और 25 लाख रुपये दिए।", new[] { "#12", "a:UN", "#2500000" })]
    public void Number_words_scales_and_letter_names_give_their_anchors(Language language, string text, string[] keys)
    {
        var features = FeatureExtractor.Default.Analyze(text, language, []);
        foreach (string key in keys)
        {
            Assert.Contains(features.Anchors, a => a.Key == key);
        }
    }

    [Fact]
    public void A_unit_with_hundreds_of_anchors_keeps_them_all()
    {
        var words = Enumerable.Range(0, 400).Select(Word).ToArray();
        var features = FeatureExtractor.Default.Analyze(string.Join(' ', words), Language.English, []);
        var keys = words.Select(w => PhoneticKey.FromLatin(w)).Where(k => k.Length >= 3).Distinct().ToArray();
        Assert.True(keys.Length > 200);
        Assert.Equal(keys, features.Anchors.Select(a => a.Key));
    }

    /// <summary>A made-up content word of its own for each number (letters only, no stop word).</summary>
    private static string Word(int n)
    {
        var sb = new StringBuilder("zq");
        for (int k = n; k > 0 || sb.Length == 2; k /= 20)
        {
            sb.Append("bcdfghjklmnprstvwxyz"[k % 20]).Append('o');
        }

        return sb.ToString();
    }

    /// <summary>A paragraph of many sentences with many words each, some of them repeated across sentences.</summary>
    private static string Long(Language language)
    {
        var sb = new StringBuilder();
        for (int s = 0; s < 30; s++)
        {
            sb.Append(language == Language.English ? "Karnataka" : "कर्नाटक");
            for (int w = 0; w < 15; w++)
            {
                sb.Append(' ').Append(Word((s * 11) + w)).Append(' ').Append((s * 100) + w);
            }

            sb.Append(language == Language.English ? ". " : "। ");
        }

        return sb.ToString().Trim();
    }

    private static Article Article(string[] paragraphs) =>
        ArticleLoader.Parse(Encoding.UTF8.GetBytes(string.Join("\n", paragraphs) + "\n"), "test");
}
