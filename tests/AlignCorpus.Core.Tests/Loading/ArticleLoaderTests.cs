using System.Text;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Loading;

public sealed class ArticleLoaderTests
{
    private static Article Parse(string text, UnitMode mode = UnitMode.Lines) => ArticleLoader.Parse(Encoding.UTF8.GetBytes(text), "t.txt", mode);

    [Theory]
    [InlineData("a\nb\n\nc\n", new[] { "a", "b", "c" })]
    [InlineData("a\r\nb\r\n\r\nc", new[] { "a", "b", "c" })]
    [InlineData("a\rb\r\rc\r", new[] { "a", "b", "c" })]
    [InlineData("a\r\nb\rc\n", new[] { "a", "b", "c" })]
    [InlineData("  a \t b  \n\n   \n c", new[] { "a b", "c" })]
    public void Lines_are_units_whatever_the_line_ends(string text, string[] expected)
    {
        Parse(text).Units.Select(u => u.Text).Should().Equal(expected);
    }

    [Fact]
    public void Units_remember_their_source_line()
    {
        Parse("a\n\nb\n").Units.Select(u => u.Line).Should().Equal(1, 3);
    }

    [Fact]
    public void Blocks_join_the_lines_of_a_block()
    {
        var units = Parse("a\nb\n\n\nc\nd\ne\n\nf", UnitMode.Blocks).Units;
        units.Select(u => u.Text).Should().Equal("a b", "c d e", "f");
        units.Select(u => u.Line).Should().Equal(1, 5, 9);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_at_the_start_and_dropped_inside()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a\nb\uFEFFc\n")).ToArray();
        ArticleLoader.Parse(bytes, "t", UnitMode.Lines).Units.Select(u => u.Text).Should().Equal("a", "bc");
    }

    [Fact]
    public void Text_is_nfc_normalised()
    {
        // क + nukta stays decomposed in NFC (U+0958 is a composition exclusion); e + combining acute composes.
        Parse("cafe\u0301").Units[0].Text.Should().Be("caf\u00E9");
    }

    [Fact]
    public void Invalid_utf8_names_the_line()
    {
        var bytes = Encoding.UTF8.GetBytes("ok\nok\nbad ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();
        var act = () => ArticleLoader.Parse(bytes, "x.txt", UnitMode.Lines);
        act.Should().Throw<InputException>().Where(e => e.Kind == InputErrorKind.InvalidEncoding && e.Line == 3 && e.Message.StartsWith("x.txt:3:"));
    }

    [Fact]
    public void A_truncated_sequence_at_the_end_is_invalid()
    {
        var bytes = Encoding.UTF8.GetBytes("नमस्ते").Concat(new byte[] { 0xE0, 0xA4 }).ToArray();
        var act = () => ArticleLoader.Parse(bytes, "x.txt", UnitMode.Lines);
        act.Should().Throw<InputException>().Where(e => e.Kind == InputErrorKind.InvalidEncoding && e.Line == 1);
    }

    [Fact]
    public void Utf16_is_explained()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("hello")).ToArray();
        var act = () => ArticleLoader.Parse(bytes, "x.txt", UnitMode.Lines);
        act.Should().Throw<InputException>().Where(e => e.Kind == InputErrorKind.InvalidEncoding && e.Message.Contains("UTF-16"));

        var hindi = Encoding.Unicode.GetBytes(File.ReadAllText(RepoPaths.SeedHindi));
        act = () => ArticleLoader.Parse(hindi, "x.txt", UnitMode.Lines);
        act.Should().Throw<InputException>().Where(e => e.Kind == InputErrorKind.InvalidEncoding && e.Message.Contains("UTF-16"));

        var noBom = Encoding.Unicode.GetBytes("hello world\nsecond line");
        act = () => ArticleLoader.Parse(noBom, "x.txt", UnitMode.Lines);
        act.Should().Throw<InputException>().Where(e => e.Kind == InputErrorKind.InvalidEncoding && e.Message.Contains("UTF-16"));
    }

    [Theory]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4B, 0x4C })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 })]
    public void A_binary_file_is_refused(byte[] bytes)
    {
        // A gzip header and a PNG header: NUL bytes at both parities.
        var act = () => ArticleLoader.Parse(bytes, "x.bin", UnitMode.Lines);
        act.Should().Throw<InputException>().Where(e => e.Kind == InputErrorKind.Binary || e.Kind == InputErrorKind.InvalidEncoding);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n\r\n")]
    public void Empty_or_blank_files_are_refused(string text)
    {
        var act = () => Parse(text);
        act.Should().Throw<InputException>().Where(e => e.Kind == InputErrorKind.Empty);
    }

    [Theory]
    // No bytes at all, and a byte-order mark with nothing after it (it is not nothing).
    [InlineData(new byte[0], "is empty")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "has no text (only white space)")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x20, 0x0A }, "has no text (only white space)")]
    public void An_empty_file_is_told_from_a_blank_one(byte[] bytes, string message)
    {
        var act = () => ArticleLoader.Parse(bytes, "x.txt", UnitMode.Lines);
        act.Should().Throw<InputException>().Where(e => e.Kind == InputErrorKind.Empty && e.Message.EndsWith(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0x0D, 0x0A, 0x0D, 0x0A, 0xE0, 0xA4 })]
    [InlineData(new byte[] { 0x61, 0x0A, 0x00, 0x62 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x61 })]
    public void Parse_and_decode_refuse_alike(byte[] bytes)
    {
        // Parse decodes into a buffer of its own: its errors must stay Decode's.
        var decode = () => ArticleLoader.Decode(bytes, "x.txt");
        var parse = () => ArticleLoader.Parse(bytes, "x.txt", UnitMode.Lines);
        var expected = decode.Should().Throw<InputException>().Which;
        parse.Should().Throw<InputException>().Where(e => e.Kind == expected.Kind && e.Line == expected.Line && e.Message == expected.Message);
    }

    [Fact]
    public void Missing_files_and_directories_are_refused()
    {
        var missing = () => ArticleLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid()));
        missing.Should().Throw<InputException>().Where(e => e.Kind == InputErrorKind.NotFound);
        var dir = () => ArticleLoader.Load(Path.GetTempPath());
        dir.Should().Throw<InputException>().Where(e => e.Kind == InputErrorKind.NotAFile);
    }

    [Fact]
    public void Script_decides_the_language()
    {
        Parse("क्रेमलिन ने कहा").Script.Language.Should().Be(Language.Hindi);
        Parse("The Kremlin said").Script.Language.Should().Be(Language.English);
        Parse("12345 !!!").Script.Language.Should().BeNull();
        ArticleLoader.Load(RepoPaths.SeedHindi).Script.Language.Should().Be(Language.Hindi);
        ArticleLoader.Load(RepoPaths.SeedEnglish).Script.Language.Should().Be(Language.English);
    }
}
