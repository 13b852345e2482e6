using System.Text;
using AlignCorpus.Core.Loading;
using CsCheck;

namespace AlignCorpus.Core.Tests.Loading;

public sealed class FoldTests
{
    /// <summary>The fold as it was written before the fast path: every line must fold to the same string (the reference loader uses it too).</summary>
    internal static string Reference(ReadOnlySpan<char> line, bool pythonSplit)
    {
        var sb = new StringBuilder(line.Length);
        bool space = false;
        foreach (char c in line)
        {
            if (c == '\uFEFF' && !pythonSplit)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || (pythonSplit ? c is >= '\u001C' and <= '\u001F' : char.IsControl(c)))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    [Fact]
    public void The_break_set_is_every_white_space_and_control_character_but_the_space_and_the_byte_order_mark()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            bool expected = c == '\uFEFF' || (c != ' ' && (char.IsWhiteSpace(c) || char.IsControl(c)));
            ArticleLoader.FoldBreaks.Contains(c).Should().Be(expected, "U+{0:X4}", i);
        }
    }

    [Fact]
    public void The_range_scan_finds_a_break_exactly_where_the_set_has_one()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            // Alone, and after text and punctuation the scan skips (the third range starts at U+1680).
            string line = "ab\u2014\u201C\u0915" + (char)i + "x";
            ArticleLoader.HasFoldBreak(line).Should().Be(line.AsSpan().ContainsAny(ArticleLoader.FoldBreaks), "U+{0:X4}", i);
            ArticleLoader.HasFoldBreak([(char)i]).Should().Be(ArticleLoader.FoldBreaks.Contains((char)i), "U+{0:X4} alone", i);
        }
    }

    [Fact]
    public void The_range_scan_agrees_with_the_set_on_random_lines()
    {
        // Characters drawn near the ranges' edges and from the texts the loader sees.
        var chars = Gen.OneOf(
            Gen.Char['\u0000', '\u00FF'], Gen.Char['\u0900', '\u097F'], Gen.Char['\u1670', '\u1690'],
            Gen.Char['\u1FF0', '\u2070'], Gen.Char['\u2FF0', '\u3010'], Gen.Char['\uFEF0', '\uFFFF']);
        Gen.String[chars, 0, 40].Sample(line =>
            ArticleLoader.HasFoldBreak(line) == line.AsSpan().ContainsAny(ArticleLoader.FoldBreaks));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData(" ", "")]
    [InlineData("a", "a")]
    [InlineData("a b", "a b")]
    [InlineData(" a", "a")]
    [InlineData("a ", "a")]
    [InlineData("a  b", "a b")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("a\u0085b", "a b")]
    [InlineData("a\u3000b", "a b")]
    [InlineData("a\u202Fb", "a b")]
    [InlineData("a\u0001b", "a b")]
    [InlineData("a\u007Fb", "a b")]
    [InlineData("a\rb", "a b")]
    [InlineData("\uFEFFa", "a")]
    [InlineData("a\uFEFFb", "ab")]
    [InlineData("a \uFEFF b", "a b")]
    [InlineData("a\uFEFF", "a")]
    // Not white space for .NET: kept as they are.
    [InlineData("a\u200Bb\u180Ec\u200Dd", "a\u200Bb\u180Ec\u200Dd")]
    [InlineData("क्रेमलिन ने कहा।", "क्रेमलिन ने कहा।")]
    [InlineData("\t क्रेमलिन \u00A0ने  कहा। ", "क्रेमलिन ने कहा।")]
    public void Lines_fold_as_the_rule_says(string line, string expected)
    {
        ArticleLoader.Fold(line).Should().Be(expected);
        Reference(line, pythonSplit: false).Should().Be(expected);
    }

    [Theory]
    [InlineData("a\u001Cb\u0001c\uFEFFd", "a b\u0001c\uFEFFd")]
    [InlineData("  a \t b\u00A0 ", "a b")]
    public void Python_split_keeps_other_controls_and_the_byte_order_mark(string line, string expected)
    {
        ArticleLoader.Fold(line, pythonSplit: true).Should().Be(expected);
        Reference(line, pythonSplit: true).Should().Be(expected);
    }

    [Fact]
    public void Random_lines_fold_as_the_reference_does()
    {
        LoadingTexts.Text.Sample(line =>
            ArticleLoader.Fold(line) == Reference(line, false) && ArticleLoader.Fold(line, pythonSplit: true) == Reference(line, true),
            iter: 20_000);
    }

    [Fact]
    public void Every_character_folds_as_the_reference_does_at_either_end_and_inside()
    {
        var wrong = new List<string>();
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            foreach (var line in new[] { $"{c}", $"{c}ab", $"ab{c}", $"a{c}b", $"a {c} b", $"a{c}{c}b" })
            {
                if (ArticleLoader.Fold(line) != Reference(line, false))
                {
                    wrong.Add(line);
                }
            }
        }

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Corpus_lines_fold_as_the_reference_does()
    {
        foreach (var line in LoadingTexts.CorpusLines())
        {
            ArticleLoader.Fold(line).Should().Be(Reference(line, false));
            ArticleLoader.Fold(line, pythonSplit: true).Should().Be(Reference(line, true));
        }
    }
}
