using AlignCorpus.Core.Anchors;

namespace AlignCorpus.Core.Tests.Anchors;

/// <summary>
/// The keys of a sentence and of its paragraph in one set (issue 15): each add must answer as two
/// sets of strings do (one emptied per sentence, one per paragraph), paragraph after paragraph,
/// through its growth and after a long paragraph.
/// </summary>
public sealed class ParagraphKeySetTests
{
    [Fact]
    public void Answers_as_a_sentence_set_and_a_paragraph_set_do()
    {
        var set = new ParagraphKeySet();
        var sentence = new HashSet<string>(StringComparer.Ordinal);
        var paragraph = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(15);
        for (int p = 0; p < 2000; p++)
        {
            set.StartParagraph();
            paragraph.Clear();
            int sentences = random.Next(1, 6);
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    set.StartSentence();
                }

                sentence.Clear();

                // Mostly short sentences, now and then a long one (the set grows, then starts small again).
                int keys = p % 400 == 399 ? 20_000 : random.Next(0, 40);
                for (int k = 0; k < keys; k++)
                {
                    // Equal keys made apart (not the same string object), as number keys are.
                    string key = (random.Next(2) == 0 ? "#" : "d:") + random.Next(keys / 2 + 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    set.Add(key, SpanMap<string>.Hash(key), out bool newInParagraph).Should().Be(sentence.Add(key));
                    newInParagraph.Should().Be(paragraph.Add(key));
                }
            }
        }
    }
}
