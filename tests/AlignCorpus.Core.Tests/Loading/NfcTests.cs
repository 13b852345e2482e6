using System.Text;
using AlignCorpus.Core.Loading;
using CsCheck;

namespace AlignCorpus.Core.Tests.Loading;

public sealed class NfcTests
{
    /// <summary>The characters the managed check knows: Devanagari, ASCII, and some of each plain range.</summary>
    private static readonly Gen<char> Known = Gen.Frequency(
        (30, Gen.Char['\u0900', '\u097F']),
        (10, Gen.Char['\u0020', '\u007E']),
        (10, Gen.OneOf('\u093C', '\u094D', '\u0951', '\u0952', '\u0953', '\u0954', '\u0928', '\u0930', '\u0933', '\u0929', '\u0915')),
        (2, Gen.Char['\u00A0', '\u00BF']),
        (2, Gen.Char['\u2002', '\u2027']),
        (2, Gen.Char['\u20A0', '\u20BF']));

    /// <summary>NFC as it was written before the managed check: every text must come out the same.</summary>
    private static string Reference(string s)
    {
        if (s.AsSpan().IndexOfAny('\uFFFE', '\uFFFF') < 0)
        {
            return Ascii.IsValid(s) || s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
        }

        return string.Join("\uFFFF", s.Split('\uFFFF').Select(p => string.Join("\uFFFE", p.Split('\uFFFE').Select(q => q.Normalize(NormalizationForm.FormC)))));
    }

    private static bool Valid(string s) => !s.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !s.AsSpan().ContainsAny('\uFFFE', '\uFFFF');

    [Theory]
    [InlineData("", true)]
    [InlineData("plain ASCII, with punctuation!", true)]
    [InlineData("क्रेमलिन ने कहा। “उद्धरण” – ₹100 … ज़्यादा", true)]
    // The zero-width joiner after a virama (an eyelash RA), and the no-break space.
    [InlineData("र्\u200Dय\u00A0", true)]
    // Nukta letters: decomposed is NFC; U+0958 to U+095F are not (composition exclusions).
    [InlineData("क\u093C", true)]
    [InlineData("\u0958", false)]
    [InlineData("\u095F", false)]
    // NA, RA, LLA with a nukta compose; composed they are NFC, and a second nukta is blocked.
    [InlineData("न\u093C", false)]
    [InlineData("र\u093C", false)]
    [InlineData("ळ\u093C", false)]
    [InlineData("\u0929", true)]
    [InlineData("\u0929\u093C", true)]
    [InlineData("\u093Cक", true)]
    // Canonical order: nukta (7) < virama (9) < stress sign anudatta (220) < udatta (230).
    [InlineData("क\u093C\u094D\u0952\u0951", true)]
    [InlineData("क\u094D\u093C", false)]
    [InlineData("क\u0951\u094D", false)]
    [InlineData("क\u0951\u0952", false)]
    [InlineData("क\u0952\u0951\u0953\u0954", true)]
    [InlineData("क\u094D\u094D", true)]
    // Outside the known set: the normaliser is asked (the check answers no).
    [InlineData("cafe\u0301", false)]
    [InlineData("café", false)]
    [InlineData("\u2000", false)]
    [InlineData("ক", false)]
    public void Known_texts_are_told(string text, bool known)
    {
        ArticleLoader.IsKnownNfc(text).Should().Be(known);
        if (known)
        {
            text.IsNormalized(NormalizationForm.FormC).Should().BeTrue();
        }
    }

    [Fact]
    public void The_check_agrees_with_the_normaliser_on_every_pair_and_triple_of_devanagari()
    {
        var wrong = new List<string>();
        void Check(string s)
        {
            if (ArticleLoader.IsKnownNfc(s) != s.IsNormalized(NormalizationForm.FormC))
            {
                wrong.Add(string.Join(' ', s.Select(c => $"{(int)c:X4}")));
            }
        }

        foreach (string before in new[] { "", "क", "न", "र", "ळ", "\u0929", " ", "a", "\u094D", "\u0951", "\u093C" })
        {
            for (char x = '\u0900'; x <= '\u097F'; x++)
            {
                for (char y = '\u0900'; y <= '\u097F'; y++)
                {
                    Check($"{before}{x}{y}");
                }
            }
        }

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Every_character_the_check_knows_is_nfc_in_any_context()
    {
        // Plain text a vector and more long on either side: the character is seen by the vector
        // path at each of several lanes, and by the character path after it.
        string pad = "कखगघ ङचछज झञटठ डढणत थदधन";
        var wrong = new List<string>();
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            foreach (var s in new[]
            {
                $"{c}", $"a{c}", $"e{c}", $"क{c}", $"न{c}", $"क्{c}", $"क\u0951{c}", $"{c}\u093C", $"{c}\u094D", $"{c}\u0952",
                $"{pad}{c}{pad}", $"{pad[..5]}{c}{pad}", $"{pad[..15]}{c}{pad}", $"{pad[..16]}{c}\u093C{pad}",
            })
            {
                if (ArticleLoader.IsKnownNfc(s) && !s.IsNormalized(NormalizationForm.FormC))
                {
                    wrong.Add(string.Join(' ', s.Select(c => $"{(int)c:X4}")));
                }
            }
        }

        wrong.Should().BeEmpty();

        // The plain ranges are known (the fast path is taken for them).
        foreach (var (from, to) in new[] { ('\u0000', '\u007F'), ('\u00A0', '\u00BF'), ('\u2002', '\u2027'), ('\u20A0', '\u20BF') })
        {
            for (char c = from; c <= to; c++)
            {
                ArticleLoader.IsKnownNfc($"क{c}कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह").Should().BeTrue("U+{0:X4}", (int)c);
            }
        }
    }

    [Fact]
    public void A_mark_out_of_order_or_a_composing_nukta_is_seen_at_every_place()
    {
        string plain = "क्या हुआ? यह “समाचार” है — ₹५०० का।";
        for (int at = 0; at <= plain.Length; at++)
        {
            foreach (var bad in new[] { "न\u093C", "\u0951\u094D", "\u094D\u093C", "\u0958", "e\u0301" })
            {
                string text = plain[..at] + bad + plain[at..] + plain;
                ArticleLoader.IsKnownNfc(text).Should().BeFalse();
                text.IsNormalized(NormalizationForm.FormC).Should().BeFalse();
                ArticleLoader.Nfc(text).Should().Be(text.Normalize(NormalizationForm.FormC));
            }

            // Marks in order are known, but before a virama (the next character may be one).
            string good = plain[..at] + "क\u0952\u0951" + plain[at..] + plain;
            ArticleLoader.IsKnownNfc(good).Should().Be(at == plain.Length || plain[at] != '\u094D');
            good.IsNormalized(NormalizationForm.FormC).Should().Be(at == plain.Length || plain[at] != '\u094D');
        }
    }

    [Fact]
    public void Random_known_texts_agree_with_the_normaliser()
    {
        Known.Array[0, 90].Select(a => new string(a)).Sample(s => ArticleLoader.IsKnownNfc(s) == s.IsNormalized(NormalizationForm.FormC), iter: 20_000);
    }

    [Fact]
    public void Random_texts_normalise_as_the_reference_does()
    {
        LoadingTexts.Text.Where(Valid).Sample(s =>
            (!ArticleLoader.IsKnownNfc(s) || s.IsNormalized(NormalizationForm.FormC)) && ArticleLoader.Nfc(s) == Reference(s), iter: 20_000);

        // With the noncharacters the normaliser refuses.
        LoadingTexts.Text.Where(s => !s.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')).Sample(s => ArticleLoader.Nfc(s) == Reference(s), iter: 5_000);
    }

    [Fact]
    public void Corpus_lines_normalise_as_the_reference_does()
    {
        foreach (var line in LoadingTexts.CorpusLines())
        {
            ArticleLoader.Nfc(line).Should().Be(Reference(line));
        }
    }
}
