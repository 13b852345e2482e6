using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using AlignCorpus.Core.Analysis;
using Lucene.Net.Analysis.Hi;

namespace AlignCorpus.Core.Anchors;

/// <summary>
/// A bilingual word list: Hindi stems to the English stems they translate (both stemmed by
/// <see cref="Stemmer"/>). Read from the FreeDict English-Hindi dictionary where it is installed
/// (GPL: read in place, never copied into this repository), or from a TSV file
/// (<c>hindi&lt;TAB&gt;english</c> per line) such as a lexicon learned from a corpus.
/// </summary>
public sealed partial class Lexicon
{
    /// <summary>Where Debian's dict-freedict-eng-hin installs the dictionary.</summary>
    public const string FreeDictIndex = "/usr/share/dictd/freedict-eng-hin.index";

    private readonly Dictionary<string, HashSet<string>> _hindiToEnglish = new(StringComparer.Ordinal);

    /// <summary>Where it was read from, for messages.</summary>
    public string Source { get; private set; } = "(empty)";

    public int Count => _hindiToEnglish.Count;

    public static Lexicon Empty { get; } = new();

    /// <summary>A new, empty lexicon to fill (learning).</summary>
    public static Lexicon Create(string source) => new() { Source = source };

    /// <summary>A copy to extend without changing this one (a lexicon is shared between threads).</summary>
    public Lexicon Copy(string source)
    {
        var copy = new Lexicon { Source = source };
        foreach (var (h, set) in _hindiToEnglish)
        {
            copy._hindiToEnglish[h] = new HashSet<string>(set, StringComparer.Ordinal);
        }

        return copy;
    }

    private Dictionary<string, string[]>? _keys;

    /// <summary>English stems that the Hindi stem translates; empty when none.</summary>
    public IReadOnlyCollection<string> Translations(string hindiStem) =>
        _hindiToEnglish.TryGetValue(hindiStem, out var set) ? set : [];

    /// <summary>
    /// The same as anchor keys: "d:" + Hindi stem to "d:" + English stems, sorted; built once on
    /// first use (the lexicon is complete by then) so that the aligner allocates nothing per lookup.
    /// </summary>
    public string[] TranslationKeys(string hindiKey)
    {
        var keys = _keys ??= _hindiToEnglish.ToDictionary(
            kv => "d:" + kv.Key,
            kv => kv.Value.Select(e => "d:" + e).Order(StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
        return keys.TryGetValue(hindiKey, out var found) ? found : [];
    }

    internal void Add(string hindiWord, string englishWord)
    {
        if (HindiAnalyzer.DefaultStopSet.Contains(hindiWord) || IsEnglishStop(englishWord))
        {
            return;
        }

        AddStems(Stemmer.Hindi(hindiWord), Stemmer.English(englishWord));
    }

    private void AddStems(string h, string e)
    {
        if (h.Length < 2 || e.Length < 2)
        {
            return;
        }

        if (!_hindiToEnglish.TryGetValue(h, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _hindiToEnglish[h] = set;
        }

        set.Add(e);
    }

    /// <summary>
    /// Reads a dictionary: a dictd pair (PATH.index with PATH.dict.dz or PATH.dict beside it, as
    /// FreeDict installs) or a TSV lexicon (hindi, english, further columns ignored).
    /// </summary>
    public static Lexicon Load(string path)
    {
        if (path.EndsWith(".index", StringComparison.Ordinal))
        {
            string stem = path[..^".index".Length];
            string dz = stem + ".dict.dz";
            string plain = stem + ".dict";
            if (File.Exists(dz))
            {
                using var gz = new GZipStream(File.OpenRead(dz), CompressionMode.Decompress);
                using var reader = new StreamReader(gz, Encoding.UTF8);
                return ParseDictd(reader.ReadToEnd(), dz);
            }

            if (File.Exists(plain))
            {
                return ParseDictd(File.ReadAllText(plain, Encoding.UTF8), plain);
            }

            throw new FileNotFoundException($"{path}: no {dz} or {plain} beside the index");
        }

        return ParseTsv(File.ReadAllText(path, Encoding.UTF8), path);
    }

    private static readonly Lazy<Lexicon?> Installed = new(() => File.Exists(FreeDictIndex) ? LoadCached(FreeDictIndex) : null);

    /// <summary>Version of the stem cache's content; bump when stemming or parsing changes.</summary>
    private const string CacheVersion = "1";

    /// <summary>
    /// Loads a dictd dictionary through a cache of its stems: parsing and stemming FreeDict takes
    /// about 0.3 s, reading the stems back about 0.01 s, which is what keeps start-up short.
    /// The cache lives in $XDG_CACHE_HOME/aligncorpus (or ~/.cache/aligncorpus), keyed by the
    /// dictionary's path, size and modification time; it is only a copy of what the installed
    /// dictionary gives on this machine, never part of the repository. Any problem with the
    /// cache falls back to parsing.
    /// </summary>
    public static Lexicon LoadCached(string indexPath)
    {
        string? cache = CachePath(indexPath);
        if (cache is not null && File.Exists(cache))
        {
            try
            {
                return ReadStems(File.ReadAllText(cache, Encoding.UTF8), indexPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
            }
        }

        var lex = Load(indexPath);
        if (cache is not null)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
                Writing.AtomicFile.WriteText(cache, lex.WriteStems);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }

        return lex;
    }

    private static string? CachePath(string indexPath)
    {
        string stem = indexPath.EndsWith(".index", StringComparison.Ordinal) ? indexPath[..^".index".Length] : indexPath;
        string data = File.Exists(stem + ".dict.dz") ? stem + ".dict.dz" : stem + ".dict";
        if (!File.Exists(data))
        {
            return null;
        }

        string? root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(root))
        {
            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (string.IsNullOrEmpty(home))
            {
                return null;
            }

            root = Path.Combine(home, ".cache");
        }

        var info = new FileInfo(data);
        string key = $"{Path.GetFullPath(data)}|{info.Length}|{info.LastWriteTimeUtc.Ticks}|{CacheVersion}";
        ulong hash = System.IO.Hashing.XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(key));
        return Path.Combine(root, "aligncorpus", $"lexicon-{hash:x16}.tsv");
    }

    private void WriteStems(TextWriter w)
    {
        foreach (var (h, set) in _hindiToEnglish.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(h);
            foreach (var e in set.Order(StringComparer.Ordinal))
            {
                w.Write('\t');
                w.Write(e);
            }

            w.Write('\n');
        }
    }

    private static Lexicon ReadStems(string text, string source)
    {
        var lex = new Lexicon { Source = source };
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 2)
            {
                throw new FormatException("bad cache line");
            }

            lex._hindiToEnglish[cols[0]] = new HashSet<string>(cols.Skip(1), StringComparer.Ordinal);
        }

        return lex;
    }

    /// <summary>
    /// The installed FreeDict dictionary, or null when it is not installed. Read once per process:
    /// a lexicon cannot be changed after loading, so one instance serves every aligner and thread.
    /// </summary>
    public static Lexicon? LoadInstalled() => Installed.Value;

    [GeneratedRegex(@"^\d+\.\s+(.*)$")]
    private static partial Regex SenseLine();

    [GeneratedRegex(@"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)")]
    private static partial Regex Annotation();

    /// <summary>
    /// Parses FreeDict's dictd text: a headword line "word /ipa/ &lt;POS&gt;", then numbered senses
    /// "1. हिंदी~शब्द, दूसरा" (~ joins a phrase; {...} and [...] are notes), then quoted examples.
    /// Every content word of a sense is paired with the headword.
    /// </summary>
    public static Lexicon ParseDictd(string text, string source)
    {
        var lex = new Lexicon { Source = source };
        string? headStem = null;
        var hindiStems = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            if (raw.Length == 0 || raw[0] == ' ')
            {
                // Example sentences are indented.
                continue;
            }

            if (!char.IsDigit(raw[0]))
            {
                int cut = raw.IndexOfAny(['/', '<']);
                string h = (cut > 0 ? raw[..cut] : raw).Trim();
                bool word = h.Length > 0 && !h.Contains(' ') && h.All(c => char.IsAsciiLetter(c) || c == '-') && !IsEnglishStop(h);
                headStem = word ? Stemmer.English(h) : null;
                continue;
            }

            var m = SenseLine().Match(raw);
            if (headStem is null || !m.Success)
            {
                continue;
            }

            string sense = Annotation().Replace(m.Groups[1].Value, " ");
            foreach (var alt in sense.Split([',', ';', '/'], StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var word in alt.Split(['~', ' '], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!hindiStems.TryGetValue(word, out var stem))
                    {
                        bool hindi = word.All(c => c >= '\u0900' && c <= '\u097F') && !HindiAnalyzer.DefaultStopSet.Contains(word);
                        stem = hindi ? Stemmer.Hindi(word) : null;
                        hindiStems[word] = stem;
                    }

                    if (stem is not null)
                    {
                        lex.AddStems(stem, headStem);
                    }
                }
            }
        }

        lex.DropGenericWords();
        return lex;
    }

    /// <summary>
    /// Hindi stems that translate very many headwords are light verbs and function words of
    /// phrases (करना, होना, वाला): as anchors they would match everything.
    /// </summary>
    private void DropGenericWords(int maxTranslations = 25)
    {
        foreach (var key in _hindiToEnglish.Where(kv => kv.Value.Count > maxTranslations).Select(kv => kv.Key).ToList())
        {
            _hindiToEnglish.Remove(key);
        }
    }

    /// <summary>Parses a TSV lexicon: hindi, a tab, english; '#' comments and a "hi\ten" header skipped.</summary>
    public static Lexicon ParseTsv(string text, string source)
    {
        var lex = new Lexicon { Source = source };
        int lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || (lineNo == 1 && line.StartsWith("hi\ten", StringComparison.Ordinal)))
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 2)
            {
                throw new FormatException($"{source}:{lineNo}: expected 'hindi<TAB>english'");
            }

            lex.Add(cols[0].Trim(), cols[1].Trim());
        }

        return lex;
    }

    private static bool IsEnglishStop(string w) => Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet.Contains(w.ToLowerInvariant());
}
