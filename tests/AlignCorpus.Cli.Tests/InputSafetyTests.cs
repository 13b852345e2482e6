using System.Diagnostics;
using System.Text;

namespace AlignCorpus.Cli.Tests;

/// <summary>
/// Hostile and odd inputs end to end (issue 12, inputs): devices, limits, empty paths, NUL in a
/// manifest, manifests from pipes, unreadable dictionaries and subfolders, FIFOs and link loops in
/// folders, and the stem cache. Runs that could hang run under a timeout; cases that need another
/// user or an environment of their own run the built command line as a child process.
/// </summary>
public sealed class InputSafetyTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "aligncorpus.dll");

    private static string DevSet => Requires.Shared("data/dev");

    private sealed record Child(int Code, string Stdout, string Stderr);

    /// <summary>Runs the built command line as a child process (optionally through setpriv as nobody), killed after the timeout.</summary>
    private static async Task<Child> RunChild(
        string[] args, Dictionary<string, string?>? env = null, string? cwd = null, byte[]? stdin = null, bool asNobody = false)
    {
        var psi = new ProcessStartInfo(asNobody ? "setpriv" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = cwd ?? Directory.GetCurrentDirectory(),
        };
        foreach (var a in asNobody ? ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Dll, .. args] : (string[])[Dll, .. args])
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env ?? [])
        {
            psi.Environment[k] = v;
        }

        using var p = Process.Start(psi)!;
        var outTask = p.StandardOutput.ReadToEndAsync();
        var errTask = p.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null)
            {
                await p.StandardInput.BaseStream.WriteAsync(stdin);
            }

            p.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child stopped reading before the end (as a size limit makes it do).
        }
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"aligncorpus {string.Join(' ', args)} did not end within {Timeout.TotalSeconds} s");
        }

        return new Child(p.ExitCode, await outTask, await errTask);
    }

    /// <summary>Runs in process with a timeout, so that a hang fails the test instead of the suite.</summary>
    private static async Task<CliRunner.Outcome> RunWithin(params string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args));
        (await Task.WhenAny(run, Task.Delay(Timeout))).Should().BeSameAs(run, $"aligncorpus {string.Join(' ', args)} must not hang");
        return await run;
    }

    private static void NoStackTrace(string stderr) =>
        stderr.Should().NotContain("   at ").And.NotContain("Exception").And.NotContain("internal error");

    /// <summary>A folder readable by every user (CreateTempSubdirectory makes it 0700).</summary>
    private static string OpenTempDir()
    {
        string dir = CliRunner.TempDir();
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
        }

        return dir;
    }

    /// <summary>hi/ and en/ with the seed pair as a.txt and a sample pair as sub/b.txt.</summary>
    private static (string Root, string Hi, string En) Folders()
    {
        string root = OpenTempDir();
        foreach (var side in new[] { "hi", "en" })
        {
            Directory.CreateDirectory(Path.Combine(root, side, "sub"));
        }

        string sample = Directory.GetDirectories(Path.Combine(CliRunner.Root, "samples")).Order(StringComparer.Ordinal).First();
        File.Copy(CliRunner.SeedHindi, Path.Combine(root, "hi", "a.txt"));
        File.Copy(CliRunner.SeedEnglish, Path.Combine(root, "en", "a.txt"));
        File.Copy(Path.Combine(sample, "hi.txt"), Path.Combine(root, "hi", "sub", "b.txt"));
        File.Copy(Path.Combine(sample, "en.txt"), Path.Combine(root, "en", "sub", "b.txt"));
        return (root, Path.Combine(root, "hi"), Path.Combine(root, "en"));
    }

    /// <summary>Skips unless the built command line runs as nobody here (root, setpriv present, the build readable by every user).</summary>
    private static async Task RequireNobody()
    {
        Requires.Root("to run aligncorpus as another user (setpriv --reuid=65534)");
        Requires.Tool("setpriv", "Debian util-linux");
        var probe = await RunChild(["--help"], asNobody: true);
        Requires.That(probe.Code == 0, $"needs aligncorpus to run as nobody through setpriv (the build readable by every user); it says: {probe.Stderr.Trim()}");
    }

    [Fact]
    public async Task Dev_zero_as_an_article_is_refused_fast_naming_it()
    {
        var clock = Stopwatch.StartNew();
        var run = await RunWithin("align", "/dev/zero", CliRunner.SeedEnglish, "--no-dictionary");
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain("/dev/zero");
        NoStackTrace(run.Stderr);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Endless_text_on_standard_input_stops_at_the_limit()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("This is an English line of text.\n", 64 * 1024)));
        var run = await RunChild(["align", "/dev/stdin", CliRunner.SeedEnglish, "--no-dictionary", "--max-input-bytes", "1M"], stdin: text);
        run.Code.Should().Be(ExitCodes.BadInput, run.Stderr);
        run.Stderr.Should().Contain("/dev/stdin").And.Contain("input limit of 1 MiB");
    }

    [Theory]
    [InlineData("6K", 0)]
    [InlineData("5K", ExitCodes.BadInput)]
    [InlineData("64M", 0)]
    [InlineData("1G", 0)]
    [InlineData("268435456", 0)]
    [InlineData("1K", ExitCodes.BadInput)]
    [InlineData("0", ExitCodes.Usage)]
    [InlineData("-5", ExitCodes.Usage)]
    [InlineData("1.5M", ExitCodes.Usage)]
    [InlineData("12X", ExitCodes.Usage)]
    [InlineData("99999999999T", ExitCodes.Usage)]
    public void Max_input_bytes_takes_sizes_and_refuses_larger_articles(string value, int exit)
    {
        // The seed pair's files are 5.7 and 5.1 KiB.
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--no-dictionary", "--max-input-bytes", value);
        run.ExitCode.Should().Be(exit, run.Stderr);
        NoStackTrace(run.Stderr);
        if (run.ExitCode == ExitCodes.BadInput)
        {
            run.Stderr.Should().Contain(CliRunner.SeedHindi).And.Contain("--max-input-bytes");
        }
    }

    [Fact]
    public void A_batch_document_over_the_limit_fails_alone()
    {
        var (root, hi, en) = Folders();
        File.WriteAllText(Path.Combine(hi, "big.txt"), string.Concat(Enumerable.Repeat("बड़ी फ़ाइल की एक पंक्ति।\n", 2000)));
        File.Copy(CliRunner.SeedEnglish, Path.Combine(en, "big.txt"));
        string corpus = Path.Combine(root, "out.tsv");
        var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-o", corpus, "--no-dictionary", "--max-input-bytes", "16K");
        run.ExitCode.Should().Be(ExitCodes.SomeFailed, run.Stderr);
        run.Stderr.Should().Contain("big.txt").And.Contain("input limit of 16 KiB");
        File.ReadAllLines(corpus).Skip(1).Select(l => l.Split('\t')[0]).Distinct().Should().BeEquivalentTo("a.txt", "sub/b.txt");
    }

    public static TheoryData<string[]> EmptyPaths()
    {
        string hi = CliRunner.SeedHindi, en = CliRunner.SeedEnglish, dir = Path.GetDirectoryName(hi)!;
        return new TheoryData<string[]>
        {
            new[] { "align", "", en },
            new[] { "align", hi, "" },
            new[] { "align", hi, en, "-o", "" },
            new[] { "align", hi, en, "--dictionary", "" },
            new[] { "batch", "--manifest", "" },
            new[] { "batch", "--hi-dir", "", "--en-dir", dir },
            new[] { "batch", "--hi-dir", dir, "--en-dir", "" },
            new[] { "batch", "--hi-dir", dir, "--en-dir", dir, "-o", "" },
            new[] { "batch", "--hi-dir", dir, "--en-dir", dir, "--summary", "" },
            new[] { "batch", "--hi-dir", dir, "--en-dir", dir, "--rejected", "" },
            new[] { "batch", "--hi-dir", dir, "--en-dir", dir, "--per-document", "", "-f", "beads" },
            new[] { "batch", "--hi-dir", dir, "--en-dir", dir, "--dictionary", "" },
            new[] { "batch", "--pair", "auto", "" },
            new[] { "batch", "--pair", "auto", dir, "--pairs", "" },
            new[] { "lexicon", "learn", "--hi-dir", dir, "--en-dir", dir, "-o", "" },
            new[] { "eval", "", hi },
        };
    }

    [Theory]
    [MemberData(nameof(EmptyPaths))]
    public void An_empty_path_is_a_usage_error(string[] args)
    {
        var run = CliRunner.Run(args);
        run.ExitCode.Should().Be(ExitCodes.Usage, run.Stderr);
        run.Stderr.Should().Contain("empty value");
        NoStackTrace(run.Stderr);
    }

    [Fact]
    public void A_nul_in_a_manifest_path_names_file_and_line()
    {
        var (root, _, _) = Folders();
        string manifest = Path.Combine(root, "m.tsv");
        File.WriteAllText(manifest, "id\thi\ten\na\thi/a.txt\ten/a.txt\nb\thi/a\0.txt\ten/a.txt\n");
        var run = CliRunner.Run("batch", "--manifest", manifest, "--no-dictionary", "-o", Path.Combine(root, "out.tsv"));
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain(manifest + ":3:").And.Contain("NUL");
        NoStackTrace(run.Stderr);
        File.Exists(Path.Combine(root, "out.tsv")).Should().BeFalse();
    }

    [Theory]
    [InlineData("/dev/stdin")]
    [InlineData("-")]
    public async Task A_manifest_on_standard_input_is_read_once_and_works(string name)
    {
        var (root, _, _) = Folders();
        const string manifest = "id\thi\ten\na\thi/a.txt\ten/a.txt\nb\thi/sub/b.txt\ten/sub/b.txt\n";
        File.WriteAllText(Path.Combine(root, "m.tsv"), manifest);
        var expected = CliRunner.Run("batch", "--manifest", Path.Combine(root, "m.tsv"), "--no-dictionary", "-q");
        expected.ExitCode.Should().Be(0, expected.Stderr);

        var run = await RunChild(["batch", "--manifest", name, "--no-dictionary", "-q"], cwd: root, stdin: Encoding.UTF8.GetBytes(manifest));
        run.Code.Should().Be(0, run.Stderr);
        run.Stdout.Should().Be(expected.Stdout, "paths of a manifest on standard input are relative to the working folder");
        run.Stdout.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]).Distinct().Should().Equal("a", "b");
    }

    [SkippableFact]
    public async Task An_unreadable_dictionary_is_bad_input_not_an_output_fault()
    {
        string dir = OpenTempDir();
        string lexicon = Path.Combine(dir, "lexicon.tsv");
        File.WriteAllText(lexicon, "सरकार\tgovernment\n");

        // Anywhere: a path through a file cannot be read either.
        var sim = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--dictionary", Path.Combine(lexicon, "x.index"));
        sim.ExitCode.Should().Be(ExitCodes.BadInput);

        if (OperatingSystem.IsWindows())
        {
            throw new SkipException("POSIX users");
        }

        await RequireNobody();
        File.SetUnixFileMode(lexicon, UnixFileMode.None);
        var run = await RunChild(["align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--dictionary", lexicon], asNobody: true);
        run.Code.Should().Be(ExitCodes.BadInput, run.Stderr);
        run.Stderr.Should().Contain(lexicon).And.Contain("permission denied").And.NotContain("cannot write");
        NoStackTrace(run.Stderr);
    }

    [SkippableFact]
    public async Task An_unreadable_subfolder_fails_its_documents_and_the_batch_goes_on()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new SkipException("POSIX users");
        }

        await RequireNobody();
        var (root, hi, en) = Folders();
        string outDir = Path.Combine(root, "out");
        Directory.CreateDirectory(outDir);
        File.SetUnixFileMode(outDir, (UnixFileMode)0b111_111_111);
        File.SetUnixFileMode(Path.Combine(hi, "sub"), UnixFileMode.None);
        string corpus = Path.Combine(outDir, "corpus.tsv");
        var run = await RunChild(["batch", "--hi-dir", hi, "--en-dir", en, "--no-dictionary", "-o", corpus], asNobody: true);
        run.Code.Should().Be(ExitCodes.SomeFailed, run.Stderr);
        run.Stderr.Should().Contain("sub/").And.Contain("cannot be read").And.NotContain("cannot write");
        NoStackTrace(run.Stderr);
        File.ReadAllLines(corpus).Skip(1).Select(l => l.Split('\t')[0]).Distinct().Should().Equal("a.txt");

        File.SetUnixFileMode(hi, UnixFileMode.None);
        var top = await RunChild(["batch", "--hi-dir", hi, "--en-dir", en, "--no-dictionary", "-o", corpus], asNobody: true);
        top.Code.Should().Be(ExitCodes.BadInput, "an unreadable top folder is bad input: " + top.Stderr);
        File.SetUnixFileMode(hi, (UnixFileMode)0b111_101_101);
    }

    [Fact]
    public async Task A_fifo_and_a_device_in_a_folder_are_skipped_not_opened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var (root, hi, en) = Folders();
        foreach (var side in new[] { hi, en })
        {
            Process.Start("mkfifo", Path.Combine(side, "pipe.txt"))!.WaitForExit();
        }

        Process.Start("mknod", [Path.Combine(hi, "zero.txt"), "c", "1", "5"])!.WaitForExit();
        var run = await RunWithin("batch", "--hi-dir", hi, "--en-dir", en, "--no-dictionary", "-o", Path.Combine(root, "out.tsv"));
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stderr.Should().Contain("pipe.txt: a FIFO").And.Contain("zero.txt: a character device");
        Directory.GetFiles(root, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public async Task A_fifo_named_in_a_manifest_is_a_failed_document_not_a_hang()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var (root, _, _) = Folders();
        Process.Start("mkfifo", Path.Combine(root, "hi", "pipe.txt"))!.WaitForExit();
        string manifest = Path.Combine(root, "m.tsv");
        File.WriteAllText(manifest, "id\thi\ten\na\thi/a.txt\ten/a.txt\np\thi/pipe.txt\ten/a.txt\n");
        var run = await RunWithin("batch", "--manifest", manifest, "--no-dictionary", "-o", Path.Combine(root, "out.tsv"));
        run.ExitCode.Should().Be(ExitCodes.SomeFailed, run.Stderr);
        run.Stderr.Should().Contain("pipe.txt: a FIFO (named pipe), not a regular file");
    }

    [Fact]
    public async Task Symbolic_link_loops_repeat_no_document()
    {
        var (root, hi, en) = Folders();
        string clean = Path.Combine(root, "clean.tsv"), looped = Path.Combine(root, "looped.tsv");
        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "--no-dictionary", "-q", "-o", clean).ExitCode.Should().Be(0);
        File.CreateSymbolicLink(Path.Combine(hi, "sub", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(hi, "sub", "self"), ".");
        File.CreateSymbolicLink(Path.Combine(en, "sub", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(en, "sub", "up2"), "../sub");
        var run = await RunWithin("batch", "--hi-dir", hi, "--en-dir", en, "--no-dictionary", "-o", looped);
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stderr.Should().Contain("documents: 2 read");
        File.ReadAllText(looped).Should().Be(File.ReadAllText(clean));
    }

    [Fact]
    public void No_follow_links_leaves_linked_folders_out()
    {
        var (root, hi, en) = Folders();
        string other = Path.Combine(root, "elsewhere");
        Directory.Move(Path.Combine(hi, "sub"), other);
        File.CreateSymbolicLink(Path.Combine(hi, "sub"), other);
        var followed = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "--no-dictionary");
        followed.ExitCode.Should().Be(0, followed.Stderr);
        followed.Stdout.Should().Contain("sub/b.txt");
        var notFollowed = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "--no-dictionary", "--no-follow-links");
        notFollowed.ExitCode.Should().Be(ExitCodes.SomeFailed, "en/sub/b.txt has lost its partner");
        notFollowed.Stdout.Should().NotContain("sub/b.txt");
        notFollowed.Stderr.Should().Contain("1 symbolic link(s)");
    }

    /// <summary>Runs the dev set with the installed dictionary through the stem cache under <paramref name="cacheHome"/>.</summary>
    private static async Task<Child> DevBatch(string cacheHome, params string[] extra) =>
        await RunChild(["batch", "--hi-dir", Path.Combine(DevSet, "hi"), "--en-dir", Path.Combine(DevSet, "en"), "-q", .. extra],
            new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = cacheHome });

    [SkippableTheory]
    [InlineData("empty")]
    [InlineData("truncated")]
    [InlineData("fifo")]
    [InlineData("folder")]
    public async Task A_damaged_or_odd_stem_cache_changes_no_output(string damage)
    {
        Requires.FreeDict();
        Requires.Shared("data/dev");

        string cacheHome = CliRunner.TempDir();
        var clean = await DevBatch(cacheHome);
        clean.Code.Should().Be(0, clean.Stderr);
        clean.Stderr.Should().BeEmpty();
        var without = await DevBatch(cacheHome, "--no-dictionary");
        without.Stdout.Should().NotBe(clean.Stdout, "the dictionary changes the dev corpus, so a lost dictionary would show");

        string cache = Directory.GetFiles(Path.Combine(cacheHome, "aligncorpus")).Should().ContainSingle().Subject;
        switch (damage)
        {
            case "empty":
                File.WriteAllText(cache, "");
                break;
            case "truncated":
                File.WriteAllBytes(cache, File.ReadAllBytes(cache)[..5000]);
                break;
            case "fifo":
                File.Delete(cache);
                Process.Start("mkfifo", cache)!.WaitForExit();
                break;
            default:
                File.Delete(cache);
                Directory.CreateDirectory(cache);
                break;
        }

        var again = await DevBatch(cacheHome);
        again.Code.Should().Be(0, again.Stderr);
        again.Stdout.Should().Be(clean.Stdout);
        again.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().StartWith("aligncorpus: note: the stem cache").And.Contain(damage is "fifo" or "folder" ? "not used" : "rebuilt");
        var third = await DevBatch(cacheHome);
        third.Stdout.Should().Be(clean.Stdout);
        if (damage is "empty" or "truncated")
        {
            third.Stderr.Should().BeEmpty("the rebuilt cache is good");
        }
    }

    [SkippableFact]
    public async Task A_relative_xdg_cache_home_is_ignored()
    {
        Requires.FreeDict();

        string root = CliRunner.TempDir();
        string cwd = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
        string home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
        var run = await RunChild(["align", CliRunner.SeedHindi, CliRunner.SeedEnglish],
            new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = "relative-cache", ["HOME"] = home }, cwd);
        run.Code.Should().Be(0, run.Stderr);
        Directory.GetFileSystemEntries(cwd).Should().BeEmpty("nothing is written into the working folder");
        Directory.GetFiles(Path.Combine(home, ".cache", "aligncorpus")).Should().ContainSingle();
    }
}
