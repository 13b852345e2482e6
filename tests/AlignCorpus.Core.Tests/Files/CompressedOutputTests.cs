using System.Text;
using AlignCorpus.Core.Files;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Tests.Loading;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Core.Tests.Files;

/// <summary>
/// Compressed output files (issue 13): a name that promises compression gets it, through the one
/// output policy (the stream finished before the rename, nothing left behind on failure), with the
/// same bytes for the same text.
/// </summary>
public sealed class CompressedOutputTests
{
    public static TheoryData<Compression> Codecs => [.. CompressionFormat.All];

    private static readonly string Text = string.Concat(Enumerable.Range(0, 3000).Select(i => $"पंक्ति {i}\tline {i}\n"));

    private static string Temp() => TempFolders.Create("aligncorpus-zipout-");

    private static void WriteAtomically(string path) => AtomicFile.WriteText(path, w =>
    {
        // Flushes in between must not change the bytes.
        w.Write(Text[..1000]);
        w.Flush();
        w.Write(Text[1000..]);
    });

    [Theory]
    [MemberData(nameof(Codecs))]
    public void A_compressed_name_gets_compressed_content_that_reads_back(Compression codec)
    {
        string path = Path.Combine(Temp(), "out.tsv" + CompressionFormat.Extension(codec));
        WriteAtomically(path);
        byte[] bytes = File.ReadAllBytes(path);
        CompressionFormat.FromMagic(bytes).Should().Be(codec);
        Encoding.UTF8.GetString(InputFile.ReadAllBytes(path)).Should().Be(Text);
        Directory.GetFiles(Path.GetDirectoryName(path)!).Should().Equal(path);
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void The_same_text_gives_the_same_bytes(Compression codec)
    {
        string dir = Temp();
        string ext = CompressionFormat.Extension(codec);
        WriteAtomically(Path.Combine(dir, "a" + ext));
        WriteAtomically(Path.Combine(dir, "b" + ext));
        File.ReadAllBytes(Path.Combine(dir, "a" + ext)).Should().Equal(File.ReadAllBytes(Path.Combine(dir, "b" + ext)));
    }

    [Fact]
    public void The_gzip_header_holds_no_time_and_no_name()
    {
        string path = Path.Combine(Temp(), "named-file.tsv.gz");
        WriteAtomically(path);
        byte[] header = File.ReadAllBytes(path)[..10];
        header[3].Should().Be(0, "no FNAME or other flag");
        header[4..8].Should().Equal(new byte[4], "MTIME 0");
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void An_abandoned_compressed_write_leaves_no_file(Compression codec)
    {
        string dir = Temp();
        string path = Path.Combine(dir, "out.tsv" + CompressionFormat.Extension(codec));
        using (var file = new AtomicFileWriter(path))
        {
            file.Writer.Write(Text);
            file.Writer.Flush();
        }

        Directory.GetFileSystemEntries(dir).Should().BeEmpty();
    }

    [Fact]
    public void A_failure_while_writing_leaves_no_file()
    {
        string dir = Temp();
        string path = Path.Combine(dir, "out.tsv.gz");
        FluentActions.Invoking(() => AtomicFile.WriteText(path, w =>
        {
            w.Write(Text);
            throw new IOException("disk full (simulated)");
        })).Should().Throw<IOException>();
        Directory.GetFileSystemEntries(dir).Should().BeEmpty();
    }

    [Fact]
    public void Prepare_finishes_the_stream_before_the_rename()
    {
        string dir = Temp();
        string path = Path.Combine(dir, "out.tsv.bz2");
        using var file = new AtomicFileWriter(path);
        file.Writer.Write(Text);
        file.Prepare();

        // Before the commit: the temporary file already holds the whole compressed stream.
        string temp = Directory.GetFiles(dir).Single();
        File.Exists(path).Should().BeFalse();
        Encoding.UTF8.GetString(InputFile.ReadAllBytes(InputFile.StandardInput, standardInput: new MemoryStream(ReadLocked(temp)))).Should().Be(Text);
        file.Commit();
        Encoding.UTF8.GetString(InputFile.ReadAllBytes(path)).Should().Be(Text);
    }

    /// <summary>A file held under an advisory lock, read by cat (which takes no lock).</summary>
    private static byte[] ReadLocked(string path)
    {
        using var cat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("cat", [path]) { RedirectStandardOutput = true })!;
        var memory = new MemoryStream();
        cat.StandardOutput.BaseStream.CopyTo(memory);
        cat.WaitForExit();
        return memory.ToArray();
    }

    [Fact]
    public void An_explicit_compression_overrides_the_name_and_a_plain_name_stays_plain()
    {
        string dir = Temp();
        string explicitPath = Path.Combine(dir, "probe");
        using (var file = new AtomicFileWriter(explicitPath, compression: Compression.Zstd))
        {
            file.Writer.Write("x\n");
            file.Commit();
        }

        CompressionFormat.FromMagic(File.ReadAllBytes(explicitPath)).Should().Be(Compression.Zstd);
        string plain = Path.Combine(dir, "out.tsv");
        WriteAtomically(plain);
        File.ReadAllText(plain).Should().Be(Text);
    }

    [Fact]
    public void The_tools_own_reader_and_writer_agree_for_every_codec()
    {
        byte[] text = Encoding.UTF8.GetBytes(Text);
        foreach (var codec in CompressionFormat.All)
        {
            string path = Path.Combine(Temp(), "x");
            File.WriteAllBytes(path, CompressionTests.Compress(text, codec));
            InputFile.ReadAllBytes(path).Should().Equal(text, CompressionFormat.Name(codec));
        }
    }
}
