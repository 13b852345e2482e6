using System.Globalization;
using System.Reflection;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Evaluation;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;

// Evaluates aligner settings on a dev-style folder (hi/, en/, gold/) in process.
// usage: dotnet bench/AlignCorpus.Tune/bin/Release/net10.0/AlignCorpus.Tune.dll DATA_DIR
//          [Name=value ...] [--dict | --dict=PATH] [--no-gazetteer] [--diff] [--reliability]
//        ... DATA_DIR --ablation     (the README's ablation table)
//        ... DATA_DIR --names        (name-pair candidates for review)
//        ... DATA_DIR --sentences [Name=value ...] [--dict]  (sentence-pair F1; settings of the sentence level)
//        ... DATA_DIR --parity [--dict] | MANIFEST --parity N [--dict]  (paragraph beads equal in sentence mode?)
//        ... DATA_DIR --split [-v]   (sentence splitter against the gold sentence pairs)
string data = args[0];
if (args.Length > 1 && args[1] == "--names")
{
    NameCandidates.Print(data);
    return;
}

if (args.Length > 2 && args[1] == "--links")
{
    LinkProfile.Run(args[0], int.Parse(args[2], CultureInfo.InvariantCulture));
    return;
}

if (args.Length > 2 && args[1] == "--profile")
{
    Profile.Run(args[0], int.Parse(args[2], CultureInfo.InvariantCulture), args.Contains("--dict"));
    return;
}

if (args.Length > 1 && args[1] == "--parity")
{
    // DATA is a dev-style folder, or a manifest followed by a number of pairs.
    var lexicon0 = args.Contains("--dict") ? Lexicon.LoadInstalled() : null;
    var pairs = File.Exists(data)
        ? File.ReadLines(data).Skip(1).Take(int.Parse(args[2], CultureInfo.InvariantCulture)).Select(l => l.Split('\t'))
            .Select(r => (Path.Combine(Path.GetDirectoryName(Path.GetFullPath(data))!, r[1]), Path.Combine(Path.GetDirectoryName(Path.GetFullPath(data))!, r[2])))
        : Directory.GetFiles(Path.Combine(data, "hi")).Order(StringComparer.Ordinal).Select(h => (h, Path.Combine(data, "en", Path.GetFileName(h))));
    ParagraphParity.Run(pairs, new Aligner(AlignerOptions.Default, lexicon0));
    return;
}

if (args.Length > 1 && args[1] == "--split")
{
    SplitCheck.Run(data, args.Contains("-v"));
    return;
}

if (args.Length > 1 && args[1] == "--ablation")
{
    Ablation(data);
    return;
}

if (args.Length > 1 && args[1] == "--real-pages")
{
    // DATA is a comma-separated list of dev-style folders: one column each.
    RealPagesAblation(data.Split(','), args.Contains("--dict"));
    return;
}

var options = AlignerOptions.Default;
bool diff = false, reliability = false;
Lexicon? lexicon = null;
Gazetteer? gazetteer = null;
foreach (var a in args.Skip(1))
{
    switch (a)
    {
        case "--sentences":
            continue;
        case "--old":
            continue;
        case "--diff":
            diff = true;
            continue;
        case "--reliability":
            reliability = true;
            continue;
        case "--dict":
            lexicon = Lexicon.LoadInstalled() ?? throw new InvalidOperationException("FreeDict is not installed");
            continue;
        case "--no-gazetteer":
            gazetteer = Gazetteer.Empty;
            continue;
    }

    if (a.StartsWith("--dict=", StringComparison.Ordinal))
    {
        lexicon = Lexicon.Load(a["--dict=".Length..]);
        continue;
    }

    options = Set(options, a);
}

if (args.Contains("--sentences"))
{
    // Name=value settings apply to the sentence level here; paragraphs use the defaults.
    SentenceEval.Run(data, new Aligner(AlignerOptions.Default, lexicon, gazetteer),
        args.Skip(1).Where(a => a.Contains('=') && !a.StartsWith("--", StringComparison.Ordinal)).Aggregate(SentenceAligner.DefaultOptions, Set));
    return;
}

Run run;
if (args.Contains("--old"))
{
    run = Evaluate(data, new Aligner(options, lexicon, gazetteer), diff);
}
else
{
    // Name=value settings apply to the alignment of sentences across the article.
    var articleOptions = args.Skip(1).Where(a => a.Contains('=') && !a.StartsWith("--", StringComparison.Ordinal)).Aggregate(SentenceAligner.ArticleOptions, Set);
    var whole = new SentenceAligner(new Aligner(AlignerOptions.Default, lexicon, gazetteer), articleOptions: articleOptions);
    run = EvaluateWith(data, (h, e) => whole.Align(h, e).Paragraphs, diff);
}

foreach (var t in EvaluationRun.Treatments)
{
    var s = run.Total[t].Scores;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t,-9} strict F1 {s.F1Strict:0.000}  lax F1 {s.F1Lax:0.000}"));
}

if (reliability)
{
    Console.WriteLine("| score | beads | strictly correct | share |");
    Console.WriteLine("| --- | --- | --- | --- |");
    for (int b = 0; b < 10; b++)
    {
        var inBucket = run.Scored.Where(x => Math.Min(9, (int)(x.Score * 10)) == b).ToList();
        if (inBucket.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {b / 10.0:0.0}-{(b + 1) / 10.0:0.0} | {inBucket.Count} | {inBucket.Count(x => x.Correct)} | {inBucket.Count(x => x.Correct) / (double)inBucket.Count:0.000} |"));
        }
    }

    var high = run.Scored.Where(x => x.Score >= 0.5).ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"beads scored >= 0.5: {high.Count}, strictly correct {high.Count(x => x.Correct)} ({high.Count(x => x.Correct) / (double)high.Count:0.000})"));
}

static AlignerOptions Set(AlignerOptions options, string assignment)
{
    var kv = assignment.Split('=');
    var prop = typeof(AlignerOptions).GetProperty(kv[0], BindingFlags.Public | BindingFlags.Instance)
        ?? throw new ArgumentException("unknown option " + kv[0]);
    object value = prop.PropertyType == typeof(bool) ? bool.Parse(kv[1])
        : prop.PropertyType == typeof(int)
        ? (object)int.Parse(kv[1], CultureInfo.InvariantCulture)
        : double.Parse(kv[1], CultureInfo.InvariantCulture);
    var copy = options with { };
    prop.SetValue(copy, value);
    return copy;
}

static Run Evaluate(string data, Aligner aligner, bool diff) => EvaluateWith(data, (h, e) => aligner.Align(h, e), diff);

static Run EvaluateWith(string data, Func<Article, Article, AlignmentResult> align, bool diff)
{
    var total = EvaluationRun.Treatments.ToDictionary(t => t, _ => default(DocumentCounts));
    var byType = new Dictionary<string, (int Found, int Gold)>();
    var scored = new List<(double Score, bool Correct)>();
    foreach (var g in Directory.GetFiles(Path.Combine(data, "gold")).Order(StringComparer.Ordinal))
    {
        string name = Path.GetFileName(g);
        var hi = ArticleLoader.Load(Path.Combine(data, "hi", name));
        var en = ArticleLoader.Load(Path.Combine(data, "en", name));
        var result = align(hi, en);
        var hyp = result.Beads.Select(b => new IndexBead(b.HindiIndices.ToArray(), b.EnglishIndices.ToArray())).ToList();
        var gold = BeadFile.Read(g);
        foreach (var t in EvaluationRun.Treatments)
        {
            total[t] += AlignmentScorer.Score(gold, hyp, t);
        }

        var gk = gold.Select(b => b.Key).ToHashSet();
        var hk = hyp.Select(b => b.Key).ToHashSet();
        foreach (var b in gold)
        {
            var (f, c) = byType.GetValueOrDefault(b.Type);
            byType[b.Type] = (f + (hk.Contains(b.Key) ? 1 : 0), c + 1);
        }

        for (int k = 0; k < hyp.Count; k++)
        {
            scored.Add((result.Beads[k].Score, gk.Contains(hyp[k].Key)));
        }

        if (diff)
        {
            var missed = gold.Where(b => !hk.Contains(b.Key)).Select(b => b.Key).ToList();
            var wrong = hyp.Where(b => !gk.Contains(b.Key)).Select(b => b.Key).ToList();
            if (missed.Count > 0)
            {
                Console.WriteLine($"{name}: missed {string.Join(' ', missed)} | wrong {string.Join(' ', wrong)}");
            }
        }
    }

    return new Run(total, byType, scored);
}

static void Ablation(string data)
{
    var none = AlignerOptions.Default with
    {
        NumberWeight = 0, DateWeight = 0, NameWeight = 0, WordWeight = 0, EntityWeight = 0, DictionaryWeight = 0,
    };
    var numbers = none with { NumberWeight = AlignerOptions.Default.NumberWeight, DateWeight = AlignerOptions.Default.DateWeight };
    var names = numbers with { NameWeight = AlignerOptions.Default.NameWeight, WordWeight = AlignerOptions.Default.WordWeight };
    var gazetteer = names with { EntityWeight = AlignerOptions.Default.EntityWeight };
    var lexicon = Lexicon.LoadInstalled() ?? throw new InvalidOperationException("FreeDict is not installed");
    var configs = new (string Name, Aligner Aligner)[]
    {
        ("length only", new Aligner(none)),
        ("+ numbers, dates", new Aligner(numbers)),
        ("+ names (transliteration)", new Aligner(names)),
        ("+ gazetteer entities", new Aligner(gazetteer)),
        ("+ FreeDict dictionary (all on)", new Aligner(AlignerOptions.Default, lexicon)),
    };
    string[] types = ["1-1", "1-2", "2-1", "2-2", "1-0", "0-1"];
    Console.WriteLine("| anchors | strict F1 | lax F1 | " + string.Join(" | ", types) + " |");
    Console.WriteLine("| --- | --- | --- | " + string.Join(" | ", types.Select(_ => "---")) + " |");
    foreach (var (name, aligner) in configs)
    {
        var run = Evaluate(data, aligner, false);
        var s = run.Total[NullTreatment.WithNull].Scores;
        var cells = types.Select(t => run.ByType.TryGetValue(t, out var v) ? $"{v.Found}/{v.Gold}" : "-");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {s.F1Strict:0.000} | {s.F1Lax:0.000} | {string.Join(" | ", cells)} |"));
    }
}

static void RealPagesAblation(string[] sets, bool dictionary)
{
    var lexicon = dictionary ? Lexicon.LoadInstalled() ?? throw new InvalidOperationException("FreeDict is not installed") : null;
    var a = SentenceAligner.ArticleOptions;
    var rows = new (string Name, AlignerOptions? Paragraphs, AlignerOptions? Article)[]
    {
        ("paragraph DP of 0.2 (`--method paragraphs`, beads up to 2-2)", AlignerOptions.Default, null),
        ("paragraph DP, `--max-bead 4`", AlignerOptions.Default with { MaxBead = 4 }, null),
        ("sentences across the article, grouped (default, all on)", null, a),
        ("− paragraph breaks as evidence", null, a with { BoundaryAgree = 0, BoundaryMismatch = 0, AdaptiveBoundaries = false }),
        ("− adaptive mismatch cost (fixed 0.1)", null, a with { AdaptiveBoundaries = false }),
        ("− merge evidence (flat merge prior −1.5)", null, a with { MergeEvidence = 0 }),
        ("− leftovers", null, a with { LeftoverFloor = double.PositiveInfinity }),
        ("− cut lines", null, a with { CutLines = false }),
        ("− 1-k/k-1 beads of short lines anywhere", null, a with { HeadBeadMax = 2 }),
        ("− separator anchors", null, a with { SeparatorWeight = 0 }),
        ("− list-marker ordinals", null, a with { OrdinalWeight = 0 }),
    };
    Console.WriteLine("| mechanism | " + string.Join(" | ", sets.Select(Path.GetFileName)) + " |");
    Console.WriteLine("| --- | " + string.Join(" | ", sets.Select(_ => "---")) + " |");
    foreach (var (name, paragraphs, article) in rows)
    {
        var cells = sets.Select(set =>
        {
            var aligner = new Aligner(paragraphs ?? AlignerOptions.Default, lexicon);
            var whole = new SentenceAligner(aligner, articleOptions: article);
            var run = article is null ? Evaluate(set, aligner, false) : EvaluateWith(set, (h, e) => whole.Align(h, e, sentencePairs: false).Paragraphs, false);
            return run.Total[NullTreatment.WithNull].Scores.F1Strict.ToString("0.000", CultureInfo.InvariantCulture);
        });
        Console.WriteLine($"| {name} | {string.Join(" | ", cells)} |");
    }
}

internal sealed record Run(
    Dictionary<NullTreatment, DocumentCounts> Total,
    Dictionary<string, (int Found, int Gold)> ByType,
    List<(double Score, bool Correct)> Scored);
