using System.Text;
using System.Text.RegularExpressions;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Files;

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

    /// <summary>A lexicon read from the stem cache: looked up in the cache's bytes, never copied into <see cref="_hindiToEnglish"/>.</summary>
    private StemTable? _table;

    /// <summary>Where it was read from, for messages.</summary>
    public string Source { get; private set; } = "(empty)";

    public int Count => _table?.Count ?? _hindiToEnglish.Count;

    public static Lexicon Empty { get; } = new();

    /// <summary>A new, empty lexicon to fill (learning).</summary>
    public static Lexicon Create(string source) => new() { Source = source };

    /// <summary>A copy to extend without changing this one (a lexicon is shared between threads).</summary>
    public Lexicon Copy(string source)
    {
        var copy = new Lexicon { Source = source };
        if (_table is not null)
        {
            for (int i = 0; i < _table.Count; i++)
            {
                copy._hindiToEnglish[_table.Key(i)] = new HashSet<string>(_table.Translations(i), StringComparer.Ordinal);
            }

            return copy;
        }

        foreach (var (h, set) in _hindiToEnglish)
        {
            copy._hindiToEnglish[h] = new HashSet<string>(set, StringComparer.Ordinal);
        }

        return copy;
    }

    /// <summary>
    /// <see cref="TranslationKeys"/> already asked for: filled per key on first use (the lexicon is
    /// complete by then; an article asks for a few dozen of its thousands of entries), only with
    /// keys that have translations, so it never holds more than the lexicon.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _keys = new(StringComparer.Ordinal);

    /// <summary>English stems that the Hindi stem translates; empty when none.</summary>
    public IReadOnlyCollection<string> Translations(string hindiStem) => Find(hindiStem) ?? [];

    /// <summary>The English stems of <paramref name="hindiStem"/>, or null when it has none.</summary>
    private IReadOnlyCollection<string>? Find(ReadOnlySpan<char> hindiStem)
    {
        if (_table is not null)
        {
            return _table.Find(hindiStem) is var i and >= 0 ? _table.Translations(i) : null;
        }

        return _hindiToEnglish.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(hindiStem, out var set) ? set : null;
    }

    /// <summary>
    /// The same as anchor keys: "d:" + Hindi stem to "d:" + English stems, sorted; made once per
    /// key on first use so that the aligner allocates nothing per lookup after that.
    /// </summary>
    public string[] TranslationKeys(string hindiKey)
    {
        if (_keys.TryGetValue(hindiKey, out var found))
        {
            return found;
        }

        if (!hindiKey.StartsWith("d:", StringComparison.Ordinal) || Find(hindiKey.AsSpan(2)) is not { } english)
        {
            return [];
        }

        // Made without LINQ: an article meets a few dozen keys the thread has not seen.
        var keys = new string[english.Count];
        int n = 0;
        foreach (string e in english)
        {
            keys[n++] = "d:" + e;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        return _keys.GetOrAdd(hindiKey, keys);
    }

    internal void Add(string hindiWord, string englishWord)
    {
        if (StopWords.Hindi.Contains(hindiWord) || IsEnglishStop(englishWord))
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
    /// FreeDict installs), a TSV lexicon (hindi, english, further columns ignored) or a hunalign
    /// dictionary ("english @ hindi" lines). No file is
    /// read past <paramref name="maxBytes"/>, the decompressed text of PATH.dict.dz included (a
    /// gzip bomb ends there); a missing, unreadable or too large file is an <see cref="InputException"/>
    /// naming it, a malformed TSV line a <see cref="FormatException"/> naming file and line.
    /// </summary>
    public static Lexicon Load(string path, long maxBytes = InputFile.DefaultMaxBytes)
    {
        if (path.EndsWith(".index", StringComparison.Ordinal))
        {
            string stem = path[..^".index".Length];
            string dz = stem + ".dict.dz";
            string plain = stem + ".dict";
            if (File.Exists(dz))
            {
                // Decompressed by its magic bytes (dictzip is gzip), within the limit.
                return ParseDictd(Encoding.UTF8.GetString(InputFile.ReadAllBytes(dz, maxBytes, TextOnly(dz))), dz);
            }

            if (File.Exists(plain))
            {
                return ParseDictd(Encoding.UTF8.GetString(InputFile.ReadAllBytes(plain, maxBytes, TextOnly(plain))), plain);
            }

            throw new InputException(InputErrorKind.NotFound, path, null, $"no {dz} or {plain} beside the index");
        }

        // A compressed lexicon (gzip, zstd, xz, bzip2) is decompressed by InputFile.
        byte[] bytes = InputFile.ReadAllBytes(path, maxBytes);
        string decoded = ArticleLoader.Decode(bytes, path);
        return IsHunalign(decoded) ? ParseHunalign(decoded, path) : ParseTsv(decoded, path);
    }

    /// <summary>
    /// True for a hunalign dictionary: no tab anywhere, and its first entry is "english @ hindi"
    /// (hunalign's own format, one pair per line, the target language first).
    /// </summary>
    private static bool IsHunalign(string text) =>
        !text.Contains('\t') && text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#')) is { } first
            && first.Contains(" @ ", StringComparison.Ordinal);

    /// <summary>Parses a hunalign dictionary: "english @ hindi" per line ('#' comments and blank lines skipped).</summary>
    public static Lexicon ParseHunalign(string text, string source)
    {
        var lex = new Lexicon { Source = source };
        int lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int at = line.IndexOf(" @ ", StringComparison.Ordinal);
            if (at < 0)
            {
                throw new FormatException($"{source}:{lineNo}: expected 'english @ hindi' (a hunalign dictionary)");
            }

            lex.Add(line[(at + 3)..].Trim(), line[..at].Trim());
        }

        return lex;
    }

    /// <summary>The files <see cref="Load"/> reads for <paramref name="path"/> (for a content hash): a dictd index and its dictionary, or the file itself.</summary>
    public static IReadOnlyList<string> FilesOf(string path)
    {
        if (!path.EndsWith(".index", StringComparison.Ordinal))
        {
            return [path];
        }

        string stem = path[..^".index".Length];
        return File.Exists(stem + ".dict.dz") ? [path, stem + ".dict.dz"] : [path, stem + ".dict"];
    }

    /// <summary>Stops reading at the first NUL byte: a dictionary is text (a bomb of zeros ends at once).</summary>
    private static InputFile.Inspector TextOnly(string source) => (read, start) =>
    {
        if (read[start..].Contains((byte)0))
        {
            throw new InputException(InputErrorKind.Binary, source, null, "contains a NUL byte: not a dictd dictionary (text)");
        }
    };

    private static readonly Lock InstalledLock = new();
    private static bool _installedLoaded;
    private static Lexicon? _installed;

    /// <summary>Version of the stem cache's content; bump when stemming, parsing or the file layout changes.</summary>
    private const string CacheVersion = "2";

    /// <summary>The first field of a stem cache's header line.</summary>
    private const string CacheMagic = "aligncorpus-stems";

    /// <summary>
    /// Loads a dictd dictionary through a cache of its stems: parsing and stemming FreeDict takes
    /// about 0.3 s, reading the stems back about 0.01 s, which is what keeps start-up short.
    /// The cache lives in $XDG_CACHE_HOME/aligncorpus (or ~/.cache/aligncorpus; a relative
    /// XDG_CACHE_HOME is ignored, as the XDG specification says), keyed by the dictionary's path,
    /// size and modification time; it is only a copy of what the installed dictionary gives on
    /// this machine, never part of the repository. Its header line holds the number of entries and
    /// a hash of the rest, and it is written atomically: an empty, truncated or altered cache is
    /// rebuilt, with one <paramref name="note"/>. A cache path that is not a regular file (a FIFO,
    /// a folder) is never opened, and a cache that cannot be written is skipped, each with a note.
    /// </summary>
    public static Lexicon LoadCached(string indexPath, Action<string>? note = null) =>
        LoadCached(indexPath, CacheRoot(), note);

    /// <summary><see cref="LoadCached(string, Action{string}?)"/> with the cache under <paramref name="cacheRoot"/> (null: no cache).</summary>
    internal static Lexicon LoadCached(string indexPath, string? cacheRoot, Action<string>? note)
    {
        string? cache = cacheRoot is null ? null : CachePath(indexPath, cacheRoot);
        bool writable = cache is not null;
        if (cache is not null && FileNode.Of(cache, followLinks: true, out _) is { } node)
        {
            if (!node.IsRegular)
            {
                note?.Invoke($"the stem cache {cache} is {FileNode.Describe(node.Kind)}, not a regular file; not used");
                writable = false;
            }
            else
            {
                string? problem;
                try
                {
                    var cached = ReadStems(InputFile.ReadAllBytes(cache), indexPath, out problem);
                    if (cached is not null)
                    {
                        return cached;
                    }
                }
                catch (InputException e)
                {
                    problem = e.Reason;
                }

                note?.Invoke($"the stem cache {cache} is damaged ({problem}); rebuilt");
            }
        }

        var lex = Load(indexPath);
        if (cache is not null && writable)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
                var body = new StringWriter { NewLine = "\n" };
                lex.WriteStems(body);
                string text = body.ToString();
                ulong hash = System.IO.Hashing.XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(text));
                Files.AtomicFile.WriteText(cache, w =>
                {
                    w.Write($"{CacheMagic}\t{CacheVersion}\t{lex.Count}\t{hash:x16}\n");
                    w.Write(text);
                });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                note?.Invoke($"cannot write the stem cache {cache} ({e.Message}); running without it");
            }
        }

        return lex;
    }

    /// <summary>$XDG_CACHE_HOME when it is an absolute path, else ~/.cache; null when there is no home.</summary>
    internal static string? CacheRoot()
    {
        string? root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(root) && Path.IsPathFullyQualified(root))
        {
            return root;
        }

        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) || !Path.IsPathFullyQualified(home) ? null : Path.Combine(home, ".cache");
    }

    private static string? CachePath(string indexPath, string root)
    {
        string stem = indexPath.EndsWith(".index", StringComparison.Ordinal) ? indexPath[..^".index".Length] : indexPath;
        string data = File.Exists(stem + ".dict.dz") ? stem + ".dict.dz" : stem + ".dict";
        if (!File.Exists(data))
        {
            return null;
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

    /// <summary>The cached stems, or null with the <paramref name="problem"/> when the header does not match the content.</summary>
    private static Lexicon? ReadStems(byte[] bytes, string source, out string? problem)
    {
        int eol = bytes.AsSpan().IndexOf((byte)'\n');
        if (bytes.Length == 0 || eol < 0)
        {
            problem = bytes.Length == 0 ? "empty" : "no header line";
            return null;
        }

        var header = Encoding.UTF8.GetString(bytes, 0, eol).Split('\t');
        var body = bytes.AsSpan(eol + 1);
        if (header.Length != 4 || header[0] != CacheMagic || header[1] != CacheVersion
            || !int.TryParse(header[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count)
            || !ulong.TryParse(header[3], System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out ulong hash))
        {
            problem = "not a stem cache of this version";
            return null;
        }

        if (System.IO.Hashing.XxHash64.HashToUInt64(body) != hash)
        {
            problem = "its content does not match the hash in its header: truncated or altered";
            return null;
        }

        var table = StemTable.Read(bytes, eol + 1, out problem);
        if (table is null)
        {
            return null;
        }

        if (table.Count != count)
        {
            problem = $"{table.Count} entries where its header says {count}";
            return null;
        }

        problem = null;
        return new Lexicon { Source = source, _table = table };
    }

    /// <summary>
    /// The installed FreeDict dictionary, or null when it is not installed. Read once per process:
    /// a lexicon cannot be changed after loading, so one instance serves every aligner and thread.
    /// </summary>
    /// <param name="note">Receives the stem cache's notes (see <see cref="LoadCached(string, Action{string}?)"/>) on the first call.</param>
    public static Lexicon? LoadInstalled(Action<string>? note = null)
    {
        lock (InstalledLock)
        {
            if (!_installedLoaded)
            {
                _installed = File.Exists(FreeDictIndex) ? LoadCached(FreeDictIndex, note) : null;
                _installedLoaded = true;
            }

            return _installed;
        }
    }

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
                        bool hindi = word.All(c => c >= '\u0900' && c <= '\u097F') && !StopWords.Hindi.Contains(word);
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

    private static bool IsEnglishStop(string w) => StopWords.English.Contains(w.ToLowerInvariant());
}
