using System.Buffers;
using System.Globalization;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Tests.Loading;
using CsCheck;

namespace AlignCorpus.Core.Tests.Analysis;

/// <summary>The quick test before the address pattern answers as the multi-string search it replaced.</summary>
public sealed class AddressMarksTests
{
    private static readonly SearchValues<string> Marks = SearchValues.Create(
        ["http", "www.", "@", ".gov", ".nic", ".com", ".org", ".net", ".edu", ".in"], StringComparison.Ordinal);

    private static bool Reference(string text) => text.AsSpan().IndexOfAny(Marks) >= 0;

    [Theory]
    [InlineData("", false)]
    [InlineData("Visit https://example.org today", true)]
    [InlineData("mail a@b", true)]
    [InlineData("www.", true)]
    [InlineData("pib.nic.in", true)]
    [InlineData("at the end.in", true)]
    [InlineData("It ended. Indeed.", false)]
    [InlineData("ends with a dot.", false)]
    [InlineData("..i", false)]
    [InlineData("x.edu", true)]
    [InlineData("x.ed", false)]
    [InlineData("प्रधानमंत्री ने कहा।", false)]
    [InlineData("HTTP and WWW.", false)]
    [InlineData("ww.w", false)]
    [InlineData("w.www.", true)]
    [InlineData("www@", true)]
    [InlineData(".www", false)]
    [InlineData("x@", true)]
    [InlineData("a.b.c.in", true)]
    public void Answers_as_the_search_it_replaced(string text, bool expected)
    {
        AddressMarks.In(text).Should().Be(expected);
        Reference(text).Should().Be(expected);
    }

    [Fact]
    public void Answers_as_the_search_it_replaced_on_generated_texts()
    {
        // Texts over an alphabet rich in the marks' characters, so that near misses are common.
        Gen.String[Gen.Char["abcdeghilmnoprtuvw.@/:hpts"], 0, 24]
            .Sample(text => AddressMarks.In(text) == Reference(text), iter: 200_000);
    }

    [Fact]
    public void Answers_as_the_search_it_replaced_for_every_character_near_each_mark()
    {
        var wrong = new List<string>();
        foreach (string context in new[] { "{0}", "www{0}", "ww{0}.", "{0}ww.", "w{0}w.", "{0}@", "@{0}", "{0}.in", ".{0}in", ".i{0}", "{0}.gov", "htt{0}", "{0}ttp", "a.{0}.com", "x{0}" })
        {
            for (int i = 0; i <= char.MaxValue; i++)
            {
                string text = string.Format(CultureInfo.InvariantCulture, context, (char)i);
                if (AddressMarks.In(text) != Reference(text))
                {
                    wrong.Add($"U+{i:X4} in \"{context}\"");
                }
            }
        }

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Answers_as_the_search_it_replaced_on_corpus_lines()
    {
        foreach (string line in LoadingTexts.CorpusLines())
        {
            AddressMarks.In(line).Should().Be(Reference(line), line);
        }
    }
}
