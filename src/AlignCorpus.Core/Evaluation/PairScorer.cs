using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Files;

namespace AlignCorpus.Core.Evaluation;

/// <summary>The counts of a sentence-pair evaluation; they add up over documents (micro-average).</summary>
public readonly record struct PairCounts(int Gold, int Hypothesis, int StrictMatched, int LaxMatched, int LaxCovered, int SkippedEmpty)
{
    public static PairCounts operator +(PairCounts a, PairCounts b) => new(
        a.Gold + b.Gold, a.Hypothesis + b.Hypothesis, a.StrictMatched + b.StrictMatched,
        a.LaxMatched + b.LaxMatched, a.LaxCovered + b.LaxCovered, a.SkippedEmpty + b.SkippedEmpty);

    public double PrecisionStrict => Hypothesis == 0 ? 0 : (double)StrictMatched / Hypothesis;

    public double RecallStrict => Gold == 0 ? 0 : (double)StrictMatched / Gold;

    public double F1Strict => F1(PrecisionStrict, RecallStrict);

    public double PrecisionLax => Hypothesis == 0 ? 0 : (double)LaxMatched / Hypothesis;

    public double RecallLax => Gold == 0 ? 0 : (double)LaxCovered / Gold;

    public double F1Lax => F1(PrecisionLax, RecallLax);

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>
/// Scores hypothesis sentence pairs (TSV: hi, en, any further columns) against gold pairs, as
/// ../shared/tools/score_pairs.py does, number for number. Texts are compared after white space
/// is folded as Python's str.split() folds it. Strict: a hypothesis pair equal to a gold pair
/// (each gold pair matched at most as often as it occurs). Lax: a hypothesis pair whose Hindi
/// side is the space-join of gold pairs i..j (consecutive) and whose English side is the join
/// of the same pairs; recall counts the gold pairs inside such ranges. Lines with an empty side
/// are no claims: skipped and counted.
/// </summary>
public static class PairScorer
{
    /// <summary>Reads a pairs TSV: an optional "hi&lt;TAB&gt;en..." header, blank lines skipped.</summary>
    public static List<(string Hindi, string English)> Read(string path, out int skippedEmpty)
    {
        byte[] bytes = ArticleLoader.ReadAllBytes(path);
        string text = ArticleLoader.Decode(bytes, path).Replace("\r\n", "\n").Replace('\r', '\n');
        var pairs = new List<(string, string)>();
        skippedEmpty = 0;
        var lines = text.Split('\n');
        for (int k = 0; k < lines.Length; k++)
        {
            string line = lines[k];
            if (k == 0)
            {
                line = line.TrimStart('\uFEFF');
                if (line.StartsWith("hi\ten", StringComparison.Ordinal))
                {
                    continue;
                }
            }

            if (Normalize(line).Length == 0)
            {
                continue;
            }

            var cols = line.Split('\t');
            string hi = Normalize(cols[0]);
            string en = cols.Length > 1 ? Normalize(cols[1]) : string.Empty;
            if (hi.Length == 0 || en.Length == 0)
            {
                skippedEmpty++;
                continue;
            }

            pairs.Add((hi, en));
        }

        return pairs;
    }

    /// <summary>Scores one document's hypothesis pairs against its gold pairs.</summary>
    public static PairCounts Score(IReadOnlyList<(string Hindi, string English)> gold, IReadOnlyList<(string Hindi, string English)> hyp, int skippedEmpty = 0)
    {
        var goldCount = Count(gold);
        var hypCount = Count(hyp);
        int strict = hypCount.Sum(kv => Math.Min(kv.Value, goldCount.GetValueOrDefault(kv.Key)));

        // Runs of gold pairs are looked up, never spelled out: a one-line hypothesis against
        // hundreds of gold pairs would otherwise build every run's joined text (quadratic).
        var runs = new GoldRuns(gold);
        int lax = 0, coveredCount = 0;
        var covered = new bool[gold.Count];
        foreach (var (pair, n) in hypCount)
        {
            var found = runs.Find(pair.Item1, pair.Item2, n);
            lax += found.Count;
            foreach (var (i, j) in found)
            {
                for (int g = i; g <= j; g++)
                {
                    if (!covered[g])
                    {
                        covered[g] = true;
                        coveredCount++;
                    }
                }
            }
        }

        return new PairCounts(gold.Count, hyp.Count, strict, lax, coveredCount, skippedEmpty);
    }

    /// <summary>
    /// White space folded as Python's " ".join(s.split()): runs of white space (Unicode spaces,
    /// line and paragraph separators, the C0 controls that Python counts, U+001C to U+001F) become
    /// one space; leading and trailing white space goes.
    /// </summary>
    public static string Normalize(string s) => ArticleLoader.Fold(s, pythonSplit: true);

    private static Dictionary<(string, string), int> Count(IReadOnlyList<(string Hindi, string English)> pairs)
    {
        var d = new Dictionary<(string, string), int>();
        foreach (var p in pairs)
        {
            d[p] = d.GetValueOrDefault(p) + 1;
        }

        return d;
    }
}

/// <summary>One document of a sentence-pair evaluation.</summary>
public sealed record PairDocument(string Name, PairCounts Counts, bool MissingHypothesis);

/// <summary>
/// A sentence-pair evaluation of a file, or of every NAME.tsv of a gold directory against
/// HYP_DIR/NAME.tsv (a missing one counts as empty), micro-averaged.
/// </summary>
public sealed class PairEvaluationRun
{
    private PairEvaluationRun(List<PairDocument> documents, List<string> extra)
    {
        Documents = documents;
        ExtraHypotheses = extra;
        Total = documents.Aggregate(default(PairCounts), (acc, d) => acc + d.Counts);
    }

    public IReadOnlyList<PairDocument> Documents { get; }

    /// <summary>Hypothesis files with no gold file, ignored.</summary>
    public IReadOnlyList<string> ExtraHypotheses { get; }

    public PairCounts Total { get; }

    public int Missing => Documents.Count(d => d.MissingHypothesis);

    public static PairEvaluationRun Run(string gold, string hyp)
    {
        var jobs = new List<(string Name, string Gold, string Hyp)>();
        var extra = new List<string>();
        if (Directory.Exists(gold))
        {
            var names = Directory.GetFiles(gold, "*.tsv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
            jobs.AddRange(names.Select(n => (n[..^4], Path.Combine(gold, n), CompressionFormat.Existing(Path.Combine(hyp, n)))));
            if (Directory.Exists(hyp))
            {
                extra.AddRange(Directory.GetFiles(hyp, "*.tsv").Select(Path.GetFileName).OfType<string>()
                    .Except(names, StringComparer.Ordinal).Order(StringComparer.Ordinal));
            }
        }
        else
        {
            jobs.Add((Path.GetFileName(gold), gold, hyp));
        }

        var docs = new List<PairDocument>();
        foreach (var (name, g, h) in jobs)
        {
            var goldPairs = PairScorer.Read(g, out _);
            bool missing = !File.Exists(h);
            int empty = 0;
            var hypPairs = missing ? [] : PairScorer.Read(h, out empty);
            docs.Add(new PairDocument(name, PairScorer.Score(goldPairs, hypPairs, empty), missing));
        }

        return new PairEvaluationRun(docs, extra);
    }
}
