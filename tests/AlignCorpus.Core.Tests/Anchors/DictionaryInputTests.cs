using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Anchors;

/// <summary>
/// Dictionaries and the stem cache as inputs (issue 12): gzip bombs, unreadable files, and a
/// cache that is checked, rebuilt when damaged and skipped when odd, never trusted blindly.
/// </summary>
public sealed class DictionaryInputTests
{
    private const string Dictd = "security /sɪkjˈʊəɹɪti/ <N>\n1. सुरक्षा\ngovernment /ɡˈʌvənmənt/ <N>\n1. सरकार\nfarmer /fˈɑːmɚ/ <N>\n1. किसान\n";

    private static string Temp() => TempFolders.Create("aligncorpus-dict-");

    /// <summary>A small dictd dictionary (NAME.index beside NAME.dict.dz) in a new folder.</summary>
    private static string SmallDictd()
    {
        string dir = Temp();
        string index = Path.Combine(dir, "small.index");
        File.WriteAllText(index, "");
        using var gz = new GZipStream(File.Create(Path.Combine(dir, "small.dict.dz")), CompressionLevel.Optimal);
        gz.Write(Encoding.UTF8.GetBytes(Dictd));
        return index;
    }

    private static void WriteGzip(string path, byte fill, long size)
    {
        using var gz = new GZipStream(File.Create(path), CompressionLevel.SmallestSize);
        var block = new byte[1 << 20];
        Array.Fill(block, fill);
        for (long n = 0; n < size; n += block.Length)
        {
            gz.Write(block);
        }
    }

    private static void ShouldBeTheSmallDictionary(Lexicon lex)
    {
        lex.Count.Should().Be(3);
        lex.Translations(Stemmer.Hindi("सरकार")).Should().Equal(Stemmer.English("government"));
    }

    [Fact]
    public void A_gzip_bomb_of_zeros_ends_at_its_first_block()
    {
        string dir = Temp();
        File.WriteAllText(Path.Combine(dir, "bomb.index"), "");
        WriteGzip(Path.Combine(dir, "bomb.dict.dz"), 0, 64L << 20);
        var clock = Stopwatch.StartNew();
        var e = FluentActions.Invoking(() => Lexicon.Load(Path.Combine(dir, "bomb.index"))).Should().Throw<InputException>().Which;
        e.Kind.Should().Be(InputErrorKind.Binary);
        e.File.Should().EndWith("bomb.dict.dz");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_gzip_bomb_of_text_stops_at_the_limit()
    {
        string dir = Temp();
        File.WriteAllText(Path.Combine(dir, "bomb.index"), "");
        WriteGzip(Path.Combine(dir, "bomb.dict.dz"), (byte)'a', 8L << 20);
        var e = FluentActions.Invoking(() => Lexicon.Load(Path.Combine(dir, "bomb.index"), maxBytes: 1 << 20)).Should().Throw<InputException>().Which;
        e.Kind.Should().Be(InputErrorKind.TooLarge);
        e.Message.Should().Contain("bomb.dict.dz (decompressed)").And.Contain("1 MiB");
    }

    [Fact]
    public void A_gzip_tsv_lexicon_is_decompressed_and_a_bomb_of_it_stops_at_the_limit()
    {
        string path = Path.Combine(Temp(), "lexicon.tsv.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Optimal))
        {
            gz.Write(Encoding.UTF8.GetBytes("सरकार\tgovernment\n"));
        }

        Lexicon.Load(path).Translations(Stemmer.Hindi("सरकार")).Should().Equal(Stemmer.English("government"));

        string bomb = Path.Combine(Temp(), "bomb.tsv.gz");
        WriteGzip(bomb, (byte)'a', 8L << 20);
        FluentActions.Invoking(() => Lexicon.Load(bomb, maxBytes: 1 << 20)).Should().Throw<InputException>()
            .Where(e => e.Kind == InputErrorKind.TooLarge).WithMessage("*bomb.tsv.gz (decompressed)*");
    }

    [Fact]
    public void Reading_faults_of_a_dictionary_are_input_errors()
    {
        string file = Path.Combine(Temp(), "f");
        File.WriteAllText(file, "x");
        // As root every file is readable: a path through a file stands in for an unreadable one.
        FluentActions.Invoking(() => Lexicon.Load(Path.Combine(file, "lex.tsv"))).Should().Throw<InputException>().Which.File.Should().Contain("lex.tsv");
        FluentActions.Invoking(() => Lexicon.Load(Path.GetDirectoryName(file)!)).Should().Throw<InputException>().WithMessage("*directory*");
        FluentActions.Invoking(() => Lexicon.Load(Path.Combine(Path.GetDirectoryName(file)!, "none.index"))).Should().Throw<InputException>()
            .Which.Kind.Should().Be(InputErrorKind.NotFound);
    }

    [Fact]
    public void A_clean_cache_is_written_with_a_checked_header_and_then_used()
    {
        string index = SmallDictd(), root = Temp();
        var notes = new List<string>();
        ShouldBeTheSmallDictionary(Lexicon.LoadCached(index, root, notes.Add));
        string cache = Directory.GetFiles(Path.Combine(root, "aligncorpus")).Should().ContainSingle().Subject;
        File.ReadAllLines(cache)[0].Should().MatchRegex("^aligncorpus-stems\t2\t3\t[0-9a-f]{16}$");

        // A cache whose header matches its content is believed: an entry added with a right header shows up.
        string body = File.ReadAllText(cache)[(File.ReadAllText(cache).IndexOf('\n') + 1)..] + "परीक्षा\ttest\n";
        ulong hash = System.IO.Hashing.XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(body));
        File.WriteAllText(cache, $"aligncorpus-stems\t2\t4\t{hash:x16}\n{body}");
        Lexicon.LoadCached(index, root, notes.Add).Translations("परीक्षा").Should().Equal("test");
        notes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("empty")]
    [InlineData("altered")]
    [InlineData("old format")]
    [InlineData("wrong count")]
    public void A_damaged_cache_is_rebuilt_with_one_note(string damage)
    {
        string index = SmallDictd(), root = Temp();
        var clean = Lexicon.LoadCached(index, root, null);
        string cache = Directory.GetFiles(Path.Combine(root, "aligncorpus")).Single();
        string text = File.ReadAllText(cache);
        string body = text[(text.IndexOf('\n') + 1)..];
        File.WriteAllText(cache, damage switch
        {
            "truncated" => text[..(text.Length - 10)],
            "empty" => "",
            "altered" => text.Replace("govern", "gavern", StringComparison.Ordinal),
            "old format" => body,
            _ => $"aligncorpus-stems\t2\t99\t{System.IO.Hashing.XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(body)):x16}\n{body}",
        });

        var notes = new List<string>();
        var rebuilt = Lexicon.LoadCached(index, root, notes.Add);
        ShouldBeTheSmallDictionary(rebuilt);
        foreach (var word in new[] { "सुरक्षा", "सरकार", "किसान" })
        {
            rebuilt.TranslationKeys("d:" + Stemmer.Hindi(word)).Should().Equal(clean.TranslationKeys("d:" + Stemmer.Hindi(word)));
        }

        notes.Should().ContainSingle().Which.Should().Contain(cache).And.Contain("rebuilt");
        File.ReadAllText(cache).Should().Be(text, "the cache is written again, whole");
        Lexicon.LoadCached(index, root, notes.Add);
        notes.Should().HaveCount(1, "the rebuilt cache is good");
    }

    [Fact]
    public async Task A_fifo_at_the_cache_path_is_never_opened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string index = SmallDictd(), root = Temp();
        Lexicon.LoadCached(index, root, null);
        string cache = Directory.GetFiles(Path.Combine(root, "aligncorpus")).Single();
        File.Delete(cache);
        Process.Start("mkfifo", cache)!.WaitForExit();
        var notes = new List<string>();
        var load = Task.Run(() => Lexicon.LoadCached(index, root, notes.Add));
        (await Loading.InputFileTests.Within(load)).Should().BeTrue("a FIFO in place of the cache must not hang the run");
        ShouldBeTheSmallDictionary(await load);
        notes.Should().ContainSingle().Which.Should().Contain("FIFO");
        File.GetAttributes(cache).HasFlag(FileAttributes.Directory).Should().BeFalse();
        new FileInfo(cache).Length.Should().Be(0, "the FIFO is left alone, not replaced");
    }

    [Fact]
    public void A_folder_in_place_of_the_cache_or_an_unwritable_cache_is_skipped_with_a_note()
    {
        string index = SmallDictd(), root = Temp();
        Lexicon.LoadCached(index, root, null);
        string cache = Directory.GetFiles(Path.Combine(root, "aligncorpus")).Single();
        File.Delete(cache);
        Directory.CreateDirectory(cache);
        var notes = new List<string>();
        ShouldBeTheSmallDictionary(Lexicon.LoadCached(index, root, notes.Add));
        notes.Should().ContainSingle().Which.Should().Contain("a folder");
        Directory.Exists(cache).Should().BeTrue();

        // The cache root is a file: nothing can be written below it.
        string file = Path.Combine(Temp(), "file");
        File.WriteAllText(file, "x");
        notes.Clear();
        ShouldBeTheSmallDictionary(Lexicon.LoadCached(index, file, notes.Add));
        notes.Should().ContainSingle().Which.Should().Contain("cannot write the stem cache");
    }
}
