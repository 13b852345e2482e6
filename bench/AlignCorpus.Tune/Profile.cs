using System.Diagnostics;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

/// <summary>Time per stage (load, features, links, search) over a manifest's first N pairs, one thread, and paragraph against sentence alignment.</summary>
internal static class Profile
{
    public static void Run(string manifest, int n, bool dictionary)
    {
        string root = Path.GetDirectoryName(Path.GetFullPath(manifest))!;
        var rows = File.ReadLines(manifest).Skip(1).Take(n).Select(l => l.Split('\t')).ToList();
        var lexicon = dictionary ? Lexicon.LoadInstalled() : null;
        var extractor = new FeatureExtractor(null, lexicon is not null);
        var aligner = new Aligner(AlignerOptions.Default, lexicon);
        var sentences = new AlignCorpus.Core.Sentences.SentenceAligner(aligner);
        var sw = new Stopwatch[6].Select(_ => new Stopwatch()).ToArray();
        var bytes = new long[6];
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var s in sw)
            {
                s.Reset();
            }

            Array.Clear(bytes);

            foreach (var r in rows)
            {
                long b0 = GC.GetAllocatedBytesForCurrentThread();
                sw[0].Start();
                var hi = ArticleLoader.Load(Path.Combine(root, r[1]));
                var en = ArticleLoader.Load(Path.Combine(root, r[2]));
                sw[0].Stop();
                bytes[0] += GC.GetAllocatedBytesForCurrentThread() - b0;
                long b1 = GC.GetAllocatedBytesForCurrentThread();
                sw[1].Start();
                var hf = extractor.Analyze(hi, Language.Hindi);
                var ef = extractor.Analyze(en, Language.English);
                sw[1].Stop();
                bytes[1] += GC.GetAllocatedBytesForCurrentThread() - b1;
                long b2 = GC.GetAllocatedBytesForCurrentThread();
                sw[2].Start();
                var links = AnchorLinks.Build(hf, ef, lexicon);
                sw[2].Stop();
                bytes[2] += GC.GetAllocatedBytesForCurrentThread() - b2;
                long b3 = GC.GetAllocatedBytesForCurrentThread();
                sw[3].Start();
                var beads = aligner.Align(new CostModel(AlignerOptions.Default, hf, ef, links), hi.Count, en.Count);
                sw[3].Stop();
                bytes[3] += GC.GetAllocatedBytesForCurrentThread() - b3;
                long b4 = GC.GetAllocatedBytesForCurrentThread();
                sw[4].Start();
                aligner.Align(hi, en);
                sw[4].Stop();
                bytes[4] += GC.GetAllocatedBytesForCurrentThread() - b4;
                long b5 = GC.GetAllocatedBytesForCurrentThread();
                sw[5].Start();
                sentences.Align(hi, en);
                sw[5].Stop();
                bytes[5] += GC.GetAllocatedBytesForCurrentThread() - b5;
            }
        }

        Console.WriteLine($"allocated per pair: load {bytes[0] / rows.Count} B, features {bytes[1] / rows.Count} B, links {bytes[2] / rows.Count} B, search {bytes[3] / rows.Count} B, " +
            $"whole paragraph alignment {bytes[4] / rows.Count} B, whole sentence alignment {bytes[5] / rows.Count} B");
        Console.WriteLine($"{rows.Count} pairs: load {sw[0].ElapsedMilliseconds} ms, features {sw[1].ElapsedMilliseconds} ms, links {sw[2].ElapsedMilliseconds} ms, search {sw[3].ElapsedMilliseconds} ms, " +
            $"whole paragraph alignment {sw[4].ElapsedMilliseconds} ms, whole sentence alignment (paragraphs included) {sw[5].ElapsedMilliseconds} ms");
    }
}
