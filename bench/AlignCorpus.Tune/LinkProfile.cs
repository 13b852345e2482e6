using System.Diagnostics;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

/// <summary>Anchor linking alone over a manifest's first N pairs (sentence units as the article-wide method cuts them): time and bytes per pair.</summary>
internal static class LinkProfile
{
    public static void Run(string manifest, int n)
    {
        string root = Path.GetDirectoryName(Path.GetFullPath(manifest))!;
        var lexicon = Lexicon.LoadInstalled();
        var extractor = new FeatureExtractor(null, lexicon is not null);
        var docs = File.ReadLines(manifest).Skip(1).Take(n).Select(l => l.Split('\t')).Select(r =>
        {
            var hi = AlignCorpus.Core.Sentences.SentenceAligner.Split(ArticleLoader.Load(Path.Combine(root, r[1])), out _);
            var en = AlignCorpus.Core.Sentences.SentenceAligner.Split(ArticleLoader.Load(Path.Combine(root, r[2])), out _);
            return (extractor.Analyze(hi, Language.Hindi), extractor.Analyze(en, Language.English));
        }).ToList();
        foreach (var (name, lex) in new[] { ("with dictionary", lexicon), ("without", null) })
        {
            for (int pass = 0; pass < 3; pass++)
            {
                long b0 = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                var matches = new KeyMatches();
                foreach (var (hf, ef) in docs)
                {
                    var links = AnchorLinks.Build(hf, ef, lex, matches);
                    _ = new CostModel(AlignerOptions.Default, hf, ef, links);
                }

                sw.Stop();
                Console.WriteLine($"{name}: {sw.Elapsed.TotalMicroseconds / docs.Count:F1} us/pair, {(GC.GetAllocatedBytesForCurrentThread() - b0) / docs.Count} B/pair (links + cost model)");
            }
        }
    }
}
