using System.Globalization;
using System.Reflection;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Evaluation;
using AlignCorpus.Core.Loading;

// Evaluates aligner settings on a dev-style folder (hi/, en/, gold/) in process.
// usage: dotnet run --project bench/AlignCorpus.Tune -c Release -- DATA_DIR [Name=value ...] [--diff]
string data = args[0];
if (args.Length > 1 && args[1] == "--names")
{
    NameCandidates.Print(data);
    return;
}

var options = AlignerOptions.Default;
bool diff = false;
Lexicon? lexicon = null;
Gazetteer? gazetteer = null;
foreach (var a in args.Skip(1))
{
    if (a == "--diff")
    {
        diff = true;
        continue;
    }

    if (a == "--dict")
    {
        lexicon = Lexicon.LoadInstalled() ?? throw new InvalidOperationException("FreeDict is not installed");
        continue;
    }

    if (a.StartsWith("--dict=", StringComparison.Ordinal))
    {
        lexicon = Lexicon.Load(a["--dict=".Length..]);
        continue;
    }

    if (a == "--no-gazetteer")
    {
        gazetteer = Gazetteer.Empty;
        continue;
    }

    var kv = a.Split('=');
    var prop = typeof(AlignerOptions).GetProperty(kv[0], BindingFlags.Public | BindingFlags.Instance)
        ?? throw new ArgumentException("unknown option " + kv[0]);
    object value = prop.PropertyType == typeof(int) ? int.Parse(kv[1], CultureInfo.InvariantCulture) : double.Parse(kv[1], CultureInfo.InvariantCulture);
    options = options with { };
    prop.SetValue(options, value);
}

var aligner = new Aligner(options, lexicon, gazetteer);
var total = EvaluationRun.Treatments.ToDictionary(t => t, _ => default(DocumentCounts));
foreach (var g in Directory.GetFiles(Path.Combine(data, "gold")).Order(StringComparer.Ordinal))
{
    string name = Path.GetFileName(g);
    var hi = ArticleLoader.Load(Path.Combine(data, "hi", name));
    var en = ArticleLoader.Load(Path.Combine(data, "en", name));
    var result = aligner.Align(hi, en);
    var hyp = result.Beads.Select(b => new IndexBead(b.HindiIndices.ToArray(), b.EnglishIndices.ToArray())).ToList();
    var gold = BeadFile.Read(g);
    foreach (var t in EvaluationRun.Treatments)
    {
        total[t] += AlignmentScorer.Score(gold, hyp, t);
    }

    if (diff)
    {
        var gk = gold.Select(b => b.Key).ToHashSet();
        var hk = hyp.Select(b => b.Key).ToHashSet();
        var missed = gold.Where(b => !hk.Contains(b.Key)).Select(b => b.Key).ToList();
        var wrong = hyp.Where(b => !gk.Contains(b.Key)).Select(b => b.Key).ToList();
        if (missed.Count > 0)
        {
            Console.WriteLine($"{name}: missed {string.Join(' ', missed)} | wrong {string.Join(' ', wrong)}");
        }
    }
}

foreach (var t in EvaluationRun.Treatments)
{
    var s = total[t].Scores;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t,-9} strict F1 {s.F1Strict:0.000}  lax F1 {s.F1Lax:0.000}"));
}
