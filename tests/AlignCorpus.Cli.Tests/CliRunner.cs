namespace AlignCorpus.Cli.Tests;

/// <summary>Runs the aligncorpus command line in process and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Outcome Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = Program.Run(args, stdout, stderr);
        return new Outcome(code, stdout.ToString(), stderr.ToString());
    }

    public static string Root { get; } = FindRoot();

    public static string SeedHindi => Path.Combine(Root, "seeds", "000_92b70e2d4c997702.txt");

    public static string SeedEnglish => Path.Combine(Root, "seeds", "003_fe1a0f1f72c2912e.txt");

    /// <summary>
    /// Writes the seed pair's 12 paragraph pairs repeated with a running number (as
    /// bench/long-documents.sh does): <paramref name="hindiLines"/> and <paramref name="englishLines"/> lines.
    /// </summary>
    public static (string Hindi, string English) WriteLongSeedPair(string dir, int hindiLines, int englishLines)
    {
        var hiUnits = File.ReadAllLines(SeedHindi).Where(l => l.Trim().Length > 1).Take(12).ToArray();
        var enAll = File.ReadAllLines(SeedEnglish).Where(l => l.Trim().Length > 0).ToArray();
        var enUnits = new[] { enAll[0] }.Concat(enAll.Skip(4).Take(11)).ToArray();
        string hi = Path.Combine(dir, "hi.txt"), en = Path.Combine(dir, "en.txt");
        File.WriteAllLines(hi, Enumerable.Range(0, hindiLines).Select(i => hiUnits[i % 12] + " " + i));
        File.WriteAllLines(en, Enumerable.Range(0, englishLines).Select(i => enUnits[i % 12] + " " + i));
        return (hi, en);
    }

    /// <summary>Runs an external program and returns its exit code and output.</summary>
    public static (int Code, string Out, string Err) Exec(string file, params string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = System.Diagnostics.Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + file);
        var stdout = p.StandardOutput.ReadToEndAsync();
        string stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr);
    }

    public static string TempDir() => TempFolders.Create("aligncorpus-test-");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AlignCorpus.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("AlignCorpus.sln not found");
    }
}
