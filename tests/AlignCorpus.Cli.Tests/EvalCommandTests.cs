using System.Text.Json;

namespace AlignCorpus.Cli.Tests;

public sealed class EvalCommandTests
{
    [Fact]
    public void Alignment_against_itself_scores_one()
    {
        string dir = CliRunner.TempDir();
        string beads = Path.Combine(dir, "seed.txt");
        CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-o", beads).ExitCode.Should().Be(0);
        var run = CliRunner.Run("eval", beads, beads, "--json");
        run.ExitCode.Should().Be(0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        foreach (var mode in new[] { "with-null", "vecalign", "no-null" })
        {
            doc.RootElement.GetProperty("total").GetProperty(mode).GetProperty("f1_strict").GetDouble().Should().Be(1.0);
        }
    }

    [SkippableFact]
    public void Eval_agrees_with_the_reference_scorer()
    {
        string scorer = Requires.Shared("tools/score.py");
        string python = Requires.Python();
        string dir = CliRunner.TempDir();
        string gold = Directory.CreateDirectory(Path.Combine(dir, "gold")).FullName;
        string hyp = Directory.CreateDirectory(Path.Combine(dir, "hyp")).FullName;
        File.WriteAllText(Path.Combine(gold, "a.txt"), "[0]:[0]\n[]:[1]\n[1, 2]:[2]\n[3]:[]\n[4]:[3]\n");
        File.WriteAllText(Path.Combine(hyp, "a.txt"), "[0]:[0]\n[]:[1]\n[1]:[2]\n[2]:[]\n[3]:[]\n[4]:[3]\n");
        File.WriteAllText(Path.Combine(gold, "b.txt"), "[0]:[0, 1]\n[1]:[2]\n[]:[3]\n");
        File.WriteAllText(Path.Combine(hyp, "b.txt"), "[0]:[0]\n[]:[1]\n[1]:[2]\n[]:[3]\n");

        var ours = CliRunner.Run("eval", gold, hyp, "--json");
        ours.ExitCode.Should().Be(0, ours.Stderr);
        using var mine = JsonDocument.Parse(ours.Stdout);

        string json = Path.Combine(dir, "ref.json");
        var (code, _, err) = CliRunner.Exec(python, scorer, gold, hyp, "--quiet", "--json", json);
        code.Should().Be(0, err);

        using var reference = JsonDocument.Parse(File.ReadAllText(json));
        foreach (var mode in new[] { "with-null", "vecalign", "no-null" })
        {
            foreach (var metric in new[] { "precision_strict", "recall_strict", "f1_strict", "precision_lax", "recall_lax", "f1_lax" })
            {
                mine.RootElement.GetProperty("total").GetProperty(mode).GetProperty(metric).GetDouble()
                    .Should().BeApproximately(reference.RootElement.GetProperty("total").GetProperty(mode).GetProperty(metric).GetDouble(), 1e-12, $"{mode} {metric}");
            }
        }
    }

    [Fact]
    public void A_malformed_bead_file_is_bad_input()
    {
        string dir = CliRunner.TempDir();
        string bad = Path.Combine(dir, "bad.txt");
        File.WriteAllText(bad, "[0]:[0]\nnonsense\n");
        var run = CliRunner.Run("eval", bad, bad);
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain(bad + ":2:");
    }
}
