using AlignCorpus.Core.Corpus;

namespace AlignCorpus.Core.Tests.Corpus;

public sealed class DocumentFileNameTests
{
    [Theory]
    [InlineData("a.txt", "a.tsv")]
    [InlineData("sub/b.md", "sub/b.tsv")]
    [InlineData("noext", "noext.tsv")]
    [InlineData("दस्तावेज़ 1.txt", "दस्तावेज़ 1.tsv")]
    public void A_plain_relative_id_names_its_file(string id, string file) =>
        DocumentFileName.For(id, ".tsv").Should().Be(file);

    [Theory]
    [InlineData("../x", "'..'")]
    [InlineData("a/../../x", "'..'")]
    [InlineData("/abs/x", "absolute")]
    [InlineData("", "empty")]
    [InlineData("a//b", "empty path segment")]
    [InlineData("a/", "empty path segment")]
    [InlineData("./a", "'.'")]
    [InlineData(".hidden", "starts with '.'")]
    [InlineData("a\0b", "control character")]
    [InlineData("a\nb", "control character")]
    public void An_id_that_is_not_a_plain_relative_name_is_refused(string id, string reason)
    {
        DocumentFileName.Problem(id, ".tsv").Should().Contain(reason);
        var act = () => DocumentFileName.For(id, ".tsv");
        act.Should().Throw<ArgumentException>().Which.Message.Should().NotContain("\0").And.NotContain("\n");
    }

    [Fact]
    public void A_name_too_long_for_the_file_system_is_refused() =>
        DocumentFileName.Problem(new string('a', 253) + ".txt", ".tsv").Should().Contain("255 bytes");
}
