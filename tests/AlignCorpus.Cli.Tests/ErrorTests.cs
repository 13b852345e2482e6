using System.Text;

namespace AlignCorpus.Cli.Tests;

/// <summary>Bad arguments and bad input files: a clear message and a documented exit code.</summary>
public sealed class ErrorTests
{
    private static string Write(string dir, string name, byte[] bytes)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Missing_file()
    {
        string missing = Path.Combine(CliRunner.TempDir(), "nope.txt");
        var run = CliRunner.Run("align", missing, CliRunner.SeedEnglish);
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain(missing).And.Contain("no such file");
    }

    [Fact]
    public void A_directory_instead_of_a_file()
    {
        string dir = CliRunner.TempDir();
        var run = CliRunner.Run("align", CliRunner.SeedHindi, dir);
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain(dir).And.Contain("directory");
    }

    [Fact]
    public void An_unreadable_file()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            // root reads every file; simulate with a path whose parent is a file instead.
            string file = Write(CliRunner.TempDir(), "f", "x"u8.ToArray());
            var run = CliRunner.Run("align", Path.Combine(file, "child.txt"), CliRunner.SeedEnglish);
            run.ExitCode.Should().Be(ExitCodes.BadInput);
            run.Stderr.Should().Contain("child.txt");
            return;
        }

        string path = Write(CliRunner.TempDir(), "locked.txt", "नमस्ते"u8.ToArray());
        File.SetUnixFileMode(path, UnixFileMode.None);
        var r = CliRunner.Run("align", path, CliRunner.SeedEnglish);
        r.ExitCode.Should().Be(ExitCodes.BadInput);
        r.Stderr.Should().Contain("permission denied");
    }

    [Fact]
    public void Invalid_utf8_names_file_and_line()
    {
        string dir = CliRunner.TempDir();
        var bytes = Encoding.UTF8.GetBytes("पहली पंक्ति\nदूसरी ").Concat(new byte[] { 0xFF, 0xFE, 0x41 }).ToArray();
        string path = Write(dir, "bad.txt", bytes);
        var run = CliRunner.Run("align", path, CliRunner.SeedEnglish);
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain(path + ":2:").And.Contain("UTF-8");
    }

    [Fact]
    public void Empty_file()
    {
        string path = Write(CliRunner.TempDir(), "empty.txt", []);
        var run = CliRunner.Run("align", CliRunner.SeedHindi, path);
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain(path).And.Contain("empty");
    }

    [Fact]
    public void Swapped_arguments_are_reported()
    {
        var run = CliRunner.Run("align", CliRunner.SeedEnglish, CliRunner.SeedHindi);
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain("swapped");
    }

    [Fact]
    public void Two_english_files_are_reported()
    {
        var run = CliRunner.Run("align", CliRunner.SeedEnglish, CliRunner.SeedEnglish);
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain("expected Hindi").And.Contain("both files are English");
    }

    [Fact]
    public void Two_hindi_files_are_reported()
    {
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedHindi);
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain("expected English").And.Contain("both files are Hindi");
    }

    [Fact]
    public void Output_equal_to_an_input_is_refused_and_the_input_untouched()
    {
        string dir = CliRunner.TempDir();
        string hi = Path.Combine(dir, "hi.txt");
        File.Copy(CliRunner.SeedHindi, hi);
        var before = File.ReadAllBytes(hi);
        var run = CliRunner.Run("align", hi, CliRunner.SeedEnglish, "-o", hi);
        run.ExitCode.Should().Be(ExitCodes.OutputError);
        run.Stderr.Should().Contain("also an input");
        File.ReadAllBytes(hi).Should().Equal(before);
    }

    [Fact]
    public void Output_in_a_missing_folder_is_refused()
    {
        string outPath = Path.Combine(CliRunner.TempDir(), "no", "such", "out.tsv");
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-o", outPath);
        run.ExitCode.Should().Be(ExitCodes.OutputError);
        run.Stderr.Should().Contain("does not exist");
    }

    [Fact]
    public void A_failed_run_leaves_no_output_file()
    {
        string dir = CliRunner.TempDir();
        string empty = Write(dir, "empty.txt", []);
        string outPath = Path.Combine(dir, "out.tmx");
        var run = CliRunner.Run("align", CliRunner.SeedHindi, empty, "-f", "tmx", "-o", outPath);
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        File.Exists(outPath).Should().BeFalse();
        Directory.GetFiles(dir).Should().ContainSingle();
    }

    [Theory]
    [InlineData("align")]
    [InlineData("align", "a.txt")]
    [InlineData("align", "a.txt", "b.txt", "--format", "pdf")]
    [InlineData("align", "a.txt", "b.txt", "--max-bead", "9")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_with_1(params string[] args)
    {
        var run = CliRunner.Run(args);
        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Stderr.Should().NotBeEmpty();
    }

    [Fact]
    public void Unknown_tsv_column_is_a_usage_error()
    {
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv", "--columns", "hi,fr");
        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Stderr.Should().Contain("unknown column 'fr'");
    }

    [Fact]
    public void Help_shows_examples_and_version_works()
    {
        var help = CliRunner.Run("--help");
        help.ExitCode.Should().Be(0);
        help.Stdout.Should().Contain("Examples:").And.Contain("aligncorpus align");
        var version = CliRunner.Run("--version");
        version.ExitCode.Should().Be(0);
        version.Stdout.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }
}
