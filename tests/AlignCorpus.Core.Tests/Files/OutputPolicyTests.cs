using AlignCorpus.Core.Writing;
using Mono.Unix.Native;
using AlignCorpus.Core.Files;

namespace AlignCorpus.Core.Tests.Files;

/// <summary>The one output policy of <see cref="AtomicFileWriter"/>: devices and FIFOs in place, links followed, modes kept, temporary names short, stale ones removed.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class OutputPolicyTests
{
    private static string TempDir() => TempFolders.Create("aligncorpus-policy-");

    private static string[] Temps(string dir) => Directory.GetFiles(dir, "*.tmp").Select(Path.GetFileName).ToArray()!;

    [Fact]
    public async Task A_fifo_is_written_in_place_and_stays_a_fifo()
    {
        string dir = TempDir();
        string fifo = Path.Combine(dir, "pipe");
        Syscall.mkfifo(fifo, FilePermissions.S_IRUSR | FilePermissions.S_IWUSR).Should().Be(0);
        var reader = Task.Run(() => File.ReadAllText(fifo));
        AtomicFile.WriteText(fifo, w => w.Write("through the pipe\n"));
        (await reader.WaitAsync(TimeSpan.FromSeconds(20))).Should().Be("through the pipe\n");
        FileIdentity.KindOf(fifo).Should().Be(FileKind.Fifo);
        Directory.GetFiles(dir).Should().Equal(fifo);
    }

    [Fact]
    public async Task A_proc_link_to_a_pipe_is_written_in_place_as_dev_stdout_is()
    {
        using var server = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.Out);
        using var client = new System.IO.Pipes.AnonymousPipeClientStream(System.IO.Pipes.PipeDirection.In, server.ClientSafePipeHandle);
        string path = $"/proc/self/fd/{server.SafePipeHandle.DangerousGetHandle()}";
        FileIdentity.KindOf(path).Should().Be(FileKind.Fifo);
        var reader = Task.Run(() => new StreamReader(client).ReadToEnd());
        using (var file = new AtomicFileWriter(path))
        {
            file.InPlace.Should().BeTrue();
            file.Writer.Write("to the pipe\n");
            file.Commit();
        }

        server.Dispose();
        (await reader.WaitAsync(TimeSpan.FromSeconds(20))).Should().Be("to the pipe\n");
    }

    [Fact]
    public async Task A_symlink_to_a_fifo_writes_the_fifo_and_stays_a_link()
    {
        string dir = TempDir();
        string fifo = Path.Combine(dir, "pipe");
        Syscall.mkfifo(fifo, FilePermissions.S_IRUSR | FilePermissions.S_IWUSR).Should().Be(0);
        string link = Path.Combine(dir, "out.tsv");
        File.CreateSymbolicLink(link, "pipe");
        var reader = Task.Run(() => File.ReadAllText(fifo));
        AtomicFile.WriteText(link, w => w.Write("via the link\n"));
        (await reader.WaitAsync(TimeSpan.FromSeconds(20))).Should().Be("via the link\n");
        FileIdentity.IsLink(link).Should().BeTrue();
        FileIdentity.KindOf(fifo).Should().Be(FileKind.Fifo);
    }

    [Fact]
    public void A_character_device_is_written_in_place_and_stays_a_device()
    {
        string dir = TempDir();
        string nul = Path.Combine(dir, "null");

        // Our own node of /dev/null (c 1 3) in a temporary folder, never the real one.
        int made = Syscall.mknod(nul, FilePermissions.S_IFCHR | FilePermissions.S_IRUSR | FilePermissions.S_IWUSR, (1UL << 8) | 3);
        made.Should().Be(0, "the tests run as root (CAP_MKNOD)");
        using (var file = new AtomicFileWriter(nul))
        {
            file.InPlace.Should().BeTrue();
            file.Writer.Write("discarded\n");
            file.Commit();
        }

        FileIdentity.KindOf(nul).Should().Be(FileKind.CharacterDevice);
        Syscall.stat(nul, out var st).Should().Be(0);
        st.st_rdev.Should().Be((1UL << 8) | 3);
        Directory.GetFiles(dir).Should().Equal(nul);
    }

    [Fact]
    public void A_symlink_is_followed_and_stays_a_link()
    {
        string dir = TempDir();
        string target = Path.Combine(dir, "real.tsv");
        File.WriteAllText(target, "old\n");
        string link = Path.Combine(dir, "link.tsv");
        File.CreateSymbolicLink(link, "real.tsv");
        AtomicFile.WriteText(link, w => w.Write("new\n"));
        FileIdentity.IsLink(link).Should().BeTrue();
        new FileInfo(link).LinkTarget.Should().Be("real.tsv");
        File.ReadAllText(target).Should().Be("new\n");
        Temps(dir).Should().BeEmpty();
    }

    [Fact]
    public void A_dangling_symlink_creates_its_target()
    {
        string dir = TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        string link = Path.Combine(dir, "link.tsv");
        File.CreateSymbolicLink(link, "sub/made.tsv");
        AtomicFile.WriteText(link, w => w.Write("x\n"));
        FileIdentity.IsLink(link).Should().BeTrue();
        File.ReadAllText(Path.Combine(dir, "sub", "made.tsv")).Should().Be("x\n");
    }

    [Fact]
    public void A_replaced_file_keeps_its_mode()
    {
        string dir = TempDir();
        string path = Path.Combine(dir, "out.tsv");
        File.WriteAllText(path, "old\n");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(path, mode);
        AtomicFile.WriteText(path, w => w.Write("new\n"));
        File.GetUnixFileMode(path).Should().Be(mode);
        File.ReadAllText(path).Should().Be("new\n");
    }

    [Theory]
    [InlineData(251, "a")]
    [InlineData(83, "क")]
    public void A_long_output_name_gets_a_short_temporary_name(int repeat, string unit)
    {
        string dir = TempDir();
        string name = string.Concat(Enumerable.Repeat(unit, repeat)) + ".tsv";
        System.Text.Encoding.UTF8.GetByteCount(name).Should().BeLessThanOrEqualTo(255).And.BeGreaterThan(241);
        string path = Path.Combine(dir, name);
        AtomicFile.WriteText(path, w => w.Write("long\n"));
        File.ReadAllText(path).Should().Be("long\n");
        string temp = StaleTemps.TempName(name);
        System.Text.Encoding.UTF8.GetByteCount(temp).Should().BeLessThanOrEqualTo(255);
        StaleTemps.TargetOf(temp).Should().Be(StaleTemps.ShortName(name));
        StaleTemps.ShortName(name + "x").Should().NotBe(StaleTemps.ShortName(name));
    }

    [Fact]
    public void Stale_temporary_files_of_the_same_target_are_removed_and_others_kept()
    {
        string dir = TempDir();
        string stale = Path.Combine(dir, ".out.tsv.0123abcd.tmp");
        string otherTarget = Path.Combine(dir, ".other.tsv.0123abcd.tmp");
        string notOurs = Path.Combine(dir, ".out.tsv.backup.tmp");
        foreach (var f in new[] { stale, otherTarget, notOurs })
        {
            File.WriteAllText(f, "left by a killed run");
        }

        AtomicFile.WriteText(Path.Combine(dir, "out.tsv"), w => w.Write("x\n"));
        File.Exists(stale).Should().BeFalse();
        File.Exists(otherTarget).Should().BeTrue();
        File.Exists(notOurs).Should().BeTrue();
    }

    [Fact]
    public void The_temporary_file_of_a_running_writer_is_not_taken_for_stale()
    {
        string dir = TempDir();
        string path = Path.Combine(dir, "out.tsv");
        using var first = new AtomicFileWriter(path);
        first.Writer.Write("first\n");
        Temps(dir).Should().ContainSingle();
        StaleTemps.Remove(dir, ["out.tsv"]).Should().Be(0);
        using (var second = new AtomicFileWriter(path))
        {
            Temps(dir).Should().HaveCount(2);
        }

        first.Commit();
        File.ReadAllText(path).Should().Be("first\n");
        Temps(dir).Should().BeEmpty();
    }

    [Fact]
    public void A_writer_disposed_without_commit_leaves_nothing()
    {
        string dir = TempDir();
        using (var file = new AtomicFileWriter(Path.Combine(dir, "out.tsv")))
        {
            file.Writer.Write("half");
        }

        Directory.GetFileSystemEntries(dir).Should().BeEmpty();
    }

    [Fact]
    public void Identity_sees_through_symlinked_folders_for_existing_and_future_files()
    {
        string dir = TempDir();
        string real = Directory.CreateDirectory(Path.Combine(dir, "real")).FullName;
        string link = Path.Combine(dir, "link");
        Directory.CreateSymbolicLink(link, "real");
        File.WriteAllText(Path.Combine(real, "a.txt"), "a");
        FileIdentity.KeyOf(Path.Combine(link, "a.txt")).Should().Be(FileIdentity.KeyOf(Path.Combine(real, "a.txt")));
        FileIdentity.KeyOf(Path.Combine(link, "new", "b.txt")).Should().Be(FileIdentity.KeyOf(Path.Combine(real, "new", "b.txt")));
        FileIdentity.KeyOf(Path.Combine(link, "b.txt")).Should().NotBe(FileIdentity.KeyOf(Path.Combine(real, "c.txt")));
        FileIdentity.RealPath(Path.Combine(link, "x", "y")).Should().Be(Path.Combine(real, "x", "y"));
        FileIdentity.IsInside(Path.Combine(link, "a.txt"), real).Should().BeTrue();
        FileIdentity.IsInside(Path.Combine(real, "..", "a.txt"), real).Should().BeFalse();
    }

    [Fact]
    public void A_link_loop_is_an_io_error()
    {
        string dir = TempDir();
        File.CreateSymbolicLink(Path.Combine(dir, "a"), "b");
        File.CreateSymbolicLink(Path.Combine(dir, "b"), "a");
        var act = () => FileIdentity.RealPath(Path.Combine(dir, "a", "x"));
        act.Should().Throw<IOException>();
    }

    [Fact]
    public void Outputs_are_compared_with_inputs_and_each_other_by_identity()
    {
        string dir = TempDir();
        string real = Directory.CreateDirectory(Path.Combine(dir, "real")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(dir, "link"), "real");
        File.WriteAllText(Path.Combine(real, "in.txt"), "input");
        var check = new OutputCheck();
        check.AddInput(Path.Combine(dir, "link", "in.txt"));
        check.AddOutput("--output", Path.Combine(dir, "out.tsv"));
        var input = () => check.AddOutput("--rejected", Path.Combine(real, "in.txt"));
        input.Should().Throw<AlignCorpus.Core.Loading.InputException>().WithMessage("*also an input*");
        var twice = () => check.AddOutput("--summary", Path.Combine(dir, "link", "..", "out.tsv"));
        twice.Should().Throw<AlignCorpus.Core.Loading.InputException>().WithMessage("*same file as --output*");
    }
}
