using System.Globalization;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Corpus;

/// <summary>One learned word pair: surface forms (the most frequent of each stem), Dice and count.</summary>
public sealed record LearnedPair(string Hindi, string English, double Dice, int Count);

/// <summary>
/// Learns word translations from a corpus's own confident alignments (Moore's idea): the 1-1 pairs
/// scored at least <see cref="MinBeadScore"/> are bags of content-word stems on each side; a Hindi
/// and an English stem that occur together in many of them get a high Dice coefficient,
/// 2·c(h,e) / (c(h) + c(e)). Pairs seen at least <see cref="MinCount"/> times with Dice at least
/// <see cref="MinDice"/> are kept, at most <see cref="PerWord"/> per Hindi stem. Counting is bounded:
/// past <see cref="MaxPairs"/> distinct co-occurrences, those seen once are dropped.
/// </summary>
public sealed class LexiconLearner
{
    private readonly Dictionary<string, int> _hindiCount = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _englishCount = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), int> _pairCount = [];
    private readonly Dictionary<string, Dictionary<string, int>> _surfaces = new(StringComparer.Ordinal);
    private readonly List<Token> _tokens = [];

    public double MinBeadScore { get; init; } = 0.9;

    public int MinCount { get; init; } = 3;

    public double MinDice { get; init; } = 0.3;

    public int PerWord { get; init; } = 3;

    public int MaxPairs { get; init; } = 4_000_000;

    /// <summary>Confident 1-1 pairs observed so far.</summary>
    public int Pairs { get; private set; }

    /// <summary>Takes the confident 1-1 pairs of an alignment. Not thread-safe: call from one thread.</summary>
    public void Observe(AlignmentResult result)
    {
        foreach (var b in result.Beads)
        {
            if (b.HindiCount != 1 || b.EnglishCount != 1 || b.Score < MinBeadScore)
            {
                continue;
            }

            var hi = Stems(result.Hindi.Units[b.HindiStart].Text, hindi: true);
            var en = Stems(result.English.Units[b.EnglishStart].Text, hindi: false);
            if (hi.Count == 0 || en.Count == 0)
            {
                continue;
            }

            Pairs++;
            foreach (var h in hi)
            {
                _hindiCount[h] = _hindiCount.GetValueOrDefault(h) + 1;
            }

            foreach (var e in en)
            {
                _englishCount[e] = _englishCount.GetValueOrDefault(e) + 1;
            }

            foreach (var h in hi)
            {
                foreach (var e in en)
                {
                    _pairCount[(h, e)] = _pairCount.GetValueOrDefault((h, e)) + 1;
                }
            }

            if (_pairCount.Count > MaxPairs)
            {
                foreach (var k in _pairCount.Where(kv => kv.Value == 1).Select(kv => kv.Key).ToList())
                {
                    _pairCount.Remove(k);
                }
            }
        }
    }

    /// <summary>The learned pairs, best first per Hindi word, sorted by Hindi word.</summary>
    public List<LearnedPair> Learn()
    {
        var result = new List<LearnedPair>();
        foreach (var group in _pairCount
            .Where(kv => kv.Value >= MinCount)
            .Select(kv => (H: kv.Key.Item1, E: kv.Key.Item2, C: kv.Value, Dice: 2.0 * kv.Value / (_hindiCount[kv.Key.Item1] + _englishCount[kv.Key.Item2])))
            .Where(x => x.Dice >= MinDice)
            .GroupBy(x => x.H))
        {
            foreach (var x in group.OrderByDescending(x => x.Dice).ThenBy(x => x.E, StringComparer.Ordinal).Take(PerWord))
            {
                result.Add(new LearnedPair(Surface(x.H), Surface(x.E), Math.Round(x.Dice, 4), x.C));
            }
        }

        return result.OrderBy(p => p.Hindi, StringComparer.Ordinal).ThenByDescending(p => p.Dice).ThenBy(p => p.English, StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes the pairs as a TSV lexicon that <see cref="Lexicon.Load"/> (and --dictionary) reads.</summary>
    public static void Write(IEnumerable<LearnedPair> pairs, TextWriter w)
    {
        w.Write("hi\ten\tdice\tcount\n");
        foreach (var p in pairs)
        {
            w.Write(string.Create(CultureInfo.InvariantCulture, $"{p.Hindi}\t{p.English}\t{p.Dice:0.0000}\t{p.Count}\n"));
        }
    }

    /// <summary>The learned pairs as a lexicon, merged into <paramref name="baseLexicon"/> when given.</summary>
    public static Lexicon ToLexicon(IEnumerable<LearnedPair> pairs, Lexicon? baseLexicon)
    {
        var lex = baseLexicon?.Copy("learned") ?? Lexicon.Create("learned");
        foreach (var p in pairs)
        {
            lex.Add(p.Hindi, p.English);
        }

        return lex;
    }

    private HashSet<string> Stems(string text, bool hindi)
    {
        Tokenizer.Tokenize(text, _tokens);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in _tokens)
        {
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            var span = t.In(text);
            string word = span.ToString();
            if (hindi)
            {
                if (span[0] < '\u0900' || span[0] > '\u097F' || StopWords.Hindi.Contains(word))
                {
                    continue;
                }
            }
            else if (!char.IsAsciiLetter(span[0]) || StopWords.English.Contains(word.ToLowerInvariant()) || word.Length < 3)
            {
                continue;
            }

            string stem = (hindi ? "h:" : "e:") + (hindi ? Stemmer.Hindi(span) : Stemmer.English(span));
            if (stem.Length < 4)
            {
                continue;
            }

            set.Add(stem);
            if (!_surfaces.TryGetValue(stem, out var forms))
            {
                forms = new Dictionary<string, int>(StringComparer.Ordinal);
                _surfaces[stem] = forms;
            }

            string form = hindi ? word : word.ToLowerInvariant();
            forms[form] = forms.GetValueOrDefault(form) + 1;
        }

        return set;
    }

    private string Surface(string stem) =>
        _surfaces[stem].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
}
