using System.Diagnostics;
using AlignCorpus.Core.Corpus;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Corpus;

/// <summary>
/// Folder walking over hostile trees (issue 12): symbolic link loops, FIFOs, devices, broken links,
/// links followed or not. Every walk runs under a timeout, so a regression fails instead of hanging.
/// </summary>
public sealed class FolderWalkTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private static string Tree(params string[] files)
    {
        string root = TempFolders.Create("aligncorpus-walk-");
        foreach (var f in files)
        {
            string path = Path.Combine(root, f);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, f);
        }

        return root;
    }

    private static (Dictionary<string, string> Files, List<UnpairedInput> Failed, List<string> Warnings) Walk(string root, bool follow = true)
    {
        var warnings = new List<string>();
        var failed = new List<UnpairedInput>();
        var walker = new FolderWalker { FollowLinks = follow, Warn = m => { lock (warnings) { warnings.Add(m); } } };
        var task = Task.Run(() => walker.List(root, failed));
        task.Wait(Limit).Should().BeTrue("the walk must end (it hung on the tree at {0})", root);
        return (task.Result, failed, warnings);
    }

    [Fact]
    public void A_link_back_to_an_ancestor_repeats_no_document()
    {
        string root = Tree("a.txt", "sub/b.txt");
        File.CreateSymbolicLink(Path.Combine(root, "sub", "up"), "..");
        var (files, failed, warnings) = Walk(root);
        files.Keys.Should().BeEquivalentTo("a.txt", "sub/b.txt");
        failed.Should().BeEmpty();
        warnings.Should().ContainSingle().Which.Should().Contain("already read");
    }

    [Fact]
    public void Two_nested_loops_stay_linear()
    {
        // Without identities the walk doubles per level: 2^depth paths to each file, until ELOOP.
        string root = Tree("a.txt", "x/b.txt", "x/y/c.txt");
        File.CreateSymbolicLink(Path.Combine(root, "x", "y", "l1"), "../..");
        File.CreateSymbolicLink(Path.Combine(root, "x", "y", "l2"), "..");
        File.CreateSymbolicLink(Path.Combine(root, "x", "l3"), "..");
        var clock = Stopwatch.StartNew();
        var (files, failed, _) = Walk(root);
        files.Keys.Should().BeEquivalentTo("a.txt", "x/b.txt", "x/y/c.txt");
        failed.Should().BeEmpty();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void The_real_folder_keeps_its_documents_when_a_link_to_it_comes_first()
    {
        // "a-link" sorts before "z": the documents must still be listed under z/.
        string root = Tree("z/doc.txt");
        File.CreateSymbolicLink(Path.Combine(root, "a-link"), "z");
        var (files, _, warnings) = Walk(root);
        files.Keys.Should().Equal("z/doc.txt");
        warnings.Should().ContainSingle().Which.Should().Contain("a-link").And.Contain("as z");
    }

    [Fact]
    public void Links_to_files_and_to_folders_outside_are_followed_once()
    {
        string outside = Tree("o1.txt", "deep/o2.txt");
        string root = Tree("a.txt");
        File.CreateSymbolicLink(Path.Combine(root, "out"), outside);
        File.CreateSymbolicLink(Path.Combine(root, "out2"), outside);
        File.CreateSymbolicLink(Path.Combine(root, "f.txt"), Path.Combine(outside, "o1.txt"));
        var (files, _, _) = Walk(root);
        files.Keys.Should().BeEquivalentTo("a.txt", "f.txt", "out/o1.txt", "out/deep/o2.txt");
        files["out/o1.txt"].Should().Be(Path.Combine(root, "out", "o1.txt"), "a document keeps the path it was found by");
    }

    [Fact]
    public void No_link_is_followed_when_asked()
    {
        string outside = Tree("o.txt");
        string root = Tree("a.txt");
        File.CreateSymbolicLink(Path.Combine(root, "out"), outside);
        File.CreateSymbolicLink(Path.Combine(root, "f.txt"), Path.Combine(outside, "o.txt"));
        var (files, failed, warnings) = Walk(root, follow: false);
        files.Keys.Should().Equal("a.txt");
        failed.Should().BeEmpty();
        warnings.Should().ContainSingle().Which.Should().Contain("2 symbolic link(s)");
    }

    [Fact]
    public void A_broken_link_and_a_link_loop_are_failed_inputs()
    {
        string root = Tree("a.txt");
        File.CreateSymbolicLink(Path.Combine(root, "gone.txt"), "nowhere.txt");
        File.CreateSymbolicLink(Path.Combine(root, "self.txt"), "self.txt");
        var (files, failed, _) = Walk(root);
        files.Keys.Should().Equal("a.txt");
        failed.Select(f => f.Id).Should().BeEquivalentTo("gone.txt", "self.txt");
        failed.Should().OnlyContain(f => f.Reason.Contains("broken symbolic link"));
    }

    [Fact]
    public void A_fifo_and_a_device_are_skipped_without_opening_them()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string root = Tree("a.txt");
        Run("mkfifo", Path.Combine(root, "pipe.txt"));
        Run("mknod", Path.Combine(root, "zero.txt"), "c", "1", "5");
        File.CreateSymbolicLink(Path.Combine(root, "to-pipe.txt"), "pipe.txt");
        var (files, failed, warnings) = Walk(root);
        files.Keys.Should().Equal("a.txt");
        failed.Should().BeEmpty();
        warnings.Should().HaveCount(3);
        warnings.Should().Contain(w => w.Contains("pipe.txt") && w.Contains("FIFO"));
        warnings.Should().Contain(w => w.Contains("zero.txt") && w.Contains("character device"));
    }

    [Fact]
    public void Hidden_entries_are_skipped_and_ids_use_slashes()
    {
        string root = Tree("a.txt", ".hidden.txt", ".git/x.txt", "d/e/f.txt");
        var (files, _, _) = Walk(root);
        files.Keys.Should().BeEquivalentTo("a.txt", "d/e/f.txt");
    }

    [Fact]
    public void A_root_that_is_no_folder_is_an_input_error()
    {
        string root = Tree("a.txt");
        var act = () => new FolderWalker().List(Path.Combine(root, "a.txt"), []);
        act.Should().Throw<InputException>().WithMessage("*not a folder*");
        var missing = () => new FolderWalker().List(Path.Combine(root, "nope"), []);
        missing.Should().Throw<InputException>().Which.Kind.Should().Be(InputErrorKind.NotFound);
    }

    [Fact]
    public void Pairing_folders_through_loops_gives_each_document_once()
    {
        string hi = Tree("a.txt", "s/b.txt");
        string en = Tree("a.txt", "s/b.txt");
        File.CreateSymbolicLink(Path.Combine(hi, "s", "loop"), "..");
        File.CreateSymbolicLink(Path.Combine(en, "s", "loop"), "..");
        var unpaired = new List<UnpairedInput>();
        var pairs = PairSources.FromDirectories(hi, en, unpaired, new FolderWalker());
        pairs.Select(p => p.Id).Should().Equal("a.txt", "s/b.txt");
        unpaired.Should().BeEmpty();
    }

    private static void Run(string file, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true })!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        p.ExitCode.Should().Be(0, $"{file} {string.Join(' ', args)}: {err}");
    }
}
