using System.Diagnostics;
using System.Text;
using AlignCorpus.Core.Corpus;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Loading;

/// <summary>Bounded input (issue 12): size limits before and while reading, devices, pipes, manifests read once.</summary>
public sealed class InputFileTests
{
    /// <summary>Whether the task ended (in any way) within 30 s.</summary>
    internal static async Task<bool> Within(Task task) => await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(30))) == task;

    private static string Temp() => TempFolders.Create("aligncorpus-input-");

    /// <summary>A stream that never ends, counting what was read from it.</summary>
    private sealed class Endless : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void A_regular_file_over_the_limit_is_refused_before_reading()
    {
        string path = Path.Combine(Temp(), "big.txt");
        File.WriteAllBytes(path, new byte[5000]);
        var e = FluentActions.Invoking(() => InputFile.ReadAllBytes(path, 4096)).Should().Throw<InputException>().Which;
        e.Kind.Should().Be(InputErrorKind.TooLarge);
        e.Message.Should().StartWith(path).And.Contain("4.9 KiB").And.Contain("4 KiB").And.Contain("--max-input-bytes");
        InputFile.ReadAllBytes(path, 5000).Should().HaveCount(5000, "a file of exactly the limit is read");
    }

    [Fact]
    public void A_stream_of_unknown_size_stops_at_the_limit()
    {
        var endless = new Endless();
        var e = FluentActions.Invoking(() => InputFile.ReadAll(endless, "pipe", 1 << 20)).Should().Throw<InputException>().Which;
        e.Kind.Should().Be(InputErrorKind.TooLarge);
        e.Message.Should().StartWith("pipe: ").And.Contain("stopped reading");
        endless.Served.Should().BeLessThanOrEqualTo((1 << 20) + (1 << 20), "reading stops right after the limit");

        var bounded = InputFile.Bounded(new Endless(), "gz", 1000);
        FluentActions.Invoking(() => bounded.CopyTo(Stream.Null)).Should().Throw<InputException>().Which.Kind.Should().Be(InputErrorKind.TooLarge);
    }

    [Fact]
    public void Dev_zero_as_an_article_is_refused_at_once()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var e = FluentActions.Invoking(() => ArticleLoader.Load("/dev/zero")).Should().Throw<InputException>().Which;
        e.Kind.Should().Be(InputErrorKind.Binary);
        e.File.Should().Be("/dev/zero");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "the first block shows a NUL byte; nothing more is read");
    }

    [Fact]
    public async Task A_pipe_of_endless_text_stops_at_the_limit()
    {
        // A FIFO fed endlessly: like a device or /dev/stdin, its size is unknown before reading.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string fifo = Path.Combine(Temp(), "endless");
        Process.Start("mkfifo", fifo)!.WaitForExit();
        using var cancel = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            try
            {
                using var w = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                var line = Encoding.UTF8.GetBytes(new string('x', 1023) + "\n");
                while (!cancel.IsCancellationRequested)
                {
                    w.Write(line);
                }
            }
            catch (IOException)
            {
                // The reader closed the pipe.
            }
        });
        var reader = Task.Run(() => ArticleLoader.Load(fifo, UnitMode.Lines, 256 << 10));
        (await Within(reader)).Should().BeTrue("reading a pipe stops at the limit");
        reader.Exception!.InnerException.Should().BeOfType<InputException>().Which.Kind.Should().Be(InputErrorKind.TooLarge);
        cancel.Cancel();
        (await Within(writer)).Should().BeTrue();
    }

    [Fact]
    public void Empty_paths_and_nul_characters_name_no_file()
    {
        FluentActions.Invoking(() => ArticleLoader.Load("")).Should().Throw<InputException>().WithMessage("*empty path*");
        FluentActions.Invoking(() => ArticleLoader.Load("a\0b")).Should().Throw<InputException>().WithMessage("*NUL*");
        FluentActions.Invoking(() => PairSources.FromManifest("")).Should().Throw<InputException>().WithMessage("*empty path*");
    }

    [Fact]
    public void A_nul_in_a_manifest_names_file_and_line()
    {
        string manifest = Path.Combine(Temp(), "m.tsv");
        File.WriteAllText(manifest, "id\thi\ten\nok\thi/a.txt\ten/a.txt\nbad\thi/b\0.txt\ten/b.txt\n");
        var e = FluentActions.Invoking(() => PairSources.FromManifest(manifest)).Should().Throw<InputException>().Which;
        e.Line.Should().Be(3);
        e.Message.Should().StartWith(manifest + ":3:").And.Contain("NUL");
    }

    [Fact]
    public void A_manifest_over_the_limit_is_refused()
    {
        string manifest = Path.Combine(Temp(), "m.tsv");
        File.WriteAllText(manifest, "id\thi\ten\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"{i}\thi/{i}.txt\ten/{i}.txt\n")));
        FluentActions.Invoking(() => PairSources.FromManifest(manifest, maxBytes: 1000)).Should().Throw<InputException>()
            .Which.Kind.Should().Be(InputErrorKind.TooLarge);
    }

    [Fact]
    public async Task A_manifest_from_a_fifo_is_read_once_and_gives_every_pair()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string dir = Temp();
        string fifo = Path.Combine(dir, "manifest.tsv");
        Process.Start("mkfifo", fifo)!.WaitForExit();
        int opened = 0;
        var writer = Task.Run(() =>
        {
            // One writer, once: a second reading would wait here for ever (the test's timeout catches it).
            using var w = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            Interlocked.Increment(ref opened);
            w.Write("id\thi\ten\na\thi/a.txt\ten/a.txt\nb\thi/b.txt\ten/b.txt\n"u8);
        });
        var read = Task.Run(() =>
        {
            var (pairs, count) = PairSources.FromManifest(fifo);
            return (pairs.ToList(), count);
        });
        (await Within(read)).Should().BeTrue("a FIFO manifest must be read once, not waited on twice");
        var (list, n) = await read;
        n.Should().Be(2);
        list.Select(p => p.Id).Should().Equal("a", "b");
        list[0].HindiPath.Should().Be(Path.Combine(dir, "hi", "a.txt"), "paths stay relative to the FIFO's folder");
        opened.Should().Be(1);
    }

    [Fact]
    public void Standard_input_as_a_manifest_is_read_once_relative_to_the_working_folder()
    {
        var stdin = new MemoryStream("id\thi\ten\na\thi/a.txt\ten/a.txt\n"u8.ToArray());
        var (pairs, count) = PairSources.FromManifest(PairSources.StandardInput, InputFile.DefaultMaxBytes, stdin);
        count.Should().Be(1);
        var list = pairs.ToList();
        list.Should().ContainSingle().Which.HindiPath.Should().Be(Path.Combine(Directory.GetCurrentDirectory(), "hi", "a.txt"));
        list.Should().HaveCount(1, "a second enumeration must not need standard input again");
        pairs.Should().HaveCount(1);
    }
}
