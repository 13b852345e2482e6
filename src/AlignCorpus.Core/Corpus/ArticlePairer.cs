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
/// The index is plain arrays over numbered keys: the keys are already computed by the analyser, and
/// an in-memory map of a few integers per article is all the search needs (Lucene.Net's index would
/// add tokenisation and storage this does not use). Memory: per article a path, a script profile and
/// its signature pruned to the keys that can match (5 bytes a key), the postings of those keys, and
/// one vocabulary entry per distinct key; the full signatures go through a temporary file, and texts
/// are read again, one Hindi article and its proposals at a time, when proposals are checked. Time:
/// reading and checking (at most 2 × <see cref="MaxCandidates"/> per article) grow linearly with the
/// articles; proposing reads an article's postings, which grow with the articles when a few stories
/// fill the pool (bounded by <see cref="PostingBudget"/>), and scores <see cref="Shortlist"/> exactly.
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

    /// <summary>
    /// Postings read at most per article when proposing (the rarest keys first), a bound on the work
    /// per article. It must not bind in practice: ranked on the rarest keys alone, hundreds of
    /// near-duplicates that share them tie and the partner can fall out of the <see cref="Shortlist"/>
    /// (50,000 on the 50,000-article pool, whose articles read about 150,000 postings each: pairing
    /// precision and recall 0.83/0.76 against 0.95/0.94). A real crawl's postings are far shorter.
    /// </summary>
    public int PostingBudget { get; init; } = 1_000_000;

    /// <summary>Articles ranked by the postings read that are scored exactly (their whole signatures compared).</summary>
    public int Shortlist { get; init; } = 48;

    /// <summary>Receives a line at the end of each phase (time, heap, working set), or nothing.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>
    /// Stops the pairing (an <see cref="OperationCanceledException"/>) between files, articles and
    /// checks: a scheduler's SIGTERM must not wait for the whole pool to be read and checked.
    /// </summary>
    public CancellationToken Cancel { get; init; }

    /// <summary>Files whose signatures are computed at once (in parallel), before they join the indexes.</summary>
    private const int ReadChunk = 1024;

    /// <summary>Pairs the given files; files that cannot be read or are in neither language go to <paramref name="failures"/>.</summary>
    public List<ArticleMatch> Pair(IReadOnlyList<string> files, List<UnpairedInput> failures, out List<string> unpairedEnglish)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Threads), CancellationToken = Cancel };
        var trace = new Trace(Log);

        // Signatures, a chunk of files at a time in parallel; only the keys are kept, never the texts.
        // They are spilled to a temporary file while the keys' article frequencies are counted, then
        // read back keeping only the keys that can match (held by both sides, and rare enough on one
        // of them to be looked up), each as a number into the run's vocabulary (4 bytes) with its
        // paragraph count (1 byte).
        var vocabulary = new Dictionary<ulong, int>();
        var hindiDf = new List<int>();
        var englishDf = new List<int>();
        var hindi = new List<Side>();
        var english = new List<Side>();
        var spilled = new List<Side>(); // in the order of the spill file
        string spillPath = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"aligncorpus-signatures-{Guid.NewGuid():N}.tmp");
        using var spill = new FileStream(spillPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            // Unlinked at once where the system allows it (Linux keeps the open file), so even a killed run leaves nothing behind.
            File.Delete(spillPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Deleted on close instead.
        }
        var writer = new BinaryWriter(spill);
        var read = new Read[Math.Min(ReadChunk, files.Count)];
        for (int start = 0; start < files.Count; start += ReadChunk)
        {
            Cancel.ThrowIfCancellationRequested();
            int n = Math.Min(ReadChunk, files.Count - start);
            Parallel.For(0, n, parallel, i => read[i] = ReadSignatures(files[start + i]));
            for (int i = 0; i < n; i++)
            {
                var r = read[i];
                read[i] = default;
                if (r.Failure is { } reason)
                {
                    failures.Add(new UnpairedInput(files[start + i], files[start + i], reason));
                    continue;
                }

                if (r.Hindi is { } h)
                {
                    hindi.Add(Spill(h, writer, vocabulary, hindiDf, englishDf, hindiDf));
                    spilled.Add(hindi[^1]);
                }

                if (r.English is { } e)
                {
                    english.Add(Spill(e, writer, vocabulary, hindiDf, englishDf, englishDf));
                    spilled.Add(english[^1]);
                }
            }
        }

        writer.Flush();
        trace.Log($"signatures: {hindi.Count} Hindi, {english.Count} English, {vocabulary.Count} keys, {spill.Length >> 20} MB spilled");
        int hindiMaxDf = KeyIndex.MaxDfOf(hindi.Count), englishMaxDf = KeyIndex.MaxDfOf(english.Count);
        var ids = new int[vocabulary.Count];
        int keys = 0;
        for (int k = 0; k < ids.Length; k++)
        {
            int dh = hindiDf[k], de = englishDf[k];
            ids[k] = dh > 0 && de > 0 && (dh <= hindiMaxDf || de <= englishMaxDf) ? keys++ : -1;
        }

        vocabulary.Clear();
        vocabulary.TrimExcess();
        spill.Position = 0;
        var reader = new BinaryReader(spill);
        foreach (var side in spilled)
        {
            side.Load(reader, ids);
        }

        spilled = null;

        int[] hindiFrequency = [.. Enumerable.Range(0, ids.Length).Where(k => ids[k] >= 0).Select(k => hindiDf[k])];
        int[] englishFrequency = [.. Enumerable.Range(0, ids.Length).Where(k => ids[k] >= 0).Select(k => englishDf[k])];
        trace.Log($"kept {keys} keys, {hindi.Sum(x => (long)x.Keys.Length) + english.Sum(x => (long)x.Keys.Length)} signature entries");

        // Inverted indexes over both sides: each Hindi article proposes English ones and each English
        // article Hindi ones, so a partner crowded out of one list by near-duplicates is found from
        // the other side.
        var toEnglish = new KeyIndex(english, englishFrequency, hindiFrequency, ofHindi: false);
        var toHindi = new KeyIndex(hindi, hindiFrequency, englishFrequency, ofHindi: true);
        var fromHindi = Propose(hindi, english, toEnglish, parallel);
        var fromEnglish = Propose(english, hindi, toHindi, parallel);
        toEnglish = toHindi = null;
        trace.Log($"proposed {fromHindi.Sum(x => x.Length)} + {fromEnglish.Sum(x => x.Length)}");

        var proposed = new HashSet<(int H, int E)>();
        for (int h = 0; h < hindi.Count; h++)
        {
            foreach (var p in fromHindi[h])
            {
                proposed.Add((h, p.Other));
            }
        }

        for (int e = 0; e < english.Count; e++)
        {
            foreach (var p in fromEnglish[e])
            {
                proposed.Add((p.Other, e));
            }
        }

        fromHindi = fromEnglish = [];
        var candidates = proposed.Order().ToArray();
        proposed = null;

        // Check each proposal by aligning it (in parallel, a Hindi article with all its proposals:
        // the Hindi one is read and analysed once; results land in their own slots).
        var groups = new List<int>();
        for (int c = 0; c < candidates.Length; c++)
        {
            if (c == 0 || candidates[c].H != candidates[c - 1].H)
            {
                groups.Add(c);
            }
        }

        groups.Add(candidates.Length);
        var score = new double[candidates.Length];
        Parallel.For(0, groups.Count - 1, parallel, g =>
        {
            int first = groups[g], end = groups[g + 1];
            var checks = CheckAll(hindi[candidates[first].H].Path, candidates[first..end].Select(c => english[c.E].Path).ToList());
            for (int c = first; c < end; c++)
            {
                score[c] = checks[c - first].Score;
            }
        });

        trace.Log($"checked {candidates.Length}");

        // One-to-one over all candidates at once: the assignment that maximises the summed document
        // scores of the pairs above the threshold. A page on both sides is then taken once (as the
        // Hindi of one pair or the English of another), the better pair first.
        var edges = new (int Object, double Value)[hindi.Count][];
        for (int h = 0; h < hindi.Count; h++)
        {
            edges[h] = [];
        }

        foreach (var group in Enumerable.Range(0, candidates.Length).Where(c => score[c] >= Threshold).GroupBy(c => candidates[c].H))
        {
            edges[group.Key] = [.. group.Select(c => (candidates[c].E, score[c]))];
        }

        int[] chosen = SparseAssignment.Solve(edges, english.Count);
        trace.Log($"assigned");
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
    public DocumentVerdict Check(string hindiPath, string englishPath) => CheckAll(hindiPath, [englishPath])[0];

    /// <summary>
    /// <see cref="Check"/> of one Hindi article against several English ones: the Hindi one is read
    /// and analysed once (the same alignment as <see cref="Aligner.Align(Article, Article, bool)"/>).
    /// </summary>
    public DocumentVerdict[] CheckAll(string hindiPath, IReadOnlyList<string> englishPaths)
    {
        var verdicts = new DocumentVerdict[englishPaths.Count];
        Article hi;
        try
        {
            hi = ArticleLoader.Load(hindiPath, units, MaxInputBytes);
        }
        catch (InputException)
        {
            return verdicts;
        }

        UnitFeatures[]? hf = null;
        for (int i = 0; i < englishPaths.Count; i++)
        {
            try
            {
                var en = ArticleLoader.Load(englishPaths[i], units, MaxInputBytes);
                PairLoader.Check(hi.Script, hi.Source, en.Script, en.Source);
                hf ??= aligner.Extractor.Analyze(hi, Language.Hindi);
                var ef = aligner.Extractor.Analyze(en, Language.English);
                verdicts[i] = DocumentVerdict.Of(aligner.Align(hi, en, hf, ef));
            }
            catch (InputException)
            {
                verdicts[i] = default;
            }
        }

        return verdicts;
    }

    /// <summary>
    /// Writes a side's keys (numbered in order of first appearance) and counts to the spill file, numbering new keys
    /// and counting each key's articles on this side; the side keeps its path and script.
    /// </summary>
    private static Side Spill(RawSide raw, BinaryWriter writer, Dictionary<ulong, int> vocabulary, List<int> hindiDf, List<int> englishDf, List<int> df)
    {
        writer.Write(raw.Keys.Length);
        foreach (ulong key in raw.Keys)
        {
            ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(vocabulary, key, out bool exists);
            if (!exists)
            {
                id = vocabulary.Count - 1;
                hindiDf.Add(0);
                englishDf.Add(0);
            }

            df[id]++;
            writer.Write(id);
        }

        foreach (int count in raw.Counts)
        {
            writer.Write((byte)Math.Min(count, byte.MaxValue));
        }

        return new Side(raw.Path, raw.Script, raw.Reported);
    }

    /// <summary>For each article of one side, the articles of the other side worth checking, best first.</summary>
    private Proposal[][] Propose(List<Side> queries, List<Side> others, KeyIndex index, ParallelOptions parallel)
    {
        var proposals = new Proposal[queries.Count][];
        using var accumulators = new ThreadLocal<Accumulator>(() => new Accumulator(others.Count));
        Parallel.For(0, queries.Count, parallel, q => proposals[q] = Propose(queries[q], others, index, accumulators.Value!));
        return proposals;
    }

    /// <summary>
    /// The articles of the other side worth checking for one article, best first. The article's
    /// keys are looked up rarest first, until <see cref="PostingBudget"/> postings are read (so the
    /// work per article does not grow with the pool: a key in thousands of articles adds little
    /// weight and the same to most of them); the <see cref="Shortlist"/> best by that partial sum
    /// are scored exactly on their whole signatures, and the list is cut from those scores.
    /// </summary>
    private Proposal[] Propose(Side query, List<Side> others, KeyIndex index, Accumulator acc)
    {
        double weight = 0;
        var keys = acc.Keys;
        keys.Clear();
        for (int i = 0; i < query.Keys.Length; i++)
        {
            int k = query.Keys[i];
            if (index.Idf[k] > 0)
            {
                weight += query.Counts[i] * index.Idf[k];
                keys.Add((index.Start[k + 1] - index.Start[k], i));
            }
        }

        keys.Sort();
        long read = 0;
        foreach (var (df, i) in keys)
        {
            if (read > 0 && read + df > PostingBudget)
            {
                break;
            }

            read += df;
            int k = query.Keys[i], count = query.Counts[i];
            double idf = index.Idf[k];
            for (int p = index.Start[k]; p < index.Start[k + 1]; p++)
            {
                acc.Add(index.Articles[p], Math.Min(count, index.Counts[p]) * idf);
            }
        }

        // The Shortlist best by the partial sums (a bounded heap: the articles touched can be many),
        // only partners the scripts tell apart from this article: not itself, not another page of
        // its language (judged on the best first; should one fail, on all).
        var ranked = acc.Ranked;
        ranked.Clear();
        var best = acc.Best;
        foreach (int o in acc.Touched)
        {
            var p = new Proposal(o, acc.Sums[o] / (weight + index.Weight[o]));
            if (best.Count < Shortlist)
            {
                best.Enqueue(p, p);
            }
            else if (ByScore(p, best.Peek()) < 0)
            {
                best.DequeueEnqueue(p, p);
            }
        }

        while (best.TryDequeue(out var p, out _))
        {
            ranked.Add(p);
        }

        if (!ranked.TrueForAll(p => Fits(query, others[p.Other], index.OfHindi)))
        {
            ranked.Clear();
            foreach (int o in acc.Touched)
            {
                if (Fits(query, others[o], index.OfHindi))
                {
                    ranked.Add(new Proposal(o, acc.Sums[o] / (weight + index.Weight[o])));
                }
            }

            ranked.Sort(ByScore);
            if (ranked.Count > Shortlist)
            {
                ranked.RemoveRange(Shortlist, ranked.Count - Shortlist);
            }
        }

        acc.Clear();
        for (int r = 0; r < ranked.Count; r++)
        {
            int o = ranked[r].Other;
            ranked[r] = new Proposal(o, 2 * Shared(query, others[o], index) / (weight + index.Weight[o]));
        }

        ranked.Sort(ByScore);
        int take = Math.Min(ranked.Count, Candidates);
        while (take < Math.Min(ranked.Count, MaxCandidates) && ranked[take].Score >= Crowd * ranked[0].Score)
        {
            take++;
        }

        return [.. ranked.Take(take)];
    }

    /// <summary>Whether the scripts tell an article and one of the other side apart as Hindi and English.</summary>
    private static bool Fits(Side query, Side other, bool otherIsHindi)
    {
        var (hi, en) = otherIsHindi ? (other, query) : (query, other);
        return ScriptComparison.Decide(hi.Script, en.Script) == PairOrder.AsGiven;
    }

    /// <summary>Best first: the higher score, then the lower article number.</summary>
    private static readonly Comparison<Proposal> ByScore = (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Other.CompareTo(b.Other);

    /// <summary>The IDF weight two articles share: each key they both hold, at the smaller of their paragraph counts (signatures are sorted by key).</summary>
    private static double Shared(Side a, Side b, KeyIndex index)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < a.Keys.Length && j < b.Keys.Length)
        {
            int ka = a.Keys[i], kb = b.Keys[j];
            if (ka < kb)
            {
                i++;
            }
            else if (ka > kb)
            {
                j++;
            }
            else
            {
                sum += Math.Min(a.Counts[i], b.Counts[j]) * index.Idf[ka];
                i++;
                j++;
            }
        }

        return sum;
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
            canBeHindi ? RawSide.Of(file, Signature(article, Language.Hindi), script, !canBeEnglish || leansHindi) : null,
            canBeEnglish ? RawSide.Of(file, Signature(article, Language.English), script, !canBeHindi || !leansHindi) : null);
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
    private static double InverseFrequency(int n, int df) => Math.Log(1 + (double)n / df);

    private static ulong Hash(string key) => XxHash64.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan()));

    /// <summary>Each phase's end, with the time since the start and the managed heap and working set.</summary>
    private sealed class Trace(Action<string>? log)
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

        public void Log(FormattableString what) => log?.Invoke(FormattableString.Invariant(
            $"{_clock.Elapsed.TotalSeconds:0.0} s: {what.ToString(System.Globalization.CultureInfo.InvariantCulture)} (heap {GC.GetTotalMemory(false) >> 20} MB, working set {Environment.WorkingSet >> 20} MB)"));
    }

    /// <summary>
    /// An article as a candidate for one side: its keys that can match (numbers, sorted) with the
    /// paragraphs holding each (at most 255), loaded back from the spill file; <paramref name="reported"/>
    /// on this side when left unpaired.
    /// </summary>
    private sealed class Side(string path, ScriptProfile script, bool reported)
    {
        public string Path { get; } = path;

        public ScriptProfile Script { get; } = script;

        public bool Reported { get; } = reported;

        public int[] Keys { get; private set; } = [];

        public byte[] Counts { get; private set; } = [];

        /// <summary>Reads this side's record of the spill file, keeping the keys <paramref name="ids"/> numbers (≥ 0).</summary>
        public void Load(BinaryReader reader, int[] ids)
        {
            int n = reader.ReadInt32();
            var all = new int[n];
            int usable = 0;
            for (int i = 0; i < n; i++)
            {
                all[i] = ids[reader.ReadInt32()];
                usable += all[i] >= 0 ? 1 : 0;
            }

            Keys = new int[usable];
            Counts = new byte[usable];
            for (int i = 0, j = 0; i < n; i++)
            {
                byte count = reader.ReadByte();
                if (all[i] >= 0)
                {
                    Keys[j] = all[i];
                    Counts[j++] = count;
                }
            }

            Array.Sort(Keys, Counts);
        }
    }

    /// <summary>A side as read, its keys still hashes.</summary>
    private sealed record RawSide(string Path, ulong[] Keys, int[] Counts, ScriptProfile Script, bool Reported)
    {
        public static RawSide Of(string path, (ulong[] Keys, int[] Counts) signature, ScriptProfile script, bool reported) =>
            new(path, signature.Keys, signature.Counts, script, reported);
    }

    /// <summary>One file read: a failure, or its sides.</summary>
    private readonly record struct Read(string? Failure, RawSide? Hindi, RawSide? English);

    private readonly record struct Proposal(int Other, double Score);

    /// <summary>
    /// An inverted index over one side's signatures, in one block (key → the articles holding it and
    /// their counts), over the keys that can be matched: held by the other side at all and by at most
    /// <see cref="MaxDf"/> articles of this side (a tenth, at least 20). An article's weight counts
    /// those keys, IDF-weighted, times their count.
    /// </summary>
    private sealed class KeyIndex
    {
        public KeyIndex(List<Side> side, int[] df, int[] otherDf, bool ofHindi)
        {
            OfHindi = ofHindi;
            MaxDf = MaxDfOf(side.Count);
            int keys = df.Length;
            Idf = new double[keys];
            Start = new int[keys + 1];
            for (int k = 0; k < keys; k++)
            {
                bool usable = df[k] > 0 && df[k] <= MaxDf && otherDf[k] > 0;
                Idf[k] = usable ? InverseFrequency(side.Count, df[k]) : 0;
                Start[k + 1] = Start[k] + (usable ? df[k] : 0);
            }

            Articles = new int[Start[keys]];
            Counts = new byte[Start[keys]];
            var next = Start[..keys];
            Weight = new double[side.Count];
            for (int a = 0; a < side.Count; a++)
            {
                var s = side[a];
                for (int i = 0; i < s.Keys.Length; i++)
                {
                    int k = s.Keys[i];
                    if (Idf[k] > 0)
                    {
                        Articles[next[k]] = a;
                        Counts[next[k]++] = s.Counts[i];
                        Weight[a] += s.Counts[i] * Idf[k];
                    }
                }
            }
        }

        public bool OfHindi { get; }

        public int MaxDf { get; }

        /// <summary>The most articles of a side of <paramref name="articles"/> a key may be in to be looked up.</summary>
        public static int MaxDfOf(int articles) => Math.Max(20, articles / 10);

        /// <summary>Weight of each key (0: not matchable).</summary>
        public double[] Idf { get; }

        /// <summary>Where each key's postings start in <see cref="Articles"/> and <see cref="Counts"/> (one more entry: the end).</summary>
        public int[] Start { get; }

        public int[] Articles { get; }

        public byte[] Counts { get; }

        public double[] Weight { get; }

        public long Entries => Articles.Length;
    }

    /// <summary>Per-thread sums of shared key weights, cleared sparsely after each article, and working lists.</summary>
    private sealed class Accumulator(int size)
    {
        public double[] Sums { get; } = new double[size];

        public List<int> Touched { get; } = [];

        public List<(int Df, int Index)> Keys { get; } = [];

        public List<Proposal> Ranked { get; } = [];

        /// <summary>The best proposals so far, the worst of them first.</summary>
        public PriorityQueue<Proposal, Proposal> Best { get; } = new(Comparer<Proposal>.Create((a, b) => ByScore(b, a)));

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
