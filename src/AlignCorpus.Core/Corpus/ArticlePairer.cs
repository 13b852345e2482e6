using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Corpus;

/// <summary>A pairing decision: a Hindi article, its English partner (null when none fits) and the score.</summary>
public sealed record ArticleMatch(string HindiPath, string? EnglishPath, double Score);

/// <summary>
/// Pairs articles whose file names do not pair, by content. Each article's possible sides are read
/// from its script: a file with at least 15 % Devanagari letters can be Hindi, one with at least
/// 15 % Latin letters English (<see cref="ScriptComparison"/>), so a mixed page (a code-mixed Hindi
/// press release, an English page quoting Hindi) is a candidate on both sides, and only pairs whose
/// scripts tell the two files apart are proposed; each article becomes a set of anchor keys (numbers, gazetteer concepts, acronyms,
/// name skeletons, dictionary stems). An inverted index over the English articles proposes, for
/// each Hindi article, the few English ones that share the most informative keys (IDF-weighted,
/// keys in more than a tenth of the articles skipped), so the work grows with the corpus, not with
/// its square. The proposals are checked by aligning them: the score is the share of both texts
/// that the alignment pairs. Pairs are then taken one-to-one, best first; an article whose best
/// remaining candidate scores below the threshold stays unpaired.
/// </summary>
/// <remarks>
/// The index is a plain dictionary from interned key to postings: the keys are already computed
/// by the analyser, and an in-memory map of a few integers per article is all the search needs
/// (Lucene.Net's index would add tokenisation and storage this does not use).
/// </remarks>
public sealed class ArticlePairer(Aligner aligner, UnitMode units = UnitMode.Lines)
{
    /// <summary>Candidates checked by alignment per Hindi article.</summary>
    public int Candidates { get; init; } = 3;

    /// <summary>Smallest share of both texts that the alignment must pair.</summary>
    public double Threshold { get; init; } = 0.35;

    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Largest article read, in bytes; a larger one is a failure.</summary>
    public long MaxInputBytes { get; init; } = InputFile.DefaultMaxBytes;

    /// <summary>Pairs the given files; files that cannot be read or are in neither language go to <paramref name="failures"/>.</summary>
    public List<ArticleMatch> Pair(IReadOnlyList<string> files, List<UnpairedInput> failures, out List<string> unpairedEnglish)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var hindi = new List<Side>();
        var english = new List<Side>();
        foreach (var f in files)
        {
            Article article;
            try
            {
                article = ArticleLoader.Load(f, units, MaxInputBytes);
            }
            catch (InputException e)
            {
                failures.Add(new UnpairedInput(f, f, e.Reason));
                continue;
            }

            var script = article.Script;
            bool canBeHindi = ScriptComparison.CanBeHindi(script), canBeEnglish = ScriptComparison.CanBeEnglish(script);
            if (!canBeHindi && !canBeEnglish)
            {
                failures.Add(new UnpairedInput(f, f, "neither Hindi nor English by its script"));
                continue;
            }

            // A page that can be either side is reported, when left unpaired, on the side of its larger script.
            bool leansHindi = script.DevanagariShare >= script.LatinShare;
            int length = article.Units.Sum(u => u.Text.Length);
            if (canBeHindi)
            {
                hindi.Add(new Side(f, Signature(article, Language.Hindi, keys), length, script, !canBeEnglish || leansHindi));
            }

            if (canBeEnglish)
            {
                english.Add(new Side(f, Signature(article, Language.English, keys), length, script, !canBeHindi || !leansHindi));
            }
        }

        // Inverted index over the English articles.
        var postings = new Dictionary<int, List<int>>();
        for (int e = 0; e < english.Count; e++)
        {
            foreach (int k in english[e].Keys)
            {
                if (!postings.TryGetValue(k, out var list))
                {
                    list = [];
                    postings[k] = list;
                }

                list.Add(e);
            }
        }

        int maxDf = Math.Max(20, english.Count / 10);
        var candidates = new List<(int H, int E, double Index)>();
        var acc = new Dictionary<int, double>();
        for (int h = 0; h < hindi.Count; h++)
        {
            acc.Clear();
            foreach (int k in hindi[h].Keys)
            {
                if (!postings.TryGetValue(k, out var list) || list.Count > maxDf)
                {
                    continue;
                }

                double idf = Math.Log(1 + (double)english.Count / list.Count);
                foreach (int e in list)
                {
                    acc[e] = acc.GetValueOrDefault(e) + idf;
                }
            }

            // Only partners the scripts tell apart from this article: not itself, not another Hindi page.
            foreach (var (e, s) in acc
                .Where(kv => ScriptComparison.Decide(hindi[h].Script, english[kv.Key].Script) == PairOrder.AsGiven)
                .Select(kv => (E: kv.Key, S: kv.Value / Math.Sqrt(hindi[h].Keys.Length * (double)english[kv.Key].Keys.Length + 1)))
                .OrderByDescending(x => x.S).ThenBy(x => x.E).Take(Candidates))
            {
                candidates.Add((h, e, s));
            }
        }

        // Check each proposal by aligning it (in parallel; results land in their own slots).
        var coverage = new double[candidates.Count];
        Parallel.For(0, candidates.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Threads) }, c =>
        {
            var (h, e, _) = candidates[c];
            coverage[c] = Coverage(hindi[h].Path, english[e].Path);
        });

        var matches = new List<ArticleMatch>();
        var pathTaken = new HashSet<string>(StringComparer.Ordinal);
        foreach (int c in Enumerable.Range(0, candidates.Count)
            .OrderByDescending(c => coverage[c]).ThenByDescending(c => candidates[c].Index).ThenBy(c => c))
        {
            var (h, e, _) = candidates[c];
            // A page on both sides is taken once: as the Hindi of one pair or the English of another.
            if (coverage[c] < Threshold || pathTaken.Contains(hindi[h].Path) || pathTaken.Contains(english[e].Path))
            {
                continue;
            }

            pathTaken.Add(hindi[h].Path);
            pathTaken.Add(english[e].Path);
            matches.Add(new ArticleMatch(hindi[h].Path, english[e].Path, Math.Round(coverage[c], 4)));
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

    /// <summary>Confidence a bead needs to count as paired text when checking a proposal.</summary>
    public double SureBead { get; init; } = 0.9;

    /// <summary>Share of both texts (in characters) that the alignment of the two articles pairs with confidence.</summary>
    public double Coverage(string hindiPath, string englishPath)
    {
        try
        {
            var (hi, en) = PairLoader.LoadPair(hindiPath, englishPath, units, MaxInputBytes);
            var result = aligner.Align(hi, en);
            double paired = 0, total = 0;
            foreach (var b in result.Beads)
            {
                int chars = result.HindiText(b).Length + result.EnglishText(b).Length;
                total += chars;
                if (b.IsPair && b.Score >= SureBead)
                {
                    paired += chars;
                }
            }

            return total == 0 ? 0 : paired / total;
        }
        catch (InputException)
        {
            return 0;
        }
    }

    /// <summary>The interned anchor keys of a whole article, translated to English keys where a dictionary says how.</summary>
    private int[] Signature(Article article, Language language, Dictionary<string, int> keys)
    {
        var set = new HashSet<int>();
        foreach (var unit in aligner.Extractor.Analyze(article, language))
        {
            foreach (var a in unit.Anchors)
            {
                if (a.Kind == AnchorKind.Word)
                {
                    continue;
                }

                if (a.Kind == AnchorKind.Dictionary)
                {
                    if (language == Language.Hindi && aligner.Lexicon is { } lexicon)
                    {
                        foreach (var e in lexicon.TranslationKeys(a.Key))
                        {
                            set.Add(Intern(keys, e));
                        }
                    }
                    else if (language == Language.English)
                    {
                        set.Add(Intern(keys, a.Key));
                    }

                    continue;
                }

                // Hindi words have no capitals: their skeletons are all kept, and meet the English names'.
                set.Add(Intern(keys, a.Key));
            }

            if (language == Language.Hindi)
            {
                foreach (var a in unit.Anchors.Where(a => a.Kind == AnchorKind.Word))
                {
                    set.Add(Intern(keys, a.Key));
                }
            }
        }

        return [.. set.Order()];
    }

    /// <summary>An article as a candidate for one side; <paramref name="Reported"/> on this side when left unpaired.</summary>
    private sealed record Side(string Path, int[] Keys, int Length, ScriptProfile Script, bool Reported);

    private static int Intern(Dictionary<string, int> keys, string key)
    {
        if (!keys.TryGetValue(key, out int id))
        {
            id = keys.Count;
            keys[key] = id;
        }

        return id;
    }
}
