using AlignCorpus.Core.Analysis;
using Lucene.Net.Analysis.Hi;

namespace AlignCorpus.Core.Tests.Analysis;

/// <summary>
/// The Hindi normal form is computed in Stemmer (Lucene's normaliser costs a slow initialiser at
/// start-up) and must stay Lucene's exactly: the stems in every user's cache and the dictionary
/// anchors depend on it.
/// </summary>
public sealed class HindiNormalTests
{
    private static string Lucene(string word)
    {
        char[] buf = word.ToCharArray();
        int len = new HindiNormalizer().Normalize(buf, buf.Length);
        return new string(buf, 0, len);
    }

    /// <summary>The Devanagari block, the joiners and a few others (a Latin letter, NUL, a space).</summary>
    private static readonly char[] Alphabet =
        [.. Enumerable.Range(0x0900, 0x80).Select(c => (char)c), '\u200C', '\u200D', 'a', '\0', ' '];

    [Fact]
    public void Every_string_of_up_to_three_characters_normalises_as_in_Lucene()
    {
        // The rules look at a character and the next one, so every window of three is every case.
        var mismatches = new List<string>();
        foreach (char a in Alphabet)
        {
            Check(a.ToString());
            foreach (char b in Alphabet)
            {
                Check(string.Concat(a, b));
                foreach (char c in Alphabet)
                {
                    Check(new string([a, b, c]));
                }
            }
        }

        mismatches.Should().BeEmpty();

        void Check(string s)
        {
            if (Stemmer.HindiNormal(s) != Lucene(s) && mismatches.Count < 20)
            {
                mismatches.Add(string.Join(' ', s.Select(ch => $"U+{(int)ch:X4}")));
            }
        }
    }

    [Theory]
    [InlineData("लड़कों")]
    [InlineData("क़ानून")]
    [InlineData("ज़िन्दगी")]
    [InlineData("संन्यास")]
    [InlineData("हिन्दी")]
    [InlineData("ऑस्ट्रेलिया")]
    [InlineData("ऩ्")]
    [InlineData("न्न्न्")]
    [InlineData("क\u200Dष\u200Cर")]
    public void Words_normalise_and_stem_as_in_Lucene(string word)
    {
        Stemmer.HindiNormal(word).Should().Be(Lucene(word));
        char[] buf = word.ToCharArray();
        int len = new HindiStemmer().Stem(buf, new HindiNormalizer().Normalize(buf, buf.Length));
        Stemmer.Hindi(word).Should().Be(new string(buf, 0, len));
    }

    [Fact]
    public void The_words_of_the_seed_and_the_samples_normalise_as_in_Lucene()
    {
        var words = Directory.GetFiles(Path.Combine(RepoPaths.Root, "samples"), "hi.txt", SearchOption.AllDirectories)
            .Append(RepoPaths.SeedHindi)
            .SelectMany(f => File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        words.Should().HaveCountGreaterThan(500);
        words.Where(w => Stemmer.HindiNormal(w) != Lucene(w)).Should().BeEmpty();
    }
}
