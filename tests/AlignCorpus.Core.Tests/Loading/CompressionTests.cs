using System.IO.Compression;
using System.Text;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Corpus;
using AlignCorpus.Core.Evaluation;
using AlignCorpus.Core.Files;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Core.Tests.Loading;

/// <summary>
/// Compressed inputs (issue 13): gzip, zstd, xz and bzip2 told by their magic bytes and decompressed
/// on the way, the input limit on the decompressed size, and a cut, damaged or misnamed file an
/// error naming it.
/// </summary>
public sealed class CompressionTests
{
    public static TheoryData<Compression> Codecs => [.. CompressionFormat.All];

    private static string Temp() => TempFolders.Create("aligncorpus-zip-");

    /// <summary>The bytes compressed by the tool's own writer.</summary>
    internal static byte[] Compress(byte[] text, Compression compression)
    {
        var memory = new MemoryStream();
        using (var output = new CompressedOutput(memory, compression))
        {
            output.Write(text);
            output.Finish();
        }

        return memory.ToArray();
    }

    private static string Write(string dir, string name, byte[] bytes)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void A_compressed_article_loads_as_the_plain_one(Compression codec)
    {
        byte[] plain = File.ReadAllBytes(RepoPaths.SeedHindi);
        string dir = Temp();
        string named = Write(dir, "hi.txt" + CompressionFormat.Extension(codec), Compress(plain, codec));
        string unnamed = Write(dir, "hi-no-extension.txt", Compress(plain, codec));

        var expected = ArticleLoader.Load(RepoPaths.SeedHindi);
        foreach (var path in new[] { named, unnamed })
        {
            var article = ArticleLoader.Load(path);
            article.Units.Select(u => u.Original).Should().Equal(expected.Units.Select(u => u.Original));
        }

        // The magic bytes decide, not the name.
        InputFile.ReadAllBytes(unnamed).Should().Equal(plain);
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void A_compressed_standard_input_is_decompressed(Compression codec)
    {
        byte[] plain = File.ReadAllBytes(RepoPaths.SeedEnglish);
        var stdin = new MemoryStream(Compress(plain, codec));
        var article = ArticleLoader.Load(InputFile.StandardInput, UnitMode.Lines, InputFile.DefaultMaxBytes, stdin);
        article.Source.Should().Be("standard input");
        article.Units.Count.Should().Be(ArticleLoader.Load(RepoPaths.SeedEnglish).Units.Count);
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void A_bomb_stops_at_the_limit_of_decompressed_bytes(Compression codec)
    {
        byte[] text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("aaaa aaaa\n", 400_000)));
        string path = Write(Temp(), "bomb.txt" + CompressionFormat.Extension(codec), Compress(text, codec));
        new FileInfo(path).Length.Should().BeLessThan(1 << 20);
        var e = FluentActions.Invoking(() => ArticleLoader.Load(path, UnitMode.Lines, maxBytes: 1 << 20)).Should().Throw<InputException>().Which;
        e.Kind.Should().Be(InputErrorKind.TooLarge);
        e.Message.Should().Contain(path + " (decompressed)").And.Contain("1 MiB");
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void A_cut_file_is_an_error_naming_it(Compression codec)
    {
        byte[] whole = Compress(File.ReadAllBytes(RepoPaths.SeedHindi), codec);
        string dir = Temp();
        foreach (int keep in new[] { whole.Length / 2, whole.Length - 1, whole.Length - 4, whole.Length - 8 })
        {
            string path = Write(dir, $"cut{keep}.txt" + CompressionFormat.Extension(codec), whole[..keep]);
            var e = FluentActions.Invoking(() => ArticleLoader.Load(path)).Should().Throw<InputException>().Which;
            e.File.Should().Be(path);
            e.Kind.Should().Be(InputErrorKind.InvalidFormat);
            e.Message.Should().Contain($"is not valid {CompressionFormat.Name(codec)} data (truncated or corrupt)");
        }
    }

    [Theory]
    [InlineData(Compression.Gzip)]
    [InlineData(Compression.Xz)]
    [InlineData(Compression.Bzip2)]
    public void A_damaged_file_is_an_error_naming_it(Compression codec)
    {
        // zstd frames of other writers may carry no checksum: damage there can go unseen, as with the zstd program.
        byte[] bytes = Compress(File.ReadAllBytes(RepoPaths.SeedHindi), codec);
        for (int i = bytes.Length / 3; i < bytes.Length / 3 + 16; i++)
        {
            bytes[i] ^= 0x5A;
        }

        string path = Write(Temp(), "damaged.txt", bytes);
        FluentActions.Invoking(() => ArticleLoader.Load(path)).Should().Throw<InputException>()
            .Where(e => e.File == path && e.Kind == InputErrorKind.InvalidFormat);
    }

    [Fact]
    public void A_damaged_zstd_file_of_ours_is_caught_by_its_checksum()
    {
        byte[] bytes = Compress(File.ReadAllBytes(RepoPaths.SeedHindi), Compression.Zstd);
        bytes[^6] ^= 0x01;
        string path = Write(Temp(), "damaged.zst", bytes);
        FluentActions.Invoking(() => ArticleLoader.Load(path)).Should().Throw<InputException>().Where(e => e.File == path);
    }

    [Theory]
    [InlineData("plain.gz", null, "it does not start with gzip's magic bytes")]
    [InlineData("plain.zst", null, "it does not start with zstd's magic bytes")]
    [InlineData("empty.xz", null, "it is empty")]
    [InlineData("gzip.bz2", Compression.Gzip, "it is gzip-compressed")]
    public void A_name_that_promises_compression_the_content_lacks_is_an_error(string name, Compression? content, string why)
    {
        byte[] text = name.StartsWith("empty", StringComparison.Ordinal) ? [] : File.ReadAllBytes(RepoPaths.SeedHindi);
        string path = Write(Temp(), name, content is { } c ? Compress(text, c) : text);
        var e = FluentActions.Invoking(() => ArticleLoader.Load(path)).Should().Throw<InputException>().Which;
        e.File.Should().Be(path);
        e.Kind.Should().Be(InputErrorKind.InvalidFormat);
        e.Message.Should().Contain("the name says").And.Contain(why);
    }

    [Fact]
    public void Concatenated_gzip_members_are_read_whole_and_concatenated_xz_streams_refused()
    {
        byte[] a = Encoding.UTF8.GetBytes("पहला\n"), b = Encoding.UTF8.GetBytes("second\n");
        string dir = Temp();
        string gz = Write(dir, "two.gz", [.. Compress(a, Compression.Gzip), .. Compress(b, Compression.Gzip)]);
        InputFile.ReadAllBytes(gz).Should().Equal([.. a, .. b]);

        string xz = Write(dir, "two.xz", [.. Compress(a, Compression.Xz), .. Compress(b, Compression.Xz)]);
        FluentActions.Invoking(() => InputFile.ReadAllBytes(xz)).Should().Throw<InputException>().WithMessage("*concatenated*");

        string bz = Write(dir, "two.bz2", [.. Compress(a, Compression.Bzip2), .. Compress(b, Compression.Bzip2)]);
        InputFile.ReadAllBytes(bz).Should().Equal([.. a, .. b]);
    }

    [Fact]
    public void Gzip_from_the_gzip_program_is_read()
    {
        string dir = Temp();
        string path = Path.Combine(dir, "hi.txt");
        File.Copy(RepoPaths.SeedHindi, path);
        var gzip = System.Diagnostics.Process.Start("gzip", ["-9", "-n", path]);
        gzip.WaitForExit();
        InputFile.ReadAllBytes(path + ".gz").Should().Equal(File.ReadAllBytes(RepoPaths.SeedHindi));
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void Compressed_manifests_dictionaries_and_gold_files_read_as_plain_ones(Compression codec)
    {
        string dir = Temp();
        string ext = CompressionFormat.Extension(codec);
        byte[] manifest = Encoding.UTF8.GetBytes($"id\thi\ten\nseed\t{RepoPaths.SeedHindi}\t{RepoPaths.SeedEnglish}\n");
        File.WriteAllBytes(Path.Combine(dir, "plain.tsv"), manifest);
        File.Copy(RepoPaths.SeedHindi, Path.Combine(dir, "h.txt"));
        var compressedManifest = Write(dir, "manifest.tsv" + ext, Compress(Encoding.UTF8.GetBytes("id\thi\ten\nseed\th.txt\th.txt\n"), codec));
        var (pairs, count) = PairSources.FromManifest(compressedManifest);
        count.Should().Be(1);
        pairs.Single().HindiPath.Should().Be(Path.Combine(dir, "h.txt"));

        // Paths of a manifest on standard input are relative to the working folder.
        byte[] relative = Encoding.UTF8.GetBytes("id\thi\ten\nseed\th.txt\te.txt\n");
        var stdinPairs = PairSources.FromManifest(PairSources.StandardInput, standardInput: new MemoryStream(Compress(relative, codec))).Pairs.Single();
        stdinPairs.EnglishPath.Should().Be(Path.Combine(Directory.GetCurrentDirectory(), "e.txt"));

        string lexicon = Write(dir, "lexicon.tsv" + ext, Compress(Encoding.UTF8.GetBytes("सरकार\tgovernment\nकिसान\tfarmer\n"), codec));
        Lexicon.Load(lexicon).Count.Should().Be(2);

        byte[] beads = Encoding.UTF8.GetBytes("[0]:[0]\n[1, 2]:[1]\n[]:[2]\n");
        string gold = Write(dir, "gold.txt" + ext, Compress(beads, codec));
        string hyp = Write(dir, "hyp.txt", beads);
        EvaluationRun.Run(gold, hyp).Total[NullTreatment.WithNull].Scores.F1Strict.Should().Be(1);

        byte[] pairsTsv = Encoding.UTF8.GetBytes("hi\ten\nएक\tone\n");
        string goldPairs = Write(dir, "pairs.tsv" + ext, Compress(pairsTsv, codec));
        PairScorer.Read(goldPairs, out _).Should().HaveCount(1);
    }

    [Fact]
    public void A_compressed_hypothesis_folder_is_matched_with_plain_gold_names()
    {
        string gold = Directory.CreateDirectory(Path.Combine(Temp(), "gold")).FullName;
        string hyp = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(gold)!, "hyp")).FullName;
        byte[] beads = Encoding.UTF8.GetBytes("[0]:[0]\n[]:[1]\n");
        File.WriteAllBytes(Path.Combine(gold, "a.txt"), beads);
        File.WriteAllBytes(Path.Combine(hyp, "a.txt.zst"), Compress(beads, Compression.Zstd));
        var run = EvaluationRun.Run(gold, hyp);
        run.Missing.Should().Be(0);
        run.Total[NullTreatment.WithNull].Scores.F1Strict.Should().Be(1);
    }

    [Fact]
    public void Magic_bytes_and_names_are_told_apart()
    {
        CompressionFormat.FromMagic([0x1F, 0x8B, 0x08]).Should().Be(Compression.Gzip);
        CompressionFormat.FromMagic([0x28, 0xB5, 0x2F, 0xFD]).Should().Be(Compression.Zstd);
        CompressionFormat.FromMagic([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]).Should().Be(Compression.Xz);
        CompressionFormat.FromMagic("BZh9"u8).Should().Be(Compression.Bzip2);
        CompressionFormat.FromMagic("BZ"u8).Should().Be(Compression.None);
        CompressionFormat.FromMagic([0xFD, 0x37, 0x7A]).Should().Be(Compression.None);
        CompressionFormat.FromName("a/b.TSV.GZ").Should().Be(Compression.Gzip);
        CompressionFormat.FromName("x.dict.dz").Should().Be(Compression.Gzip);
        CompressionFormat.FromName("corpus.tsv").Should().Be(Compression.None);
        CompressionFormat.FromName("gz").Should().Be(Compression.None);
    }

    [Theory]
    [InlineData("a.gz", Compression.Gzip)]
    [InlineData("a.Gz", Compression.Gzip)]
    [InlineData("a.DZ", Compression.Gzip)]
    [InlineData("a.zst", Compression.Zstd)]
    [InlineData("a.ZsT", Compression.Zstd)]
    [InlineData("a.xz", Compression.Xz)]
    [InlineData("a.XZ", Compression.Xz)]
    [InlineData("a.bz2", Compression.Bzip2)]
    [InlineData("a.BZ2", Compression.Bzip2)]
    [InlineData("a.gz.txt", Compression.None)]
    [InlineData("a.gzip", Compression.None)]
    [InlineData("a.zs", Compression.None)]
    [InlineData("a.", Compression.None)]
    [InlineData("dir.gz/a", Compression.None)]
    // Letters that are not ASCII are not the extension's, whatever their case mapping.
    [InlineData("a.\u0262z", Compression.None)]
    [InlineData("a.z\u017Ft", Compression.None)]
    public void Every_extension_is_read_whatever_its_case(string path, Compression expected)
    {
        CompressionFormat.FromName(path).Should().Be(expected);
    }
}
