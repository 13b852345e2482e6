using System.IO.Hashing;
using System.Runtime.InteropServices;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Corpus;

/// <summary>A pairing decision: a Hindi article, its English partner (null when none fits) and the document score.</summary>
public sealed record ArticleMatch(string HindiPath, string? EnglishPath, double Score);

/// <summary>
/// Pairs articles whose file names do not pair, by content. Each article's possible sides are read
/// from its script: a file with at least 15 % Devanagari letters can be Hindi, one with at least
/// 15 % Latin letters English (<see cref="ScriptComparison"/>), so a mixed page (a code-mixed Hindi
/// press release, an English page quoting Hindi) is a candidate on both sides, and only pairs whose
/// scripts tell the two files apart are proposed. Each article becomes a signature: the hashes of
/// its anchor keys (numbers, gazetteer concepts, acronyms, name skeletons, dictionary stems), each
/// with the number of paragraphs holding it; its text is not kept. Inverted indexes over both sides
/// propose, for each Hindi article the English ones and for each English article the Hindi ones,
/// that share the most informative keys (weighted Dice: shared IDF weight over the two articles'
/// matchable weight; keys in more than a tenth of the articles skipped): <see cref="Candidates"/>
/// always, and up to <see cref="MaxCandidates"/> while their index score stays within
/// <see cref="Crowd"/> of the best (near-duplicates: an update, a syndicated copy, a follow-up
/// repeating the background crowd the top of a list; the partner pushed out of one side's list is
/// found from the other's). Each proposal is checked by aligning it: its score is the
/// <see cref="DocumentVerdict"/>, how completely the two translate each other on both sides. The
/// pairs are then assigned one-to-one over all candidates at once (<see cref="SparseAssignment"/>:
/// the largest sum of document scores), so a Hindi article and the English one that is its full
/// translation win over the same Hindi article and a longer or shorter version of the story, and
/// one pair's choice does not push its near-duplicate's partner away. An article whose candidates
/// all score below <see cref="Threshold"/> stays unpaired.
/// </summary>
/// <remarks>
/// The index is a plain dictionary from key hash to postings: the keys are already computed by the
/// analyser, and an in-memory map of a few integers per article is all the search needs (Lucene.Net's
/// index would add tokenisation and storage this does not use). Memory: a signature (12 bytes per
/// distinct key) and a path per article, and the postings; texts are read again, one pair at a time,
/// when a proposal is checked. Time: reading and checking grow linearly with the articles; the index
/// look-ups grow with the length of the postings, bounded by the document-frequency cut.
/// </remarks>
public sealed class ArticlePairer(Aligner aligner, UnitMode units = UnitMode.Lines)
{
    /// <summary>Candidates proposed per article (from each side), at least.</summary>
    public int Candidates { get; init; } = 4;

    /// <summary>Candidates checked at most, when near-duplicates crowd the top of the index.</summary>
    public int MaxCandidates { get; init; } = 12;

    /// <summary>Beyond <see cref="Candidates"/>, a proposal is checked while its index score is at least this share of the best.</summary>
    public double Crowd { get; init; } = 0.8;

    /// <summary>Smallest document score (<see cref="DocumentVerdict.Score"/>) of a pair.</summary>
    public double Threshold { get; init; } = 0.35;

    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Largest article read, in bytes; a larger one is a failure.</summary>
    public long MaxInputBytes { get; init; } = InputFile.DefaultMaxBytes;

    /// <summary>Pairs the given files; files that cannot be read or are in neither language go to <paramref name="failures"/>.</summary>
    public List<ArticleMatch> Pair(IReadOnlyList<string> files, List<UnpairedInput> failures, out List<string> unpairedEnglish)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Threads) };

        // Signatures, in parallel; only the keys are kept, never the texts.
        var read = new Read[files.Count];
        Parallel.For(0, files.Count, parallel, i => read[i] = ReadSignatures(files[i]));
        var hindi = new List<Side>();
        var english = new List<Side>();
        for (int i = 0; i < files.Count; i++)
        {
            var r = read[i];
            read[i] = default;
            if (r.Failure is { } reason)
            {
                failures.Add(new UnpairedInput(files[i], files[i], reason));
                continue;
            }

            if (r.Hindi is { } h)
            {
                hindi.Add(h);
            }

            if (r.English is { } e)
            {
                english.Add(e);
            }
        }

        // Inverted indexes over both sides: each Hindi article proposes English ones and each English
        // article Hindi ones, so a partner crowded out of one list by near-duplicates is found from
        // the other side.
        var toEnglish = new KeyIndex(english, hindi, ofHindi: false);
        var toHindi = new KeyIndex(hindi, english, ofHindi: true);
        var fromHindi = new Proposal[hindi.Count][];
        var fromEnglish = new Proposal[english.Count][];
        Parallel.For(0, hindi.Count, parallel, () => new Accumulator(english.Count), (h, _, acc) =>
        {
            fromHindi[h] = Propose(hindi[h], english, toEnglish, acc);
            return acc;
        }, _ => { });
        Parallel.For(0, english.Count, parallel, () => new Accumulator(hindi.Count), (e, _, acc) =>
        {
            fromEnglish[e] = Propose(english[e], hindi, toHindi, acc);
            return acc;
        }, _ => { });

        // Check each proposal by aligning it (in parallel; results land in their own slots).
        var index = new Dictionary<(int H, int E), double>();
        for (int h = 0; h < hindi.Count; h++)
        {
            foreach (var p in fromHindi[h])
            {
                index[(h, p.Other)] = p.Score;
            }
        }

        for (int e = 0; e < english.Count; e++)
        {
            foreach (var p in fromEnglish[e])
            {
                index[(p.Other, e)] = Math.Max(p.Score, index.GetValueOrDefault((p.Other, e)));
            }
        }

        fromHindi = fromEnglish = [];
        var candidates = index.OrderBy(kv => kv.Key.H).ThenBy(kv => kv.Key.E).Select(kv => (kv.Key.H, kv.Key.E, Index: kv.Value)).ToList();
        index.Clear();
        var score = new double[candidates.Count];
        Parallel.For(0, candidates.Count, parallel, c =>
        {
            var (h, e, _) = candidates[c];
            score[c] = Check(hindi[h].Path, english[e].Path).Score;
        });

        // One-to-one over all candidates at once: the assignment that maximises the summed document
        // scores of the pairs above the threshold. A page on both sides is then taken once (as the
        // Hindi of one pair or the English of another), the better pair first.
        var edges = new (int Object, double Value)[hindi.Count][];
        for (int h = 0; h < hindi.Count; h++)
        {
            edges[h] = [];
        }

        foreach (var group in Enumerable.Range(0, candidates.Count).Where(c => score[c] >= Threshold).GroupBy(c => candidates[c].H))
        {
            edges[group.Key] = [.. group.Select(c => (candidates[c].E, score[c]))];
        }

        int[] chosen = SparseAssignment.Solve(edges, english.Count);
        var matches = new List<ArticleMatch>();
        var pathTaken = new HashSet<string>(StringComparer.Ordinal);
        foreach (int h in Enumerable.Range(0, hindi.Count).Where(h => chosen[h] >= 0)
            .Select(h => (H: h, Score: edges[h].First(x => x.Object == chosen[h]).Value))
            .OrderByDescending(x => x.Score).ThenBy(x => hindi[x.H].Path, StringComparer.Ordinal).Select(x => x.H))
        {
            int e = chosen[h];
            if (pathTaken.Contains(hindi[h].Path) || pathTaken.Contains(english[e].Path))
            {
                continue;
            }

            pathTaken.Add(hindi[h].Path);
            pathTaken.Add(english[e].Path);
            matches.Add(new ArticleMatch(hindi[h].Path, english[e].Path, Math.Round(edges[h].First(x => x.Object == e).Value, 4)));
        }

        for (int h = 0; h < hindi.Count; h++)
        {
            if (!pathTaken.Contains(hindi[h].Path) && hindi[h].Reported)
            {
                matches.Add(new ArticleMatch(hindi[h].Path, null, 0));
            }
        }

        unpairedEnglish = Enumerable.Range(0, english.Count).Where(e => !pathTaken.Contains(english[e].Path) && english[e].Reported).Select(e => english[e].Path).Order(StringComparer.Ordinal).ToList();
        return matches.OrderBy(m => m.HindiPath, StringComparer.Ordinal).ToList();
    }

    /// <summary>How completely two articles translate each other (their paragraph alignment's <see cref="DocumentVerdict"/>); nothing when they cannot be read as a pair.</summary>
    public DocumentVerdict Check(string hindiPath, string englishPath)
    {
        try
        {
            var (hi, en) = PairLoader.LoadPair(hindiPath, englishPath, units, MaxInputBytes);
            return DocumentVerdict.Of(aligner.Align(hi, en));
        }
        catch (InputException)
        {
            return default;
        }
    }

    /// <summary>The articles of the other side worth checking for one article, best first.</summary>
    private Proposal[] Propose(Side query, List<Side> others, KeyIndex index, Accumulator acc)
    {
        double weight = 0;
        for (int i = 0; i < query.Keys.Length; i++)
        {
            if (!index.Postings.TryGetValue(query.Keys[i], out var list) || list.Count > index.MaxDf)
            {
                continue;
            }

            double idf = Idf(others.Count, list.Count);
            int count = query.Counts[i];
            weight += count * idf;
            foreach (var (o, n) in list)
            {
                acc.Add(o, Math.Min(count, n) * idf);
            }
        }

        // Only partners the scripts tell apart from this article: not itself, not another page of its language.
        var ranked = new List<Proposal>();
        foreach (int o in acc.Touched)
        {
            var (hi, en) = index.OfHindi ? (others[o], query) : (query, others[o]);
            if (ScriptComparison.Decide(hi.Script, en.Script) == PairOrder.AsGiven)
            {
                ranked.Add(new Proposal(o, 2 * acc.Sums[o] / (weight + index.Weight[o])));
            }
        }

        acc.Clear();
        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Other.CompareTo(b.Other));
        int take = Math.Min(ranked.Count, Candidates);
        while (take < Math.Min(ranked.Count, MaxCandidates) && ranked[take].Score >= Crowd * ranked[0].Score)
        {
            take++;
        }

        return [.. ranked.Take(take)];
    }

    private Read ReadSignatures(string file)
    {
        Article article;
        try
        {
            article = ArticleLoader.Load(file, units, MaxInputBytes);
        }
        catch (InputException e)
        {
            return new Read(e.Reason, null, null);
        }

        var script = article.Script;
        bool canBeHindi = ScriptComparison.CanBeHindi(script), canBeEnglish = ScriptComparison.CanBeEnglish(script);
        if (!canBeHindi && !canBeEnglish)
        {
            return new Read("neither Hindi nor English by its script", null, null);
        }

        // A page that can be either side is reported, when left unpaired, on the side of its larger script.
        bool leansHindi = script.DevanagariShare >= script.LatinShare;
        return new Read(
            null,
            canBeHindi ? Side.Of(file, Signature(article, Language.Hindi), script, !canBeEnglish || leansHindi) : null,
            canBeEnglish ? Side.Of(file, Signature(article, Language.English), script, !canBeHindi || !leansHindi) : null);
    }

    /// <summary>The hashed anchor keys of a whole article, translated to English keys where a dictionary says how.</summary>
    private (ulong[] Keys, int[] Counts) Signature(Article article, Language language)
    {
        var counts = new Dictionary<ulong, int>();
        var set = new HashSet<ulong>();
        foreach (var unit in aligner.Extractor.Analyze(article, language))
        {
            foreach (ulong k in set)
            {
                counts[k] = counts.GetValueOrDefault(k) + 1;
            }

            set.Clear();
            foreach (var a in unit.Anchors)
            {
                if (a.Kind == AnchorKind.Word)
                {
                    // Hindi words have no capitals: their skeletons are all kept, and meet the English names'.
                    if (language == Language.Hindi)
                    {
                        set.Add(Hash(a.Key));
                    }

                    continue;
                }

                if (a.Kind == AnchorKind.Dictionary)
                {
                    if (language == Language.Hindi && aligner.Lexicon is { } lexicon)
                    {
                        foreach (var e in lexicon.TranslationKeys(a.Key))
                        {
                            set.Add(Hash(e));
                        }
                    }
                    else if (language == Language.English)
                    {
                        set.Add(Hash(a.Key));
                    }

                    continue;
                }

                set.Add(Hash(a.Key));
            }
        }

        foreach (ulong k in set)
        {
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }

        ulong[] keys = [.. counts.Keys.Order()];
        return (keys, [.. keys.Select(k => counts[k])]);
    }

    /// <summary>Weight of a key found in <paramref name="df"/> of <paramref name="n"/> English articles.</summary>
    private static double Idf(int n, int df) => Math.Log(1 + (double)n / df);

    private static ulong Hash(string key) => XxHash64.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan()));

    /// <summary>An article as a candidate for one side; <paramref name="Reported"/> on this side when left unpaired.</summary>
    private sealed record Side(string Path, ulong[] Keys, int[] Counts, ScriptProfile Script, bool Reported)
    {
        public static Side Of(string path, (ulong[] Keys, int[] Counts) signature, ScriptProfile script, bool reported) =>
            new(path, signature.Keys, signature.Counts, script, reported);
    }

    /// <summary>One file read: a failure, or its sides.</summary>
    private readonly record struct Read(string? Failure, Side? Hindi, Side? English);

    private readonly record struct Proposal(int Other, double Score);

    /// <summary>
    /// An inverted index over one side's signatures: key → (article, count). An article's weight
    /// counts only the keys (IDF-weighted, times their count) that the other side has at all, and
    /// that are in at most <see cref="MaxDf"/> articles.
    /// </summary>
    private sealed class KeyIndex
    {
        public KeyIndex(List<Side> side, List<Side> other, bool ofHindi)
        {
            OfHindi = ofHindi;
            for (int a = 0; a < side.Count; a++)
            {
                var s = side[a];
                for (int i = 0; i < s.Keys.Length; i++)
                {
                    if (!Postings.TryGetValue(s.Keys[i], out var list))
                    {
                        list = [];
                        Postings[s.Keys[i]] = list;
                    }

                    list.Add((a, s.Counts[i]));
                }
            }

            MaxDf = Math.Max(20, side.Count / 10);
            var otherKeys = new HashSet<ulong>(other.SelectMany(o => o.Keys));
            Weight = new double[side.Count];
            for (int a = 0; a < side.Count; a++)
            {
                var s = side[a];
                for (int i = 0; i < s.Keys.Length; i++)
                {
                    int df = Postings[s.Keys[i]].Count;
                    if (df <= MaxDf && otherKeys.Contains(s.Keys[i]))
                    {
                        Weight[a] += s.Counts[i] * Idf(side.Count, df);
                    }
                }
            }
        }

        public bool OfHindi { get; }

        public Dictionary<ulong, List<(int Article, int Count)>> Postings { get; } = [];

        public int MaxDf { get; }

        public double[] Weight { get; }
    }

    /// <summary>Per-thread sums of shared key weights, cleared sparsely after each Hindi article.</summary>
    private sealed class Accumulator(int size)
    {
        public double[] Sums { get; } = new double[size];

        public List<int> Touched { get; } = [];

        public void Add(int e, double w)
        {
            if (Sums[e] == 0)
            {
                Touched.Add(e);
            }

            Sums[e] += w;
        }

        public void Clear()
        {
            foreach (int e in Touched)
            {
                Sums[e] = 0;
            }

            Touched.Clear();
        }
    }
}
