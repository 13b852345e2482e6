using System.Reflection;
using AlignCorpus.Core.Analysis;

namespace AlignCorpus.Core.Anchors;

/// <summary>
/// Concepts that news repeats (countries, cities, institutions, titles, months, weekdays), each
/// with its Hindi and English variants (phrases of up to three words). A phrase found in a unit
/// becomes an anchor keyed by its concept, so अमेरिका, संयुक्त राज्य and U.S. all meet.
/// The data is the embedded resource Resources/gazetteer.tsv, or a file in the same format.
/// </summary>
public sealed class Gazetteer
{
    public const int MaxPhraseWords = 3;

    private readonly Dictionary<string, int> _hindi = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _english = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _englishExact = new(StringComparer.Ordinal);
    private readonly HashSet<int> _calendar = [];
    private readonly HashSet<string> _hindiStarts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _englishStarts = new(StringComparer.OrdinalIgnoreCase);

    private Gazetteer()
    {
    }

    /// <summary>The built-in gazetteer.</summary>
    public static Gazetteer Default { get; } = Parse(ReadResource("gazetteer.tsv"), "gazetteer.tsv");

    /// <summary>An empty gazetteer (for ablation).</summary>
    public static Gazetteer Empty { get; } = new();

    public int Count { get; private set; }

    /// <summary>Which gazetteer this is, for provenance: its source, a content hash and its size ("gazetteer.tsv xxh64:… 412 concepts").</summary>
    public string Version { get; private set; } = "none";

    public static Gazetteer Parse(string text, string source)
    {
        var g = new Gazetteer
        {
            Version = $"{source} xxh64:{System.IO.Hashing.XxHash64.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(text)):x16}",
        };
        int lineNo = 0;
        bool calendar = false;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            string line = raw.TrimEnd('\r');
            if (line.StartsWith('#'))
            {
                // "# --- name" opens a section; months and weekdays are dates.
                if (line.StartsWith("# ---", StringComparison.Ordinal))
                {
                    calendar = line.Contains("months", StringComparison.Ordinal) || line.Contains("weekdays", StringComparison.Ordinal);
                }

                continue;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != 2)
            {
                throw new FormatException($"{source}:{lineNo}: expected 'hindi variants<TAB>english variants'");
            }

            int id = ++g.Count;
            if (calendar)
            {
                g._calendar.Add(id);
            }

            foreach (var v in cols[0].Split('|'))
            {
                string key = HindiKey(v);
                g._hindi[key] = id;
                if (key.Contains(' '))
                {
                    g._hindiStarts.Add(key[..key.IndexOf(' ')]);
                }
            }

            foreach (var v in cols[1].Split('|'))
            {
                // A variant with capitals (an acronym: US, UN, EU) matches only in capitals, so
                // the pronoun "us" is not the United States; others match in any case.
                if (v.Contains(' '))
                {
                    g._englishStarts.Add(v[..v.IndexOf(' ')].Replace(".", string.Empty));
                }

                if (v.Any(char.IsUpper))
                {
                    g._englishExact[EnglishKey(v, lower: false)] = id;
                }
                else
                {
                    g._english[EnglishKey(v)] = id;
                }
            }
        }

        g.Version += $" {g.Count} concepts";
        return g;
    }

    /// <summary>True when some variant of two or more words starts with this word (normal form for Hindi).</summary>
    public bool StartsPhrase(string word, bool hindi) => hindi ? _hindiStarts.Contains(word) : _englishStarts.Contains(word);

    /// <summary>The concept of a Hindi phrase (words joined by a space), or 0.</summary>
    public int FindHindi(string phrase) => _hindi.GetValueOrDefault(phrase);

    /// <summary>
    /// The concept of an English phrase (words as written, joined by a space), or 0. Months and
    /// weekdays must be capitalised (the verb "may", "march" are no months).
    /// </summary>
    public int FindEnglish(string phrase)
    {
        if (_englishExact.TryGetValue(EnglishKey(phrase, lower: false), out int exact))
        {
            return exact;
        }

        int id = _english.GetValueOrDefault(EnglishKey(phrase));
        return id != 0 && _calendar.Contains(id) && !char.IsUpper(phrase[0]) ? 0 : id;
    }

    /// <summary>
    /// <see cref="FindHindi(string)"/> of a phrase held in a span: the analyser joins a phrase's
    /// words into a buffer of its own, without a string per candidate.
    /// </summary>
    public int FindHindi(ReadOnlySpan<char> phrase) =>
        _hindi.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(phrase, out int id) ? id : 0;

    /// <summary>
    /// <see cref="FindEnglish(string)"/> of a phrase held in a span (words separated by one space,
    /// none empty, as the analyser joins them): its keys are made in buffers, as
    /// <see cref="EnglishKey"/> makes them (dots dropped, lower case in the invariant culture).
    /// </summary>
    public int FindEnglish(ReadOnlySpan<char> phrase)
    {
        if (phrase.IsEmpty)
        {
            return FindEnglish(string.Empty);
        }

        Span<char> exact = phrase.Length <= 128 ? stackalloc char[phrase.Length] : new char[phrase.Length];
        int n = 0;
        foreach (char c in phrase)
        {
            if (c != '.')
            {
                exact[n++] = c;
            }
        }

        exact = exact[..n];
        if (_englishExact.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(exact, out int found))
        {
            return found;
        }

        Span<char> lower = n <= 128 ? stackalloc char[n] : new char[n];
        exact.ToLowerInvariant(lower);
        int id = _english.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out found) ? found : 0;
        return id != 0 && _calendar.Contains(id) && !char.IsUpper(phrase[0]) ? 0 : id;
    }

    /// <summary>True for months and weekdays (dates), false for entities.</summary>
    public bool IsCalendar(int concept) => _calendar.Contains(concept);

    /// <summary>Normal form of a Hindi variant: words in Lucene's normal form, joined by a space.</summary>
    public static string HindiKey(string phrase) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Stemmer.HindiNormal(w)));

    /// <summary>Normal form of an English variant: lower case, dots dropped (U.S. = us), words joined by a space.</summary>
    public static string EnglishKey(string phrase, bool lower = true) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w =>
        {
            string k = w.Replace(".", string.Empty);
            return lower ? k.ToLowerInvariant() : k;
        }));

    private static string ReadResource(string name)
    {
        var asm = Assembly.GetExecutingAssembly();
        using var stream = asm.GetManifestResourceStream("AlignCorpus.Core.Resources." + name)
            ?? throw new InvalidOperationException("missing resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
