using System.Globalization;
using System.Text.Json;
using AlignCorpus.Core.Corpus;

namespace AlignCorpus.Cli.Tests;

/// <summary>
/// Pairing among near-duplicates (a pool cut from the dev articles by bench/make-pool.py), and the
/// document verdict: true dev pairs against a shuffled manifest, --min-doc-score, comparable articles.
/// </summary>
public sealed class DocumentPairingTests
{
    private static string Dev => Requires.Shared("data/dev");

    private static string Comparable => Path.Combine(CliRunner.Root, "tests", "AlignCorpus.Cli.Tests", "Comparable");

    [SkippableFact]
    public void A_pool_of_overlapping_articles_is_paired_with_high_precision_and_recall()
    {
        Requires.Shared("data/dev");
        string python = Requires.Python();
        string dir = CliRunner.TempDir();
        string pool = Path.Combine(dir, "pool");
        var gen = CliRunner.Exec(python, Path.Combine(CliRunner.Root, "bench", "make-pool.py"), pool, "150", "--seed", "7", "--dev", Dev, "--lonely", "0.04");
        gen.Code.Should().Be(0, gen.Err);
        string pairs = Path.Combine(dir, "pairs.tsv");
        var run = CliRunner.Run("batch", "--pair", "auto", Path.Combine(pool, "hi"), Path.Combine(pool, "en"), "--pairs", pairs, "-o", Path.Combine(dir, "c.tsv"), "-q");
        run.ExitCode.Should().Be(0, run.Stderr);

        var gold = new Dictionary<string, string>();
        var group = new Dictionary<string, string>();
        var lonely = new HashSet<string>();
        foreach (var c in File.ReadLines(Path.Combine(pool, "gold.tsv")).Skip(1).Select(l => l.Split('\t')))
        {
            if (c[0].Length > 0 && c[1].Length > 0)
            {
                gold[c[0]] = c[1];
                group[c[0]] = group[c[1]] = c[2];
            }
            else
            {
                lonely.Add(c[0] + c[1]);
            }
        }

        var size = group.Values.GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count() / 2);
        bool Ambiguous(string d) => group.TryGetValue(d, out var g) && size[g] > 1;
        var proposed = File.ReadLines(pairs).Skip(1).Select(l => l.Split('\t'))
            .Where(c => c[0].Length > 0 && c[1].Length > 0)
            .Select(c => (Hi: Path.GetFileName(c[0]), En: Path.GetFileName(c[1]))).ToList();
        var judged = proposed.Where(p => !(Ambiguous(p.Hi) && group.GetValueOrDefault(p.En) == group[p.Hi])).ToList();
        int right = judged.Count(p => gold.GetValueOrDefault(p.Hi) == p.En);
        var clear = gold.Keys.Where(h => !Ambiguous(h)).ToList();
        double precision = (double)right / judged.Count, recall = (double)clear.Count(h => proposed.Contains((h, gold[h]))) / clear.Count;
        precision.Should().BeGreaterThanOrEqualTo(0.95);
        recall.Should().BeGreaterThanOrEqualTo(0.95);
        proposed.Should().NotContain(p => lonely.Contains(p.Hi) || lonely.Contains(p.En), "a lonely article has no partner in the pool");
    }

    /// <summary>With the default dictionary (FreeDict): without it one true dev pair scores below the verdict's threshold.</summary>
    [SkippableFact]
    public void A_shuffled_dev_manifest_is_flagged_document_by_document_and_the_true_one_is_not()
    {
        Requires.Shared("data/dev");
        Requires.FreeDict();
        string dir = Manifests(out int n);
        var truth = Batch(dir, "true.tsv");
        truth.Run.ExitCode.Should().Be(0, truth.Run.Stderr);
        truth.Scores.Should().HaveCount(n).And.OnlyContain(s => s >= DocumentVerdict.Unrelated);
        truth.Run.Stderr.Should().NotContain("look unrelated");

        var shuffled = Batch(dir, "shuffled.tsv");
        shuffled.Run.ExitCode.Should().Be(0, shuffled.Run.Stderr);
        shuffled.Scores.Should().HaveCount(n).And.OnlyContain(s => s < DocumentVerdict.Unrelated);
        shuffled.Run.Stderr.Should().Contain($"{n} of {n} document(s) look unrelated");
    }

    /// <summary>With the default dictionary (FreeDict), as the test above.</summary>
    [SkippableFact]
    public void Min_doc_score_rejects_every_pair_of_an_unrelated_document_with_its_reason()
    {
        Requires.Shared("data/dev");
        Requires.FreeDict();
        string dir = Manifests(out int n);
        string rejected = Path.Combine(dir, "rejected.tsv"), corpus = Path.Combine(dir, "c.tsv"), summary = Path.Combine(dir, "s.json");
        var run = CliRunner.Run("batch", "--manifest", Path.Combine(dir, "shuffled.tsv"), "--min-doc-score", "0.25", "--rejected", rejected, "-o", corpus, "--summary", summary, "-q");
        run.ExitCode.Should().Be(0, run.Stderr);
        File.ReadAllLines(corpus).Should().HaveCount(1, "only the header: no pair of an unrelated document is written");
        var rows = File.ReadAllLines(rejected).Skip(1).Select(l => l.Split('\t')).ToList();
        rows.Should().NotBeEmpty().And.OnlyContain(c => c[1] == PairFilter.UnrelatedDocument);
        using var json = JsonDocument.Parse(File.ReadAllText(summary));
        json.RootElement.GetProperty("documents_rejected").GetInt32().Should().Be(n);

        // The true pairs keep their pairs under the same filter.
        var kept = CliRunner.Run("batch", "--manifest", Path.Combine(dir, "true.tsv"), "--min-doc-score", "0.25", "--rejected", rejected, "-o", corpus, "-q");
        kept.ExitCode.Should().Be(0, kept.Stderr);
        File.ReadAllLines(rejected).Skip(1).Should().NotContain(l => l.Contains(PairFilter.UnrelatedDocument, StringComparison.Ordinal));
        File.ReadAllLines(corpus).Length.Should().BeGreaterThan(n);
    }

    [Fact]
    public void Comparable_articles_with_the_same_facts_score_low_as_a_document()
    {
        string dir = CliRunner.TempDir();
        foreach (var side in new[] { "hi", "en" })
        {
            Directory.CreateDirectory(Path.Combine(dir, side));
            File.Copy(Path.Combine(Comparable, side + ".txt"), Path.Combine(dir, side, "flood.txt"));
        }

        string summary = Path.Combine(dir, "s.json");
        var run = CliRunner.Run("batch", "--hi-dir", Path.Combine(dir, "hi"), "--en-dir", Path.Combine(dir, "en"), "-o", Path.Combine(dir, "c.tsv"), "--summary", summary, "-q");
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stderr.Should().Contain("flood.txt (score");
        using var json = JsonDocument.Parse(File.ReadAllText(summary));
        var doc = json.RootElement.GetProperty("documents")[0];
        doc.GetProperty("score").GetDouble().Should().BeLessThan(DocumentVerdict.Unrelated);
        doc.GetProperty("hi_aligned_share").GetDouble().Should().BeLessThan(0.3, "most paragraphs share facts, few are translated");
        doc.GetProperty("en_aligned_share").GetDouble().Should().BeLessThan(0.3);
    }

    /// <summary>
    /// A paragraph pair of two comparable articles can look confident on its own (the same numbers
    /// in one paragraph each); in a document that looks unrelated no pair is written with more
    /// confidence than the document score, at every level, and --min-score judges that score.
    /// </summary>
    [Fact]
    public void Pairs_inside_comparable_articles_are_not_confident()
    {
        string dir = CliRunner.TempDir();
        foreach (var side in new[] { "hi", "en" })
        {
            Directory.CreateDirectory(Path.Combine(dir, side));
            File.Copy(Path.Combine(Comparable, side + ".txt"), Path.Combine(dir, side, "flood.txt"));
        }

        string corpus = Path.Combine(dir, "c.tsv"), summary = Path.Combine(dir, "s.json"), rejected = Path.Combine(dir, "r.tsv");
        string[] folders = ["batch", "--hi-dir", Path.Combine(dir, "hi"), "--en-dir", Path.Combine(dir, "en"), "--summary", summary, "-q"];
        foreach (var units in new[] { "paragraphs", "both" })
        {
            var run = CliRunner.Run([.. folders, "--units", units, "-o", corpus]);
            run.ExitCode.Should().Be(0, run.Stderr);
            double document = DocumentScore(summary);
            document.Should().BeLessThan(DocumentVerdict.Unrelated);
            var scores = Scores(corpus);
            scores.Should().NotBeEmpty("the pairs are written (no --min-doc-score), with honest scores");
            scores.Should().OnlyContain(x => x <= document, $"no pair of a document scored {document} is surer than its document ({units})");
        }

        // --min-score judges the written score: nothing is kept, everything is rejected for its score, the summary agrees.
        var filtered = CliRunner.Run([.. folders, "--min-score", "0.5", "-o", corpus, "--rejected", rejected]);
        filtered.ExitCode.Should().Be(0, filtered.Stderr);
        File.ReadAllLines(corpus).Should().HaveCount(1, "only the header");
        var rows = File.ReadAllLines(rejected).Skip(1).Select(l => l.Split('\t')).ToList();
        rows.Should().NotBeEmpty().And.OnlyContain(c => c[1] == PairFilter.Score && double.Parse(c[2], CultureInfo.InvariantCulture) < 0.5);
        using var json = JsonDocument.Parse(File.ReadAllText(summary));
        json.RootElement.GetProperty("pairs_written").GetInt64().Should().Be(0);
        json.RootElement.GetProperty("rejected").GetProperty(PairFilter.Score).GetInt64().Should().Be(rows.Count);
    }

    [Fact]
    public void Comparable_articles_are_not_paired_by_content()
    {
        string dir = CliRunner.TempDir();
        File.Copy(Path.Combine(Comparable, "hi.txt"), Path.Combine(dir, "a.txt"));
        File.Copy(Path.Combine(Comparable, "en.txt"), Path.Combine(dir, "b.txt"));
        string pairs = Path.Combine(dir, "pairs.tsv");
        var run = CliRunner.Run("batch", "--pair", "auto", dir, "--pairs", pairs, "-q");
        run.ExitCode.Should().Be(0, run.Stderr);
        File.ReadLines(pairs).Skip(1).Select(l => l.Split('\t')).Should().OnlyContain(c => c[0].Length == 0 || c[1].Length == 0);
    }

    /// <summary>The dev articles copied beside two manifests: true.tsv (each with its own English) and shuffled.tsv (each with the next article's).</summary>
    private static string Manifests(out int n)
    {
        string dir = CliRunner.TempDir();
        var names = Directory.GetFiles(Path.Combine(Dev, "hi")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        foreach (var side in new[] { "hi", "en" })
        {
            Directory.CreateDirectory(Path.Combine(dir, side));
            foreach (var name in names)
            {
                File.Copy(Path.Combine(Dev, side, name), Path.Combine(dir, side, name));
            }
        }

        File.WriteAllLines(Path.Combine(dir, "true.tsv"), ["id\thi\ten", .. names.Select(x => $"{x}\thi/{x}\ten/{x}")]);
        File.WriteAllLines(Path.Combine(dir, "shuffled.tsv"), ["id\thi\ten", .. names.Select((x, i) => $"{x}\thi/{x}\ten/{names[(i + 1) % names.Count]}")]);
        n = names.Count;
        return dir;
    }

    private static double DocumentScore(string summary)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(summary));
        return json.RootElement.GetProperty("documents")[0].GetProperty("score").GetDouble();
    }

    /// <summary>The score column of a corpus TSV.</summary>
    private static List<double> Scores(string corpus)
    {
        var lines = File.ReadAllLines(corpus);
        int column = Array.IndexOf(lines[0].Split('\t'), "score");
        return [.. lines.Skip(1).Select(l => double.Parse(l.Split('\t')[column], CultureInfo.InvariantCulture))];
    }

    private static (CliRunner.Outcome Run, List<double> Scores) Batch(string dir, string manifest)
    {
        string summary = Path.Combine(dir, manifest + ".json");
        var run = CliRunner.Run("batch", "--manifest", Path.Combine(dir, manifest), "-o", Path.Combine(dir, manifest + ".out"), "--summary", summary, "-q");
        using var json = JsonDocument.Parse(File.ReadAllText(summary));
        var scores = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("score").GetDouble()).ToList();
        return (run, scores);
    }
}
