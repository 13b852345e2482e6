using System.Globalization;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Evaluation;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;

/// <summary>
/// Sentence-pair F1 on a dev-style folder (hi/, en/, sentences/) in process: paragraphs aligned
/// with the default paragraph settings, sentences with the given sentence settings.
/// </summary>
internal static class SentenceEval
{
    public static void Run(string data, Aligner paragraphs, AlignerOptions sentenceOptions)
    {
        var sentences = new SentenceAligner(paragraphs, sentenceOptions);
        var total = default(PairCounts);
        foreach (var g in Directory.GetFiles(Path.Combine(data, "sentences"), "*.tsv").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(g) + ".txt";
            var hi = ArticleLoader.Load(Path.Combine(data, "hi", name));
            var en = ArticleLoader.Load(Path.Combine(data, "en", name));
            var s = sentences.Align(hi, en).Sentences;
            var hyp = s.Beads.Where(b => b.IsPair).Select(b => (PairScorer.Normalize(s.HindiText(b)), PairScorer.Normalize(s.EnglishText(b)))).ToList();
            total += PairScorer.Score(PairScorer.Read(g, out _), hyp);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sentences strict P {total.PrecisionStrict:0.000} R {total.RecallStrict:0.000} F1 {total.F1Strict:0.000}  lax F1 {total.F1Lax:0.000}  (gold {total.Gold}, hyp {total.Hypothesis})"));
    }
}

/// <summary>
/// Whether paragraph beads are the same when paragraph features come from the sentences
/// (sentence mode) as when the paragraphs are analysed whole: documents that differ, over a
/// dev-style folder (hi/, en/) or a manifest's first N pairs.
/// </summary>
internal static class ParagraphParity
{
    public static void Run(IEnumerable<(string Hi, string En)> pairs, Aligner aligner)
    {
        var sentences = new SentenceAligner(aligner);
        int n = 0, differ = 0;
        foreach (var (h, e) in pairs)
        {
            var hi = ArticleLoader.Load(h);
            var en = ArticleLoader.Load(e);
            n++;
            if (!aligner.Align(hi, en).Beads.SequenceEqual(sentences.Align(hi, en).Paragraphs.Beads))
            {
                differ++;
                Console.WriteLine("differs: " + h);
            }
        }

        Console.WriteLine($"{n} documents, paragraph beads differ in {differ}");
    }
}
