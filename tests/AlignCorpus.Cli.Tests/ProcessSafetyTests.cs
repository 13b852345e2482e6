using System.Diagnostics;

namespace AlignCorpus.Cli.Tests;

/// <summary>
/// The tool as a process, as schedulers and pipes treat it: signals (SIGTERM, SIGHUP, SIGINT) during a
/// batch, a reader that closes the pipe early, a full standard output.
/// </summary>
public sealed class ProcessSafetyTests
{
    [SkippableTheory]
    [InlineData("TERM", ExitCodes.Terminated)]
    [InlineData("HUP", ExitCodes.HungUp)]
    [InlineData("INT", ExitCodes.Interrupted)]
    public void A_signal_stops_a_batch_with_nothing_committed_and_no_temporary_file_left(string signal, int expected)
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX signals");
        string dir = CliRunner.TempDir();
        // Each document is its sample 20 times over: the batch runs for seconds after its temporary
        // file appears (3,000 single samples took 1.2 s once the tool got faster, and a loaded
        // machine could delay the signal past the end of the run: exit 0 instead of the signal's code).
        var (hi, en) = ManyDocuments(dir, 3000, repeat: 20);
        string output = Path.Combine(dir, "out");
        Directory.CreateDirectory(output);
        using var process = Start(
            "batch", "--hi-dir", hi, "--en-dir", en, "--threads", "1",
            "-o", Path.Combine(output, "corpus.tsv"), "--rejected", Path.Combine(output, "rejected.tsv"), "--summary", Path.Combine(output, "summary.json"));
        var stderr = process.StandardError.ReadToEndAsync();

        // The corpus's temporary file appears when the run has begun aligning.
        var wait = Stopwatch.StartNew();
        while (Directory.GetFiles(output).Length == 0 && !process.HasExited && wait.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(20);
        }

        process.HasExited.Should().BeFalse("the batch of 3000 documents should still be running");
        CliRunner.Exec("kill", "-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Code.Should().Be(0);
        process.WaitForExit(60_000).Should().BeTrue();

        process.ExitCode.Should().Be(expected);
        stderr.Result.Should().MatchRegex(@"interrupted after \d+ document\(s\); no output file was written");
        Directory.GetFileSystemEntries(output).Should().BeEmpty("nothing half-written is committed and every temporary file is removed");
    }

    [SkippableFact]
    public void SIGTERM_while_pair_auto_checks_its_proposals_stops_the_pairing_itself()
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX signals");
        string dir = CliRunner.TempDir();
        var (hi, en) = ManyDocuments(dir, 3000, group: 12);
        string output = Path.Combine(dir, "out");
        Directory.CreateDirectory(output);
        var psi = StartInfo(
            "batch", "--pair", "auto", hi, en, "--threads", "1",
            "--pairs", Path.Combine(output, "pairs.tsv"), "-o", Path.Combine(output, "corpus.tsv"));
        psi.Environment["ALIGNCORPUS_TRACE_PAIRING"] = "1";
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start the tool");
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var proposed = new ManualResetEventSlim();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lines.Enqueue(line);
                if (line.Contains(": proposed ", StringComparison.Ordinal))
                {
                    proposed.Set();
                }
            }
        };
        process.BeginErrorReadLine();

        // The pairing has read every file and proposed its candidates: checking 3,000 articles against
        // the 12 of their group (36,000 alignments) is what takes long.
        proposed.Wait(TimeSpan.FromSeconds(120)).Should().BeTrue("the pairing should reach its checks");
        CliRunner.Exec("kill", "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Code.Should().Be(0);
        process.WaitForExit(120_000).Should().BeTrue();
        process.WaitForExit();

        process.ExitCode.Should().Be(ExitCodes.Terminated);
        lines.Should().NotContain(l => l.Contains(": checked ", StringComparison.Ordinal), "the signal stops the checks, not the batch after them");
        lines.Should().Contain(l => l.Contains("interrupted", StringComparison.Ordinal));
        Directory.GetFileSystemEntries(output).Should().BeEmpty("neither the pairs nor the corpus is committed, and no temporary file is left");
    }

    [SkippableFact]
    public void A_reader_that_closes_the_pipe_stops_the_batch_with_141()
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX pipes");
        string dir = CliRunner.TempDir();
        var (hi, en) = ManyDocuments(dir, 3000);
        string first = Path.Combine(dir, "first-line");
        var run = CliRunner.Exec("bash", "-c", $"\"$0\" \"$@\" | head -n 1 > '{first}'; exit ${{PIPESTATUS[0]}}",
            Host(), Dll(), "batch", "--hi-dir", hi, "--en-dir", en, "--threads", "1", "-q", "--keep-duplicates", "--no-dictionary");

        run.Code.Should().Be(ExitCodes.BrokenPipe, run.Err);
        run.Err.Should().Be("aligncorpus: standard output was closed by its reader (broken pipe); stopped\n");
        File.ReadAllText(first).Should().StartWith("doc\thi\ten");
    }

    [SkippableFact]
    public void A_full_standard_output_is_one_line_and_exit_4()
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX devices");
        Requires.Root("to make a /dev/full node (mknod) in a temporary folder");
        string dir = CliRunner.TempDir();
        string full = Path.Combine(dir, "full");
        CliRunner.Exec("mknod", full, "c", "1", "7").Code.Should().Be(0);
        var run = CliRunner.Exec("bash", "-c", $"exec \"$0\" \"$@\" > '{full}'", Host(), Dll(), "align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv", "--no-dictionary");

        run.Code.Should().Be(ExitCodes.OutputError);
        run.Err.Should().Be("aligncorpus: error: cannot write to standard output: No space left on device\n");
        File.Exists(full).Should().BeTrue();
        CliRunner.Exec("test", "-c", full).Code.Should().Be(0, "the node is still a character device");
    }

    [SkippableFact]
    public void Output_to_a_file_the_shell_opened_is_followed_not_overwritten_by_what_comes_next()
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX shell");
        string file = Path.Combine(CliRunner.TempDir(), "log");
        var run = CliRunner.Exec("bash", "-c", $"{{ \"$0\" \"$@\" -f tsv --columns en; echo second; \"$0\" \"$@\" -f tsv --columns en; }} > '{file}'",
            Host(), Dll(), "align", CliRunner.SeedHindi, CliRunner.SeedEnglish);
        run.Code.Should().Be(0, run.Err);
        var tsv = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv", "--columns", "en").Stdout;
        File.ReadAllText(file).Should().Be(tsv + "second\n" + tsv);
    }

    /// <summary>
    /// A folder pair of <paramref name="count"/> documents, copies of the samples in turn; with
    /// <paramref name="group"/>, each page ends with a number shared by that many documents in a
    /// row, a rare key that makes --pair auto propose and check each article against all of its
    /// group (plain copies share only keys too common to propose on); with <paramref name="repeat"/>,
    /// each page is its sample's lines that many times over (a longer run from as many files).
    /// </summary>
    private static (string Hindi, string English) ManyDocuments(string dir, int count, int? group = null, int repeat = 1)
    {
        string hi = Directory.CreateDirectory(Path.Combine(dir, "hi")).FullName;
        string en = Directory.CreateDirectory(Path.Combine(dir, "en")).FullName;
        var samples = Directory.GetDirectories(Path.Combine(CliRunner.Root, "samples")).Order(StringComparer.Ordinal).ToArray();
        string Text(string sample, string file) =>
            string.Concat(Enumerable.Repeat(File.ReadAllText(Path.Combine(sample, file)).TrimEnd('\n') + "\n", repeat));
        var texts = samples.ToDictionary(s => s, s => (Hindi: Text(s, "hi.txt"), English: Text(s, "en.txt")));
        for (int i = 0; i < count; i++)
        {
            string sample = samples[i % samples.Length];
            string name = $"{i:D5}-{Path.GetFileName(sample)}.txt";
            if (repeat == 1)
            {
                File.Copy(Path.Combine(sample, "hi.txt"), Path.Combine(hi, name));
                File.Copy(Path.Combine(sample, "en.txt"), Path.Combine(en, name));
            }
            else
            {
                File.WriteAllText(Path.Combine(hi, name), texts[sample].Hindi);
                File.WriteAllText(Path.Combine(en, name), texts[sample].English);
            }

            if (group is { } g)
            {
                string tag = FormattableString.Invariant($"\nRef {100_003 + (i / g * 7919)}\n");
                File.AppendAllText(Path.Combine(hi, name), tag);
                File.AppendAllText(Path.Combine(en, name), tag);
            }
        }

        return (hi, en);
    }

    private static Process Start(params string[] args) =>
        Process.Start(StartInfo(args)) ?? throw new InvalidOperationException("cannot start the tool");

    private static ProcessStartInfo StartInfo(params string[] args)
    {
        var psi = new ProcessStartInfo(Host()) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        psi.ArgumentList.Add(Dll());
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["CI"] = "true";
        return psi;
    }

    /// <summary>The dotnet host running these tests, so the tool runs on the same runtime.</summary>
    internal static string Host() =>
        Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";

    internal static string Dll() => Path.Combine(AppContext.BaseDirectory, "aligncorpus.dll");
}
