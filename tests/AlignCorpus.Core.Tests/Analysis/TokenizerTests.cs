using System.Globalization;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Tests.Loading;
using CsCheck;

namespace AlignCorpus.Core.Tests.Analysis;

/// <summary>
/// The tokenizer against the tokenizer as it was written before its character table: the same
/// tokens for every character alone and in context, for random texts and for every corpus line.
/// </summary>
public sealed class TokenizerTests
{
    /// <summary>Characters each rule decides on: letters, digits of both scripts, the inner marks of numbers and acronyms.</summary>
    private static readonly Gen<char> Char = Gen.Frequency(
        (20, Gen.Char['\u0900', '\u097F']),
        (20, Gen.Char['\u0020', '\u007E']),
        (10, Gen.OneOf('.', ',', ' ', 'U', 'S', 'A', 'a', '1', '0', '9', '\u0966', '\u096F', '\u0964', '\u0965', '\u0970')),
        (4, Gen.OneOf('\u200C', '\u200D', '\u00A0', '\u093C', '\u094D', '\u0901', '\u0903', '\u2019', '\u201C', '\u2026')),
        (3, Gen.Char['\u0080', '\u00FF']),
        (2, Gen.Char['\u0100', '\u097F']),
        (2, Gen.Char['\u0980', '\u0AFF']),
        (2, Gen.Char['\u2000', '\u206F']),
        (1, Gen.Char));

    /// <summary>Contexts for one character: alone, inside and after words and numbers of both scripts, in an acronym.</summary>
    private static readonly string[] Contexts =
    [
        "{0}", "a{0}", "{0}a", "a{0}b", "क{0}", "{0}क", "क{0}ख", "1{0}", "{0}1", "1{0}2", "१{0}२", "1,{0}", "1.{0}5",
        "U{0}", "U.{0}", "U.{0}.", "A.B{0}", "A.{0} ", "{0}.S.", "x U{0}S.", "ab{0}.5 कि{0}", " {0} ",
    ];

    [Fact]
    public void Every_character_alone_and_in_context_is_cut_as_the_reference_cuts_it()
    {
        CharacterContexts.Failing(Contexts, text => SameTokens(text)).Should().BeEmpty();
    }

    [Fact]
    public void Random_texts_are_cut_as_the_reference_cuts_them()
    {
        Char.Array[0, 90].Select(a => new string(a)).Sample(SameTokens, iter: 50_000);

        // And the loader's texts: the neighbours of ASCII and Devanagari, noncharacters, surrogates.
        LoadingTexts.Text.Sample(SameTokens, iter: 20_000);
    }

    [Fact]
    public void Corpus_lines_are_cut_as_the_reference_cuts_them()
    {
        int lines = 0;
        foreach (string line in LoadingTexts.CorpusLines())
        {
            SameTokens(line).Should().BeTrue(line);
            lines++;
        }

        lines.Should().BeGreaterThan(1000);
    }

    [Fact]
    public void The_list_is_cleared_first()
    {
        var tokens = new List<Token> { new(5, 5, TokenKind.Number) };
        Tokenizer.Tokenize("", tokens);
        tokens.Should().BeEmpty();
        Tokenizer.Tokenize("दो 2", tokens);
        tokens.Should().Equal(new Token(0, 2, TokenKind.Word), new Token(3, 1, TokenKind.Number));
    }

    [Theory]
    [InlineData("U.S. and U.N.", "U.S|and|U.N")]
    [InlineData("A.B.C", "A.B.C")]
    [InlineData("A.Bc", "A|Bc")]
    [InlineData("1,00,000 and 3.5 and 1,,2 and 1.", "1,00,000|and|3.5|and|1|2|and|1")]
    [InlineData("१,००,००० रुपये।२०२२", "१,००,०००|रुपये|२०२२")]
    [InlineData("र्\u200Dय ॰ क़", "र्\u200Dय|क़")]
    [InlineData("café naïve Ωmega", "café|naïve|Ωmega")]
    public void Cuts_as_listed(string text, string expected)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        string.Join("|", tokens.Select(t => t.In(text).ToString())).Should().Be(expected);
    }

    private static bool SameTokens(string text)
    {
        var tokens = new List<Token>();
        var expected = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        Reference.Tokenize(text, expected);
        return tokens.SequenceEqual(expected);
    }

    /// <summary>The tokenizer as it was before its character table (commit 5f22fcc), the rules as written then.</summary>
    private static class Reference
    {
        public static void Tokenize(string text, List<Token> tokens)
        {
            tokens.Clear();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (IsDigit(c))
                {
                    int start = i;
                    i++;
                    while (i < text.Length)
                    {
                        if (IsDigit(text[i]))
                        {
                            i++;
                        }
                        else if (text[i] is ',' or '.' && i + 1 < text.Length && IsDigit(text[i + 1]))
                        {
                            i += 2;
                        }
                        else
                        {
                            break;
                        }
                    }

                    tokens.Add(new Token(start, i - start, TokenKind.Number));
                }
                else if (IsWordChar(c))
                {
                    int start = i;
                    i++;
                    while (i < text.Length && IsWordChar(text[i]))
                    {
                        i++;
                    }

                    if (i - start == 1 && char.IsAsciiLetterUpper(c))
                    {
                        while (i + 1 < text.Length && text[i] == '.' && char.IsAsciiLetterUpper(text[i + 1])
                            && (i + 2 == text.Length || !IsWordChar(text[i + 2])))
                        {
                            i += 2;
                        }
                    }

                    tokens.Add(new Token(start, i - start, TokenKind.Word));
                }
                else
                {
                    i++;
                }
            }
        }

        private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '\u0966' and <= '\u096F');

        private static bool IsWordChar(char c)
        {
            if (c < 128)
            {
                return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
            }

            if (c is '\u200C' or '\u200D')
            {
                return true;
            }

            if (c >= '\u0900' && c <= '\u097F')
            {
                return c is not ('\u0964' or '\u0965' or '\u0970') && !IsDigit(c);
            }

            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark;
        }
    }
}
