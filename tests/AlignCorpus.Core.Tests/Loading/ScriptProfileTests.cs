using CsCheck;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Loading;

public sealed class ScriptProfileTests
{
    /// <summary>The rule as it was written before the vector path: the counts must not change.</summary>
    private static ScriptProfile Reference(ReadOnlySpan<char> text)
    {
        int deva = 0, latin = 0, other = 0;
        foreach (char c in text)
        {
            if (c >= '\u0900' && c <= '\u097F')
            {
                if (c is not ('\u0964' or '\u0965'))
                {
                    deva++;
                }
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c >= '\u00C0' && c <= '\u024F'))
            {
                latin++;
            }
            else if (char.IsLetter(c))
            {
                other++;
            }
        }

        return new ScriptProfile(deva, latin, other);
    }

    [Theory]
    [InlineData("", 0, 0, 0)]
    [InlineData("abc XYZ", 6, 0, 0)]
    // Danda and double danda are not letters; digits, virama and nukta are.
    [InlineData("क्या? हाँ। ॥ १२", 0, 9, 0)]
    // Latin-1 and Latin Extended count as Latin, even the signs U+00D7 and U+00F7 among them.
    [InlineData("café × ÷ ŧ", 7, 0, 0)]
    // Greek and CJK letters are other; punctuation, digits and controls count for nothing.
    [InlineData("αβγ 漢字 12 @@ \t\u0001", 0, 0, 5)]
    // A vector's worth and more of ASCII and Devanagari, with one other letter deep inside.
    [InlineData("aaaaaaaaaaaaaaaaकककककककककककककककक।।।।।।।।aaaaaaaaaaaaaaaaαaaaaaaaaaaaaaaaaaa", 50, 16, 1)]
    public void Letters_are_counted_by_script(string text, int latin, int deva, int other)
    {
        ScriptProfile.Of(text).Should().Be(new ScriptProfile(deva, latin, other));
        Reference(text).Should().Be(new ScriptProfile(deva, latin, other));
    }

    [Fact]
    public void Every_character_counts_as_the_rule_says_at_every_place_of_a_vector()
    {
        // Each character at each place of a run of Devanagari and ASCII, so that both the vector
        // path and the scalar tail see it.
        string run = "कखग abc।॥ घxyzड़ ञ०९Q";
        var wrong = new List<string>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            for (int at = 0; at < 40; at += 13)
            {
                string text = run[..Math.Min(at, run.Length)] + (char)c + run + run;
                if (ScriptProfile.Of(text) != Reference(text))
                {
                    wrong.Add(text);
                }
            }
        }

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Random_texts_count_as_the_reference_does()
    {
        LoadingTexts.Text.Array[1, 6].Sample(parts =>
        {
            string text = string.Concat(parts);
            return ScriptProfile.Of(text) == Reference(text);
        }, iter: 10_000);
    }

    [Fact]
    public void Long_texts_count_as_the_reference_does()
    {
        // More vectors than a 16-bit lane can count: the sums are taken before they overflow.
        string text = string.Concat(Enumerable.Repeat("नमस्ते दुनिया, hello world! ", 60_000));
        ScriptProfile.Of(text).Should().Be(Reference(text));
        ScriptProfile.Of(new string('क', 2_000_003)).Should().Be(new ScriptProfile(2_000_003, 0, 0));
        ScriptProfile.Of(new string('a', 2_000_003)).Should().Be(new ScriptProfile(0, 2_000_003, 0));
    }

    [Fact]
    public void Corpus_lines_count_as_the_reference_does()
    {
        foreach (var line in LoadingTexts.CorpusLines())
        {
            ScriptProfile.Of(line).Should().Be(Reference(line), line);
        }
    }
}
