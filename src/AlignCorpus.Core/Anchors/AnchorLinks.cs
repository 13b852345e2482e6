using System.Runtime.InteropServices;
using AlignCorpus.Core.Analysis;

namespace AlignCorpus.Core.Anchors;

/// <summary>
/// The anchors of both articles of a pair, each linked to the units of the other article that
/// hold a matching anchor. Built once per article pair, before alignment: the aligner then only
/// checks whether a linked unit falls inside a bead.
/// </summary>
public sealed class AnchorLinks
{
    private AnchorLinks(LinkedAnchor[][] hindi, LinkedAnchor[][] english)
    {
        Hindi = hindi;
        English = english;
    }

    /// <summary>Per Hindi unit, its linked anchors.</summary>
    public LinkedAnchor[][] Hindi { get; }

    /// <summary>Per English unit, its linked anchors.</summary>
    public LinkedAnchor[][] English { get; }

    /// <summary>
    /// An anchor found in more units than this on the other side says too little about where a
    /// paragraph belongs (its weight would be under 1/8 of a unique one's) and is left out; this
    /// also keeps linking linear in long documents.
    /// </summary>
    public const int MaxPartners = 64;

    /// <summary>
    /// Links the anchors of a Hindi and an English article; when <paramref name="record"/> is not
    /// null, it receives which English keys each Hindi key matched, for <see cref="Within"/>.
    /// </summary>
    public static AnchorLinks Build(UnitFeatures[] hindi, UnitFeatures[] english, Lexicon? lexicon = null, KeyMatches? record = null) =>
        Run(hindi, english, lexicon, null, record);

    /// <summary>
    /// Links units that lie inside a document already linked (the sentences of a paragraph pair)
    /// with the matches found for the whole document: a Hindi key matches the English keys it
    /// matched there that occur here. No dictionary lookup and no fuzzy search is repeated.
    /// </summary>
    public static AnchorLinks Within(UnitFeatures[] hindi, UnitFeatures[] english, KeyMatches known) =>
        Run(hindi, english, null, known, null);

    private static AnchorLinks Run(UnitFeatures[] hindi, UnitFeatures[] english, Lexicon? lexicon, KeyMatches? known, KeyMatches? record)
    {
        // Sentence alignment links a few units at a time, many times per article: it gets maps of
        // its own, so that clearing them does not cost the capacity a whole article gave them.
        var scratch = hindi.Length + english.Length <= SmallInput ? _smallScratch ??= new Scratch() : _scratch ??= new Scratch();
        try
        {
            var links = Link(hindi, english, lexicon, known, scratch);
            if (record is not null)
            {
                // The matches and the English keys' numbers change hands instead of being
                // copied: the scratch takes the record's old maps, emptied on reset.
                (scratch.MatchCache, scratch.EnKeys) = record.Swap(scratch.MatchCache, scratch.EnKeys);
            }

            return links;
        }
        finally
        {
            scratch.Reset();
        }
    }

    private static AnchorLinks Link(UnitFeatures[] hindi, UnitFeatures[] english, Lexicon? lexicon, KeyMatches? known, Scratch scratch)
    {
        // English key -> its number, the place of its record (its units, kind, the Hindi units
        // linked to it): one look-up per anchor instead of one per map; one-deletion variants for
        // fuzzy lookup. Inside a linked document the document's numbers serve: a Hindi key's
        // recorded matches then need no look-up of their own.
        var enKeys = scratch.EnKeys;
        var enAnchorKeys = scratch.AnchorKeys;
        for (int j = 0; j < english.Length; j++)
        {
            foreach (var a in english[j].Anchors)
            {
                EnglishKey e;
                bool exists;
                if (known is null)
                {
                    // One look-up whether the key is new or not.
                    ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(enKeys, a.Key, out exists);
                    if (exists)
                    {
                        e = scratch.Record(id);
                    }
                    else
                    {
                        e = scratch.Key(a.Kind);
                        id = e.Id;
                        if (a.Key.StartsWith("d:", StringComparison.Ordinal))
                        {
                            scratch.AddStem(a.Key);
                        }
                    }
                }
                else if (known.TryGetEnglish(a.Key, out int id))
                {
                    ref var slot = ref scratch.Within(id, known.EnglishCount);
                    exists = slot is not null;
                    e = slot ??= scratch.Key(a.Kind);
                }
                else
                {
                    // Not a key of the document's: no recorded match names it.
                    exists = false;
                    e = scratch.Key(a.Kind);
                }

                if (exists && a.Kind == AnchorKind.Name)
                {
                    e.Kind = AnchorKind.Name;
                }

                // Each English anchor's record, in order: the English pass below needs no look-up.
                enAnchorKeys.Add(e);

                if (e.Units.Count == 0 || e.Units[^1] != j)
                {
                    e.Units.Add(j);
                }
            }
        }

        // One-deletion variant -> the English key (or keys) it comes from; a list only on collision.
        // Keyed by the variant's hash (precomputed per key, kept per process): a collision only
        // proposes a key that Match's closeness check then refuses.
        var variants = scratch.Variants;
        var englishHashes = scratch.EnglishHashes;
        if (known is null)
        {
            foreach (var key in enKeys.Keys)
            {
                if (IsFuzzyKey(key))
                {
                    var hashes = DeletionHashes(key);
                    for (int i = 0; i < key.Length; i++)
                    {
                        AddKey(variants, hashes[i], key);
                    }

                    englishHashes.Add(hashes[key.Length]);
                }
                else if (key.Length == 3 && key[0] is not ('#' or '_') && key[1] != ':')
                {
                    // Numbers and prefixed keys ("d:", "g:" ..., most of a page's) are no fuzzy
                    // match, whatever deletion equals them (Match refuses them): not hashed.
                    englishHashes.Add(Hash(key));
                }
            }
        }

        // Hindi key -> the English keys it matches (exact first), cached: keys repeat. Inside a
        // linked document, the document's record is the cache.
        var matchCache = scratch.MatchCache;
        var hiLinks = new LinkedAnchor[hindi.Length][];
        var partners = scratch.Partners;
        var linked = scratch.Linked;
        var matchedKeys = scratch.MatchedKeys;
        for (int i = 0; i < hindi.Length; i++)
        {
            var anchors = hindi[i].Anchors;
            linked.Clear();
            for (int a = 0; a < anchors.Length; a++)
            {
                var anchor = anchors[a];
                (int[] Ids, bool Fuzzy) match;
                if (known is not null)
                {
                    match = known.Of(anchor.Key);
                }
                else
                {
                    ref var cached = ref CollectionsMarshal.GetValueRefOrAddDefault(matchCache, anchor.Key, out bool seen);
                    if (!seen)
                    {
                        cached = anchor.Kind == AnchorKind.Dictionary ? (Translate(scratch.TranslationKeys(anchor.Key, lexicon), enKeys, scratch), false)
                            : Match(anchor.Key, enKeys, variants, englishHashes, scratch);
                    }

                    match = cached;
                }

                partners.Clear();
                matchedKeys.Clear();
                var kind = anchor.Kind;
                int total = 0;
                foreach (int id in match.Ids)
                {
                    // Inside a linked document, only the matched keys that occur here.
                    var e = known is null ? scratch.Record(id) : scratch.WithinOrNull(id);
                    if (e is not null)
                    {
                        matchedKeys.Add(e);
                        total += e.Units.Count;
                    }
                }

                // None of its matched keys here: an unmatched key, exact.
                bool fuzzy = matchedKeys.Count > 0 && match.Fuzzy;

                if (total > MaxPartners)
                {
                    // Too common to place a paragraph (and, in a long document, quadratic to keep);
                    // its English keys are left out too, not counted as names nobody translated.
                    foreach (var e in matchedKeys)
                    {
                        e.Common = true;
                    }

                    continue;
                }

                foreach (var e in matchedKeys)
                {
                    partners.AddRange(e.Units);
                    if (e.Kind == AnchorKind.Name && kind == AnchorKind.Word)
                    {
                        kind = AnchorKind.Name;
                    }

                    var back = e.Back;
                    if (back.Count == 0 || back[^1] != i)
                    {
                        back.Add(i);
                    }

                    e.Fuzzy = e.Linked ? e.Fuzzy && fuzzy : fuzzy;
                    e.Linked = true;
                }

                if (partners.Count > 0 || !CanOnlyMatch(kind))
                {
                    // One English key: its units are already in order, each once.
                    var sorted = matchedKeys.Count == 1 ? matchedKeys[0].Partners() : SortedDistinct(partners);
                    linked.Add(new LinkedAnchor(anchors, a, kind, sorted, fuzzy));
                }
            }

            hiLinks[i] = [.. linked];
        }

        var enLinks = new LinkedAnchor[english.Length][];
        int next = 0;
        for (int j = 0; j < english.Length; j++)
        {
            var anchors = english[j].Anchors;
            linked.Clear();
            for (int a = 0; a < anchors.Length; a++)
            {
                var anchor = anchors[a];
                var e = enAnchorKeys[next++];
                if (e.Back.Count > MaxPartners || e.Common)
                {
                    continue;
                }

                int[] back = e.LinkedUnits();
                if (back.Length > 0 || !CanOnlyMatch(anchor.Kind))
                {
                    linked.Add(new LinkedAnchor(anchors, a, anchor.Kind, back, e.Linked && e.Fuzzy));
                }
            }

            enLinks[j] = [.. linked];
        }

        return new AnchorLinks(hiLinks, enLinks);
    }

    /// <summary>What linking knows of one English key of the article pair.</summary>
    internal sealed class EnglishKey(int id)
    {
        /// <summary>Its number: its place in the scratch's records, fixed for the record's life.</summary>
        public int Id { get; } = id;

        /// <summary>[<see cref="Id"/>], made once per record: an exact match names this key alone.</summary>
        public int[] Alone { get; } = [id];

        /// <summary>The English units holding it, in order.</summary>
        /// <remarks>
        /// The record's own list, as is <see cref="Back"/>, emptied when the record is lent again: the
        /// records are pooled, and lists lent to them from a pool of their own cost a push, a pop
        /// and a covariant store each, for a thousand-odd keys a document.
        /// </remarks>
        public List<int> Units { get; } = [];

        /// <summary>Its kind: a name where any unit has it as a name.</summary>
        public AnchorKind Kind { get; set; }

        /// <summary>The Hindi units whose anchors matched it (empty: none).</summary>
        public List<int> Back { get; } = [];

        /// <summary>True once a Hindi anchor matched it; <see cref="Fuzzy"/> then says whether every such match was fuzzy.</summary>
        public bool Linked { get; set; }

        /// <summary>See <see cref="Linked"/>.</summary>
        public bool Fuzzy { get; set; }

        /// <summary>Matched by a Hindi anchor too common to count: left out, not unmatched.</summary>
        public bool Common { get; set; }

        private int[]? _partners;
        private int[]? _linkedUnits;

        /// <summary><see cref="Units"/> as an array (in order, each once), made once: every Hindi anchor matching only this key shares it.</summary>
        public int[] Partners() => _partners ??= Units.Count == 1 ? Alone(Units[0]) : [.. Units];

        /// <summary><see cref="Back"/> as an array (Hindi units come in order, each once), made once for all English units holding the key.</summary>
        public int[] LinkedUnits() => Back.Count == 0 ? [] : _linkedUnits ??= Back.Count == 1 ? Alone(Back[0]) : [.. Back];

        /// <summary>Forgets the arrays made for the previous article pair.</summary>
        public void Clear()
        {
            _partners = null;
            _linkedUnits = null;
        }
    }

    private const int SmallInput = 16;

    [ThreadStatic]
    private static Scratch? _scratch;

    [ThreadStatic]
    private static Scratch? _smallScratch;

    /// <summary>
    /// The working maps of <see cref="Link"/>, one set per
    /// thread, cleared (keeping their capacity) after each article pair: linking is the most
    /// allocation-heavy step of a batch, and this keeps it off the garbage collector.
    /// </summary>
    private sealed class Scratch
    {
        private readonly List<EnglishKey> _keys = [];
        private int _keysLent;

        /// <summary>English key -> its number (<see cref="Record"/>).</summary>
        public Dictionary<string, int> EnKeys { get; set; } = new(StringComparer.Ordinal);

        /// <summary>Inside a linked document: the document's key number -> this call's record of it (null: not here).</summary>
        private EnglishKey?[] _within = [];
        private readonly List<int> _withinSet = [];

        public List<EnglishKey> MatchedKeys { get; } = [];

        /// <summary>The record of each English anchor of the article pair, in order.</summary>
        public List<EnglishKey> AnchorKeys { get; } = [];

        /// <summary>The hash of a one-deletion variant of an English key -> the key (or keys, a list on collision).</summary>
        public Dictionary<ulong, object> Variants { get; } = [];

        /// <summary>The hashes of the English keys a Hindi key's deletion may be: skeletons of at least three characters.</summary>
        public HashSet<ulong> EnglishHashes { get; } = [];

        public Dictionary<string, (int[] Ids, bool Fuzzy)> MatchCache { get; set; } = new(StringComparer.Ordinal);

        public List<int> Partners { get; } = [];

        /// <summary>The key numbers <see cref="Translate"/> or <see cref="Match"/> finds, before they are copied.</summary>
        public List<int> Found { get; } = [];

        /// <summary>The English keys <see cref="Match"/> finds proposed for a Hindi key, before they are checked.</summary>
        public List<string> Proposed { get; } = [];

        public List<LinkedAnchor> Linked { get; } = [];

        private readonly Dictionary<string, Translations> _translations = new(StringComparer.Ordinal);
        private Lexicon? _lexicon;

        /// <summary>
        /// A filter of the English page's dictionary keys ("d:" + stem) by hash, 4,096 bits: a
        /// Hindi word's translation whose bit is not set is not on the page, without a look-up
        /// (a Hindi word has up to dozens of translations, few of which a page holds).
        /// </summary>
        private readonly ulong[] _stems = new ulong[64];

        /// <summary>Notes an English dictionary key of the page in the filter.</summary>
        public void AddStem(string key) => Set(_stems, key.GetHashCode());

        /// <summary>False when no English dictionary key of the page has this hash's bit (true: it may have).</summary>
        public bool MayHaveStem(int hash) => (_stems[(hash >> 6) & 63] & (1UL << hash)) != 0;

        private static void Set(ulong[] bits, int hash) => bits[(hash >> 6) & 63] |= 1UL << hash;

        /// <summary>
        /// A Hindi dictionary key's translation keys (<see cref="Lexicon.TranslationKeys"/>), kept
        /// by the thread across article pairs, those without translation too (the lexicon keeps
        /// only the others, and looks the rest up in its table every time); emptied when full.
        /// </summary>
        public Translations TranslationKeys(string key, Lexicon? lexicon)
        {
            if (lexicon is null)
            {
                return Translations.None;
            }

            if (!ReferenceEquals(lexicon, _lexicon) || _translations.Count >= MaxTranslations)
            {
                _translations.Clear();
                _lexicon = lexicon;
            }

            ref var all = ref CollectionsMarshal.GetValueRefOrAddDefault(_translations, key, out bool known);
            if (!known)
            {
                all = new Translations(lexicon.TranslationKeys(key));
            }

            return all!;
        }

        private const int MaxTranslations = 50_000;

        /// <summary>The record numbered <paramref name="id"/> (lent by <see cref="Key"/> since the last reset).</summary>
        public EnglishKey Record(int id) => _keys[id];

        /// <summary>The slot of this call's record for the document's key <paramref name="id"/> (of <paramref name="count"/>), noted for reset.</summary>
        public ref EnglishKey? Within(int id, int count)
        {
            if (_within.Length < count)
            {
                _within = new EnglishKey?[Math.Max(count, 2 * _within.Length)];
            }

            if (_within[id] is null)
            {
                _withinSet.Add(id);
            }

            return ref _within[id];
        }

        /// <summary>This call's record for the document's key <paramref name="id"/>, or null when no unit here holds it.</summary>
        public EnglishKey? WithinOrNull(int id) => id < _within.Length ? _within[id] : null;

        /// <summary>A cleared English key record from the pool; its <see cref="EnglishKey.Id"/> is its place.</summary>
        public EnglishKey Key(AnchorKind kind)
        {
            if (_keysLent == _keys.Count)
            {
                _keys.Add(new EnglishKey(_keys.Count));
            }

            var key = _keys[_keysLent++];
            key.Units.Clear();
            key.Kind = kind;
            key.Back.Clear();
            key.Linked = false;
            key.Fuzzy = false;
            key.Common = false;
            key.Clear();
            return key;
        }

        public void Reset()
        {
            EnKeys.Clear();
            foreach (int id in _withinSet)
            {
                _within[id] = null;
            }

            _withinSet.Clear();
            MatchedKeys.Clear();
            AnchorKeys.Clear();
            Variants.Clear();
            EnglishHashes.Clear();
            MatchCache.Clear();
            Partners.Clear();
            Found.Clear();
            Proposed.Clear();
            Linked.Clear();
            Array.Clear(_stems);
            _keysLent = 0;
            if (_keys.Count > 50_000)
            {
                _keys.Clear();
            }

            // A huge document's lists are not kept for the next one.
            if (AnchorKeys.Capacity > 1 << 16)
            {
                AnchorKeys.Capacity = 0;
            }

            if (EnglishHashes.EnsureCapacity(0) > 1 << 16)
            {
                EnglishHashes.TrimExcess();
            }

            if (_within.Length > 1 << 16)
            {
                _within = [];
            }
        }
    }

    /// <summary>
    /// Content words, dictionary stems, separators and list ordinals count only when matched:
    /// without a partner they are left out (numbers, dates and names without one still count,
    /// against their bead).
    /// </summary>
    private static bool CanOnlyMatch(AnchorKind kind) => kind is AnchorKind.Word or AnchorKind.Dictionary or AnchorKind.Separator or AnchorKind.Ordinal;

    private static int[] SortedDistinct(List<int> values)
    {
        if (values.Count == 0)
        {
            return [];
        }

        values.Sort();
        int n = 1;
        for (int k = 1; k < values.Count; k++)
        {
            if (values[k] != values[n - 1])
            {
                values[n++] = values[k];
            }
        }

        return n == 1 ? Alone(values[0]) : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values)[..n].ToArray();
    }

    /// <summary>
    /// [<paramref name="unit"/>], one array per unit number and thread, shared by every link whose
    /// partners are that one unit: most are (of about 0.9 M partner arrays per 5,000 documents,
    /// most held a single unit, each a 32-byte allocation of its own). Links only read their
    /// partners (the cost model copies them), so documents may share them.
    /// </summary>
    internal static int[] Alone(int unit)
    {
        if (unit >= MaxAlone)
        {
            return [unit];
        }

        var table = _alone ??= new int[]?[64];
        if (unit >= table.Length)
        {
            Array.Resize(ref table, Math.Min(MaxAlone, Math.Max(unit + 1, 2 * table.Length)));
            _alone = table;
        }

        return table[unit] ??= [unit];
    }

    /// <summary>Units past this number get arrays of their own (a document that long is rare; the table stays small).</summary>
    private const int MaxAlone = 1 << 14;

    [ThreadStatic]
    private static int[]?[]? _alone;

    /// <summary>The numbers of the English dictionary keys ("d:" + stem) among a Hindi key's translations that occur on the page.</summary>
    private static int[] Translate(Translations translations, Dictionary<string, int> enUnits, Scratch scratch)
    {
        var all = translations.Keys;
        // Gathered in the scratch, then copied at their number: a word has up to dozens of
        // translations and finds one or two; an array as long as its translations was made here
        // for each key that found any, and trimmed with a second copy.
        var found = scratch.Found;
        found.Clear();
        for (int k = 0; k < all.Length; k++)
        {
            if (scratch.MayHaveStem(translations.Hashes[k]) && enUnits.TryGetValue(all[k], out int id))
            {
                found.Add(id);
            }
        }

        return found.Count switch
        {
            0 => [],
            1 => scratch.Record(found[0]).Alone,
            _ => [.. found],
        };
    }

    /// <summary>A Hindi dictionary key's translation keys, with their hashes for the page's filter.</summary>
    internal sealed class Translations
    {
        public Translations(string[] keys)
        {
            Keys = keys;
            Hashes = new int[keys.Length];
            for (int k = 0; k < keys.Length; k++)
            {
                Hashes[k] = keys[k].GetHashCode();
            }
        }

        /// <summary>No translation.</summary>
        public static Translations None { get; } = new([]);

        /// <summary>The translations, as English dictionary keys ("d:" + stem).</summary>
        public string[] Keys { get; }

        /// <summary>Each key's hash (string.GetHashCode: the same within a process).</summary>
        public int[] Hashes { get; }
    }

    /// <summary>
    /// The English keys a Hindi key matches: itself when present; else, for skeletons of at least
    /// four consonants, keys one consonant away (symmetric deletion: a shared one-deletion variant).
    /// Numbers and keys with a prefix ("g:", "a:", "u:" ...) match only exactly. The keys are
    /// given by their numbers, in the keys' ordinal order.
    /// </summary>
    private static (int[] Ids, bool Fuzzy) Match(
        string key, Dictionary<string, int> enUnits, Dictionary<ulong, object> variants, HashSet<ulong> englishHashes, Scratch scratch)
    {
        if (enUnits.TryGetValue(key, out int exact))
        {
            return (scratch.Record(exact).Alone, false);
        }

        // Numbers and prefixed keys (concepts, stems, acronyms, ordinals, addresses, separators) match only exactly.
        if (key[0] == '#' || key.Length < 3 || key[1] == ':')
        {
            return ([], false);
        }

        // The proposals gather in the scratch (a key may come more than once), then are sorted
        // and taken once each: no set, and no closure for the filter, made per call (Match runs
        // half a million times per 5,000 documents; most calls propose nothing).
        var found = scratch.Proposed;
        found.Clear();
        bool fuzzy = IsFuzzyKey(key);
        var hashes = fuzzy ? DeletionHashes(key) : null;
        if (variants.TryGetValue(hashes is null ? Hash(key) : hashes[key.Length], out var longer))
        {
            AddAll(found, longer);
        }

        if (hashes is not null)
        {
            Span<char> buffer = key.Length <= 256 ? stackalloc char[key.Length - 1] : new char[key.Length - 1];
            for (int i = 0; i < key.Length; i++)
            {
                // The deletion itself an English key: the hash proposes, the key's map decides.
                if (key.Length - 1 >= 3 && englishHashes.Contains(hashes[i])
                    && enUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Deleted(key, i, buffer), out string? shorter, out _))
                {
                    found.Add(shorter);
                }

                if (variants.TryGetValue(hashes[i], out var keys))
                {
                    AddAll(found, keys);
                }
            }
        }

        if (found.Count == 0)
        {
            return ([], false);
        }

        // Only keys one step away by PhoneticKey.Close: every such key shares a deletion with
        // this one (or is one, or has it as one), so the hashes miss none, and a collision's
        // proposal is refused here. In the keys' ordinal order, each once.
        found.Sort(StringComparer.Ordinal);
        var ids = scratch.Found;
        ids.Clear();
        string? last = null;
        foreach (var k in found)
        {
            if (k == last)
            {
                continue;
            }

            last = k;
            if (k[0] is not ('#' or '_') && k[1] != ':' && PhoneticKey.Close(key, k))
            {
                ids.Add(enUnits[k]);
            }
        }

        return ids.Count switch
        {
            0 => ([], false),
            1 => (scratch.Record(ids[0]).Alone, true),
            _ => ([.. ids], true),
        };
    }

    private static bool IsFuzzyKey(string key) => key[0] is not ('#' or '_') && key.Length >= 4 && key[1] != ':';

    /// <summary><paramref name="key"/> without its character <paramref name="i"/>, written into <paramref name="into"/> (key.Length - 1 long).</summary>
    private static ReadOnlySpan<char> Deleted(string key, int i, Span<char> into)
    {
        key.AsSpan(0, i).CopyTo(into);
        key.AsSpan(i + 1).CopyTo(into[i..]);
        return into[..(key.Length - 1)];
    }

    /// <summary>
    /// The hashes of the key with one character deleted, each way ([i]: without character i), and
    /// at [key.Length] the hash of the key itself, in the thread's buffer (valid until the next call).
    /// </summary>
    private static ulong[] DeletionHashes(string key)
    {
        var result = _deletionHashes ??= new ulong[64];
        if (result.Length <= key.Length)
        {
            result = _deletionHashes = new ulong[key.Length + 1];
        }

        Span<char> buffer = key.Length <= 256 ? stackalloc char[key.Length - 1] : new char[key.Length - 1];
        for (int i = 0; i < key.Length; i++)
        {
            result[i] = Hash(Deleted(key, i, buffer));
        }

        result[key.Length] = Hash(key);
        return result;
    }

    [ThreadStatic]
    private static ulong[]? _deletionHashes;


    private static ulong Hash(ReadOnlySpan<char> text) => System.IO.Hashing.XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text));

    private static void AddKey(Dictionary<ulong, object> map, ulong variant, string key)
    {
        // One look-up whether the variant is new or not (a page adds about 200 variants).
        ref var existing = ref CollectionsMarshal.GetValueRefOrAddDefault(map, variant, out bool exists);
        if (!exists)
        {
            existing = key;
        }
        else if (existing is List<string> list)
        {
            list.Add(key);
        }
        else if (!ReferenceEquals(existing, key))
        {
            existing = new List<string> { (string)existing!, key };
        }
    }

    private static void AddAll(List<string> found, object keys)
    {
        if (keys is string one)
        {
            found.Add(one);
        }
        else
        {
            found.AddRange((List<string>)keys);
        }
    }
}

/// <summary>
/// Which English keys each Hindi key of a document matched (exactly, fuzzily or through the
/// dictionary), recorded by <see cref="AnchorLinks.Build(UnitFeatures[], UnitFeatures[], Lexicon?, KeyMatches?)"/> for <see cref="AnchorLinks.Within"/>.
/// </summary>
/// <remarks>
/// The English keys are kept as numbers (each key of the document once): linking inside the
/// document looks each anchor's key up once, and a Hindi key's matches then by number, instead
/// of checking every matched key by name against the units at hand.
/// </remarks>
public sealed class KeyMatches
{
    private Dictionary<string, (int[] Ids, bool Fuzzy)> _map = new(StringComparer.Ordinal);
    private Dictionary<string, int> _english = new(StringComparer.Ordinal);

    /// <summary>How many English keys the document has (their numbers run from 0).</summary>
    internal int EnglishCount => _english.Count;

    /// <summary>
    /// Takes <paramref name="matches"/> (Hindi key -> the numbers of the English keys it matched)
    /// and <paramref name="english"/> (English key -> its number) as the record and gives back the previous maps.
    /// </summary>
    internal (Dictionary<string, (int[] Ids, bool Fuzzy)> Matches, Dictionary<string, int> English) Swap(
        Dictionary<string, (int[] Ids, bool Fuzzy)> matches, Dictionary<string, int> english)
    {
        var previous = (_map, _english);
        (_map, _english) = (matches, english);
        return previous;
    }

    /// <summary>The number of an English key of the document; false when the document has no such key.</summary>
    internal bool TryGetEnglish(string key, out int id) => _english.TryGetValue(key, out id);

    /// <summary>The recorded matches of a Hindi key (none when it was not in the document).</summary>
    internal (int[] Ids, bool Fuzzy) Of(string key) => _map.TryGetValue(key, out var match) ? match : ([], false);
}
