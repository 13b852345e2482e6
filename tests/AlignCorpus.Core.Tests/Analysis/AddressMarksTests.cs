using System.Buffers;
using AlignCorpus.Core.Analysis;
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
}
