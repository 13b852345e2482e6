using System.Diagnostics;
using System.IO.Pipes;
using System.Text;
using AlignCorpus.Core.Files;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Loading;

/// <summary>
/// Regular files read natively (open, one readv of stat's size plus a probe byte, close): the same
/// bytes, errors and inspections as the managed reading, whatever happened to the file since its stat.
/// </summary>
public sealed class RegularFileTests
{
    private static string Temp() => TempFolders.Create("aligncorpus-regular-");

    private static FileNode StatOf(string path) => FileNode.Of(path, followLinks: true, out _)!.Value;

    private static string Write(string dir, string name, byte[] bytes)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Text(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i % 61 == 60 ? '\n' : 'a' + (i % 26)))];

    [Fact]
    public void The_native_path_reads_regular_files_on_linux()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        RegularFile.Available.Should().BeTrue();
        string path = Write(Temp(), "a.txt", Text(10_000));
        RegularFile.TryRead(path, 10_000, InputFile.DefaultMaxBytes, out byte[] bytes).Should().BeTrue();
        bytes.Should().Equal(Text(10_000));
        RegularFile.TryRead(Path.Combine(Temp(), "missing.txt"), 1, InputFile.DefaultMaxBytes, out _).Should().BeFalse("a failed open is left to the managed reader, for its message");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(4096)]
    [InlineData(70_000)]
    public void Bytes_and_inspections_are_those_of_the_managed_reading(int length)
    {
        string path = Write(Temp(), "a.txt", Text(length));
        var native = new List<(int, int)>();
        byte[] read = InputFile.ReadAllBytes(path, inspect: (r, s) => native.Add((r.Length, s)));

        var managed = new List<(int, int)>();
        byte[] expected;
        using (var stream = InputFile.OpenRead(path))
        {
            expected = CompressedInput.ReadAll(stream, path, Compression.None, InputFile.DefaultMaxBytes, stream.Length, (r, s) => managed.Add((r.Length, s)));
        }

        read.Should().Equal(expected);
        read.Should().HaveCount(length);
        native.Should().Equal(managed);
    }

    [Fact]
    public void A_file_at_the_limit_is_read_and_one_byte_over_is_refused_with_its_size()
    {
        string dir = Temp();
        string at = Write(dir, "at.txt", Text(4096));
        string over = Write(dir, "over.txt", Text(4097));
        InputFile.ReadAllBytes(at, 4096).Should().Equal(Text(4096));
        var e = FluentActions.Invoking(() => InputFile.ReadAllBytes(over, 4096)).Should().Throw<InputException>().Which;
        e.Kind.Should().Be(InputErrorKind.TooLarge);
        e.Message.Should().Be($"{over}: is 4 KiB, more than the input limit of 4 KiB; not read (raise the limit with --max-input-bytes)");
    }

    [Fact]
    public void An_empty_file_is_read_empty_and_said_empty()
    {
        string path = Write(Temp(), "empty.txt", []);
        InputFile.ReadAllBytes(path).Should().BeEmpty();
        FluentActions.Invoking(() => ArticleLoader.Load(path)).Should().Throw<InputException>()
            .Which.Message.Should().Be($"{path}: is empty");
    }

    [Fact]
    public void A_file_that_grew_since_its_stat_is_read_whole()
    {
        string path = Write(Temp(), "a.txt", Text(100));
        var stale = StatOf(path);
        File.WriteAllBytes(path, Text(200_000));
        InputFile.ReadAllBytes(path, stat: stale).Should().Equal(Text(200_000));
    }

    [Fact]
    public void A_file_that_grew_past_the_limit_since_its_stat_is_refused()
    {
        string path = Write(Temp(), "a.txt", Text(100));
        var stale = StatOf(path);
        File.WriteAllBytes(path, Text(5000));
        FluentActions.Invoking(() => InputFile.ReadAllBytes(path, 4096, stat: stale)).Should().Throw<InputException>()
            .Which.Kind.Should().Be(InputErrorKind.TooLarge);
    }

    [Fact]
    public void A_file_that_shrank_since_its_stat_is_read_as_it_is_now()
    {
        string path = Write(Temp(), "a.txt", Text(10_000));
        var stale = StatOf(path);
        File.WriteAllBytes(path, Text(3));
        InputFile.ReadAllBytes(path, stat: stale).Should().Equal(Text(3));
    }

    [Fact]
    public void A_file_compressed_since_its_stat_is_decompressed()
    {
        string path = Write(Temp(), "a.txt", Text(100));
        var stale = StatOf(path);
        File.WriteAllBytes(path, CompressionTests.Compress(Text(50_000), Compression.Gzip));
        InputFile.ReadAllBytes(path, stat: stale).Should().Equal(Text(50_000));
    }

    [Fact]
    public void A_name_that_promises_compression_of_plain_bytes_is_the_same_error()
    {
        string path = Write(Temp(), "a.txt.gz", Text(100));
        FluentActions.Invoking(() => InputFile.ReadAllBytes(path)).Should().Throw<InputException>()
            .Which.Message.Should().Be($"{path}: the name says gzip, but the content is not gzip-compressed (it does not start with gzip's magic bytes); name the file for what it holds");
    }

    [Fact]
    public void A_nul_byte_is_found_in_a_file_read_at_once()
    {
        var bytes = Text(10_000);
        bytes[9000] = 0;
        string path = Write(Temp(), "a.txt", bytes);
        FluentActions.Invoking(() => ArticleLoader.ReadAllBytes(path)).Should().Throw<InputException>()
            .Which.Kind.Should().Be(InputErrorKind.Binary);
    }

    /// <summary>The bytes <see cref="InputFile.ReadPooled"/> gives, each array given back when rented.</summary>
    private static byte[] ReadPooled(string path, long maxBytes, FileNode? stat, out bool rented)
    {
        byte[] buffer = InputFile.ReadPooled(path, maxBytes, null, null, stat, out int length, out rented);
        byte[] bytes = buffer.AsSpan(0, length).ToArray();
        if (rented)
        {
            InputFile.Return(buffer);
        }
        else
        {
            buffer.Should().HaveCount(length, "an array not rented holds exactly the bytes");
        }

        return bytes;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(70_000)]
    public void A_pooled_read_gives_the_bytes_of_the_plain_read(int length)
    {
        string path = Write(Temp(), "a.txt", Text(length));
        ReadPooled(path, InputFile.DefaultMaxBytes, null, out bool rented).Should().Equal(InputFile.ReadAllBytes(path));
        if (RegularFile.Available)
        {
            rented.Should().BeTrue("a regular file is read into a pooled array");
        }
    }

    [Fact]
    public void A_pooled_read_of_a_file_that_changed_since_its_stat_reads_it_as_it_is_now()
    {
        string dir = Temp();
        string grew = Write(dir, "grew.txt", Text(100));
        string shrank = Write(dir, "shrank.txt", Text(10_000));
        string grewPast = Write(dir, "past.txt", Text(100));
        string huge = Write(dir, "huge.txt", Text(100));
        string compressed = Write(dir, "compressed.txt", Text(100));
        var stale = new[] { grew, shrank, grewPast, huge, compressed }.Select(StatOf).ToArray();
        File.WriteAllBytes(grew, Text(200_000));
        File.WriteAllBytes(shrank, Text(3));
        File.WriteAllBytes(grewPast, Text(5000));
        File.WriteAllBytes(huge, Text(RegularFile.MaxPooled + 70_000));
        File.WriteAllBytes(compressed, CompressionTests.Compress(Text(50_000), Compression.Gzip));

        ReadPooled(grew, InputFile.DefaultMaxBytes, stale[0], out _).Should().Equal(Text(200_000));
        ReadPooled(shrank, InputFile.DefaultMaxBytes, stale[1], out _).Should().Equal(Text(3));
        FluentActions.Invoking(() => ReadPooled(grewPast, 4096, stale[2], out _)).Should().Throw<InputException>()
            .Which.Kind.Should().Be(InputErrorKind.TooLarge);
        ReadPooled(huge, InputFile.DefaultMaxBytes, stale[3], out bool hugeRented).Should().Equal(Text(RegularFile.MaxPooled + 70_000));
        hugeRented.Should().BeFalse("a file past the pooled size gets an array of its own");
        ReadPooled(compressed, InputFile.DefaultMaxBytes, stale[4], out bool compressedRented).Should().Equal(Text(50_000));
        compressedRented.Should().BeFalse("decompressed text is a new array");
    }

    [Fact]
    public void An_article_read_through_the_pool_is_the_article_of_its_bytes()
    {
        string dir = Temp();
        var text = Encoding.UTF8.GetBytes("पहला अनुच्छेद।\n\nदूसरा   अनुच्छेद\r\nतीसरा\n");
        string path = Write(dir, "hi.txt", text);
        string other = Write(dir, "other.txt", Text(3000));
        for (int round = 0; round < 3; round++)
        {
            // Between two loads the pool hands the same array out for other bytes.
            ArticleLoader.Load(other).Count.Should().BeGreaterThan(0);
            var loaded = ArticleLoader.Load(path, UnitMode.Blocks);
            var parsed = ArticleLoader.Parse(text, path, UnitMode.Blocks);
            loaded.Units.Select(u => (u.Text, u.Original, u.Line)).Should().Equal(parsed.Units.Select(u => (u.Text, u.Original, u.Line)));
            loaded.Script.Should().Be(parsed.Script);
        }

        var bytes = Text(10_000);
        bytes[9000] = 0;
        string binary = Write(dir, "binary.txt", bytes);
        FluentActions.Invoking(() => ArticleLoader.Load(binary)).Should().Throw<InputException>()
            .Which.Kind.Should().Be(InputErrorKind.Binary);
        ArticleLoader.Load(path).Count.Should().Be(3, "the pool still serves after a failed load");
    }

    [Fact]
    public async Task A_fifo_put_in_place_of_a_file_after_its_stat_does_not_block()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string dir = Temp();
        string path = Write(dir, "a.txt", Text(100));
        var stale = StatOf(path);
        File.Delete(path);
        Process.Start("mkfifo", path)!.WaitForExit();
        StatOf(path).Kind.Should().Be(FileKind.Fifo);

        // No writer ever comes: a blocking open would wait for ever.
        var reader = Task.Run(() => InputFile.ReadAllBytes(path, stat: stale));
        (await InputFileTests.Within(reader)).Should().BeTrue("the file is opened without waiting for a writer");
        (await reader).Should().BeEmpty();
    }

    [Fact]
    public void A_proc_file_of_size_zero_is_read_to_its_end()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/proc/self/mountinfo"))
        {
            return;
        }

        // Its stat says 0 bytes and it reads in pieces of a page: a short read is not its end.
        StatOf("/proc/self/mountinfo").Size.Should().Be(0);
        string text = Encoding.UTF8.GetString(InputFile.ReadAllBytes("/proc/self/mountinfo"));
        text.Should().Be(File.ReadAllText("/proc/self/mountinfo"));
    }

    [Fact]
    public async Task Short_reads_before_the_size_are_read_on()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // A pipe reads short while its writer pauses, as a file on some file systems might.
        using var server = new AnonymousPipeServerStream(PipeDirection.In);
        using var client = new AnonymousPipeClientStream(PipeDirection.Out, server.ClientSafePipeHandle);
        var writer = Task.Run(async () =>
        {
            client.Write(Text(100).AsSpan(0, 40));
            await Task.Delay(200);
            client.Write(Text(100).AsSpan(40));
        });
        int fd = (int)server.SafePipeHandle.DangerousGetHandle();
        RegularFile.ReadAll(fd, 100, InputFile.DefaultMaxBytes, out byte[] bytes).Should().BeTrue();
        bytes.Should().Equal(Text(100), "the second piece is read after the first came short");
        await writer;
    }

    [Fact]
    public async Task More_bytes_than_the_size_are_read_to_the_end()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var server = new AnonymousPipeServerStream(PipeDirection.In);
        var client = new AnonymousPipeClientStream(PipeDirection.Out, server.ClientSafePipeHandle);
        var writer = Task.Run(() =>
        {
            using (client)
            {
                client.Write(Text(1000));
            }
        });
        int fd = (int)server.SafePipeHandle.DangerousGetHandle();
        RegularFile.ReadAll(fd, 150, InputFile.DefaultMaxBytes, out byte[] bytes).Should().BeTrue();
        bytes.Should().Equal(Text(1000));
        await writer;

        using var server2 = new AnonymousPipeServerStream(PipeDirection.In);
        var client2 = new AnonymousPipeClientStream(PipeDirection.Out, server2.ClientSafePipeHandle);
        using (client2)
        {
            client2.Write(Text(1000));
        }

        RegularFile.ReadAll((int)server2.SafePipeHandle.DangerousGetHandle(), 150, 999, out _).Should().BeFalse("past the limit, the managed reader says so");
    }
}
