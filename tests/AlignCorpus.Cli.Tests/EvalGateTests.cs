namespace AlignCorpus.Cli.Tests;

/// <summary>eval as a CI gate: --fail-under, and a hypothesis folder that matches no gold file.</summary>
public sealed class EvalGateTests
{
    [Theory]
    [InlineData("0.5", ExitCodes.Success)]
    [InlineData("0.7", ExitCodes.BelowThreshold)]
    public void Fail_under_gates_on_the_strict_f1(string gate, int expected)
    {
        var (gold, hyp) = Folders(("a.txt", "[0]:[0]\n[1]:[1]\n[2]:[2]\n", "[0]:[0]\n[1]:[1]\n[2]:[]\n[]:[2]\n"));
        var run = CliRunner.Run("eval", gold, hyp, "--fail-under", gate);
        run.ExitCode.Should().Be(expected);
        run.Stdout.Should().Contain("with-null", "the scores are printed either way");
        if (expected != 0)
        {
            run.Stderr.Should().Contain("strict F1 0.5714 is below --fail-under 0.7000");
        }
    }

    [Fact]
    public void Fail_under_gates_sentence_pairs_too()
    {
        var (gold, hyp) = Folders(("a.tsv", "क\ta\nख\tb\n", "hi\ten\nक\ta\nख\tc\n"));
        CliRunner.Run("eval", "--pairs", gold, hyp, "--fail-under", "0.9").ExitCode.Should().Be(ExitCodes.BelowThreshold);
        CliRunner.Run("eval", "--pairs", gold, hyp, "--fail-under", "0.4").ExitCode.Should().Be(ExitCodes.Success);
    }

    [Fact]
    public void No_hypothesis_for_any_gold_file_is_bad_input_not_a_score_of_zero()
    {
        var (gold, hyp) = Folders(("a.txt", "[0]:[0]\n", null), ("b.txt", "[0]:[0]\n", null));
        File.WriteAllText(Path.Combine(hyp, "a.beads"), "[0]:[0]\n");
        var run = CliRunner.Run("eval", gold, hyp);
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain("no hypothesis file has the name of any of the 2 gold files");
        run.Stdout.Should().BeEmpty();
    }

    private static (string Gold, string Hyp) Folders(params (string Name, string Gold, string? Hyp)[] files)
    {
        string dir = CliRunner.TempDir();
        string gold = Directory.CreateDirectory(Path.Combine(dir, "gold")).FullName;
        string hyp = Directory.CreateDirectory(Path.Combine(dir, "hyp")).FullName;
        foreach (var (name, g, h) in files)
        {
            File.WriteAllText(Path.Combine(gold, name), g);
            if (h is not null)
            {
                File.WriteAllText(Path.Combine(hyp, name), h);
            }
        }

        return (gold, hyp);
    }
}
