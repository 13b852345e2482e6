using System.Text.Json;

namespace AlignCorpus.Cli.Tests;

/// <summary>
/// eval stays linear in its input (issue 12): a bead file of one huge bead and a one-line
/// hypothesis against hundreds of gold pairs are scored (before: 2.9 GB for a 98 KB bead file,
/// 5 GB for the one-line hypothesis), with the reference scorers' numbers.
/// </summary>
public sealed class EvalLimitsTests
{
    private static string Dev => Requires.Shared("data/dev");

    [Fact]
    public void A_bead_file_of_one_bead_of_100k_indices_is_scored()
    {
        string dir = CliRunner.TempDir();
        string side = string.Join(", ", Enumerable.Range(0, 100_000));
        string gold = Path.Combine(dir, "gold.txt"), hyp = Path.Combine(dir, "hyp.txt");
        File.WriteAllText(gold, $"[{side}]:[{side}]\n");
        File.WriteAllText(hyp, $"[{side[..side.LastIndexOf(',')]}]:[{side}]\n[99999]:[]\n");
        var run = CliRunner.Run("eval", gold, hyp, "--json");
        run.ExitCode.Should().Be(0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        var withNull = doc.RootElement.GetProperty("total").GetProperty("with-null");
        withNull.GetProperty("precision_strict").GetDouble().Should().Be(0);
        withNull.GetProperty("precision_lax").GetDouble().Should().Be(0.5);
        withNull.GetProperty("recall_lax").GetDouble().Should().Be(1);
    }

    [SkippableFact]
    public void Eval_pairs_scores_a_one_line_hypothesis_against_all_dev_gold_pairs()
    {
        var rows = DevGoldPairs();
        rows.Should().HaveCountGreaterThan(300);
        var (gold, hyp) = WriteOneLine(rows);
        var run = CliRunner.Run("eval", "--pairs", gold, hyp, "--json");
        run.ExitCode.Should().Be(0, run.Stderr);
        using var mine = JsonDocument.Parse(run.Stdout);
        var counts = mine.RootElement.GetProperty("per_doc").EnumerateObject().Single().Value.GetProperty("counts");
        counts.GetProperty("strict_tp").GetInt32().Should().Be(0);
        counts.GetProperty("lax_tp_p").GetInt32().Should().Be(1);
        counts.GetProperty("lax_tp_r").GetInt32().Should().Be(rows.Count);
    }

    /// <summary>
    /// The same on fewer pairs, against ../shared/tools/score_pairs.py (which itself builds every
    /// run's text: 29 s and 3.7 GB on all ~400 dev pairs, so it gets the first 120).
    /// </summary>
    [SkippableFact]
    public void Eval_pairs_of_a_one_line_hypothesis_agrees_with_the_reference_scorer()
    {
        string scorer = Requires.Shared("tools/score_pairs.py");
        string python = Requires.Python();
        var (gold, hyp) = WriteOneLine(DevGoldPairs().Take(120).ToList());
        var run = CliRunner.Run("eval", "--pairs", gold, hyp, "--json");
        run.ExitCode.Should().Be(0, run.Stderr);
        using var mine = JsonDocument.Parse(run.Stdout);
        string json = Path.Combine(Path.GetDirectoryName(gold)!, "ref.json");
        var (code, _, err) = CliRunner.Exec(python, scorer, gold, hyp, "--json", json);
        code.Should().Be(0, err);
        using var reference = JsonDocument.Parse(File.ReadAllText(json));
        reference.RootElement.GetProperty("total").GetProperty("lax").GetProperty("recall").GetDouble().Should().Be(1);
        foreach (var mode in new[] { "strict", "lax" })
        {
            foreach (var metric in new[] { "precision", "recall", "f1" })
            {
                mine.RootElement.GetProperty("total").GetProperty(mode).GetProperty(metric).GetDouble()
                    .Should().Be(reference.RootElement.GetProperty("total").GetProperty(mode).GetProperty(metric).GetDouble(), $"{mode} {metric}");
            }
        }
    }

    private static List<string> DevGoldPairs() =>
        Directory.GetFiles(Path.Combine(Dev, "sentences"), "*.tsv").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines).Where(l => l.Trim().Length > 0).ToList();

    /// <summary>Writes the gold pairs, and a hypothesis of one line: all their Hindi sides joined, a tab, all their English sides.</summary>
    private static (string Gold, string Hyp) WriteOneLine(List<string> rows)
    {
        string dir = CliRunner.TempDir();
        string gold = Path.Combine(dir, "gold.tsv"), hyp = Path.Combine(dir, "hyp.tsv");
        File.WriteAllLines(gold, rows);
        File.WriteAllText(hyp, string.Join(' ', rows.Select(r => r.Split('\t')[0])) + "\t" + string.Join(' ', rows.Select(r => r.Split('\t')[1])) + "\n");
        return (gold, hyp);
    }
}
