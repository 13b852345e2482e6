using System.Runtime.CompilerServices;
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
                // The numbering, the matches and each anchor's number change hands instead of
                // being copied: the scratch takes the record's old ones, emptied on reset.
                scratch.Numbers = record.Swap(scratch.Numbers, hindi, english);
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
        // Every key of the pair gets a number (Hindi and English keys share one numbering), each
        // anchor's key is hashed once here, and the rest of linking is done on numbers: the
        // English key records, the Hindi keys' matches and the cost model's key counts are
        // arrays indexed by it. Inside a linked document the document's numbers serve, and the
        // units linked there are not hashed again.
        var numbers = known?.Numbers ?? scratch.Numbers;
        var ids = known is null ? numbers.AnchorIds : scratch.WithinIds;
        // English keys first: their records are made in their order.
        int hindiIds = known is null ? numbers.AddAll(english, ids, 0) : numbers.NumbersOf(english, english: true, ids, 0);
        if (known is null)
        {
            numbers.AddAll(hindi, ids, hindiIds, dictionaries: lexicon is not null);
        }
        else
        {
            numbers.NumbersOf(hindi, english: false, ids, hindiIds);
        }

        var idArray = ids.Array;
        scratch.Begin(numbers.Count, hindiIds);

        // Each English anchor's record (a key's record made where the key first shows up, in an
        // array of structs: no object and no write barrier per anchor), the units holding each
        // key, its kind (a name where any unit has it as a name).
        var recordOfAnchor = scratch.AnchorRecords;
        var chains = scratch.Chains;
        int next = 0;
        for (int j = 0; j < english.Length; j++)
        {
            foreach (var a in english[j].Anchors)
            {
                int id = idArray[next];
                int r;
                if (id >= 0)
                {
                    r = scratch.RecordOf(id);
                    if (r < 0)
                    {
                        r = scratch.NewRecord(a.Kind, id);
                        if (known is null && a.Key.StartsWith("d:", StringComparison.Ordinal))
                        {
                            scratch.AddStem(numbers.HashOf(id));
                        }
                    }
                }
                else
                {
                    // Not a key of the document's: no recorded match names it.
                    r = scratch.NewRecord(a.Kind, id);
                }

                ref var e = ref scratch.Record(r);
                if (a.Kind == AnchorKind.Name)
                {
                    e.Kind = AnchorKind.Name;
                }

                // Each English anchor's record, in order: the English pass below needs no look-up.
                recordOfAnchor[next++] = r;
                chains.Append(ref e.Units, j);
            }
        }

        // One-deletion variant -> the English key (or keys) it comes from, by the variant's hash:
        // a collision only proposes a key that Match's closeness check then refuses. Outside a
        // linked document every record is an English key's, made once, in order.
        var englishHashes = scratch.EnglishHashes;
        if (known is null)
        {
            for (int k = 0; k < scratch.RecordCount; k++)
            {
                int number = scratch.Record(k).Number;
                string key = numbers.Key(number);
                if (IsFuzzyKey(key))
                {
                    var hashes = DeletionHashes(key);
                    for (int i = 0; i < key.Length; i++)
                    {
                        scratch.AddVariant(hashes[i], number);
                    }

                    englishHashes.Slot(hashes[key.Length], out _) = 1;
                }
                else if (key.Length == 3 && key[0] is not ('#' or '_') && key[1] != ':')
                {
                    // Numbers and prefixed keys ("d:", "g:" ..., most of a page's) are no fuzzy
                    // match, whatever deletion equals them (Match refuses them): not hashed.
                    englishHashes.Slot(Hash(key), out _) = 1;
                }
            }
        }

        // Hindi key -> the English keys it matches (exact first), computed where the key first
        // shows up, by its number. Inside a linked document, the document's record holds them.
        if (known is null && lexicon is not null)
        {
            scratch.PrefetchTranslations(numbers.DictionaryHashes);
        }

        var hiLinks = new LinkedAnchor[hindi.Length][];
        var linked = scratch.Linked;
        next = hindiIds;
        for (int i = 0; i < hindi.Length; i++)
        {
            var anchors = hindi[i].Anchors;
            linked.Clear();
            for (int a = 0; a < anchors.Length; a++)
            {
                var anchor = anchors[a];
                int id = idArray[next++];
                (int[] Ids, bool Fuzzy) match;
                if (known is not null)
                {
                    match = numbers.Of(id);
                }
                else
                {
                    ref var cached = ref numbers.Match(id);
                    if (cached.Ids is not { } found)
                    {
                        match = anchor.Kind == AnchorKind.Dictionary ? (Translate(scratch.TranslationKeys(anchor.Key, numbers.HashOf(id), lexicon), numbers, scratch), false)
                            : Match(anchor.Key, id, numbers, englishHashes, scratch);
                        cached = match;
                    }
                    else
                    {
                        match = (found, cached.Fuzzy);
                    }
                }

                // Inside a linked document, only the matched keys that occur here.
                var matchedKeys = scratch.MatchedKeys(match.Ids.Length);
                int matched = 0, total = 0;
                foreach (int m in match.Ids)
                {
                    int r = scratch.RecordOf(m);
                    if (r >= 0)
                    {
                        matchedKeys[matched++] = r;
                        total += scratch.Record(r).Units.Count;
                    }
                }

                // None of its matched keys here: an unmatched key, exact.
                bool fuzzy = matched > 0 && match.Fuzzy;

                if (total > MaxPartners)
                {
                    // Too common to place a paragraph (and, in a long document, quadratic to keep);
                    // its English keys are left out too, not counted as names nobody translated.
                    for (int k = 0; k < matched; k++)
                    {
                        scratch.Record(matchedKeys[k]).Common = true;
                    }

                    continue;
                }

                // At most MaxPartners units: the scratch's partners hold them.
                var partners = scratch.PartnerBuffer;
                int partnerCount = 0;
                var kind = anchor.Kind;
                for (int k = 0; k < matched; k++)
                {
                    ref var e = ref scratch.Record(matchedKeys[k]);
                    partnerCount += chains.CopyTo(e.Units, partners.AsSpan(partnerCount));
                    if (e.Kind == AnchorKind.Name && kind == AnchorKind.Word)
                    {
                        kind = AnchorKind.Name;
                    }

                    chains.Append(ref e.Back, i);
                    e.Fuzzy = e.Linked ? e.Fuzzy && fuzzy : fuzzy;
                    e.Linked = true;
                }

                if (partnerCount > 0 || !CanOnlyMatch(kind))
                {
                    // One English key: its units are already in order, each once.
                    var sorted = matched == 1 ? scratch.UnitsOf(matchedKeys[0]) : SortedDistinct(partners.AsSpan(0, partnerCount));
                    linked.Add(new LinkedAnchor(anchors, a, kind, sorted, fuzzy, id));
                }
            }

            hiLinks[i] = [.. linked];
        }

        var enLinks = new LinkedAnchor[english.Length][];
        next = 0;
        for (int j = 0; j < english.Length; j++)
        {
            var anchors = english[j].Anchors;
            linked.Clear();
            for (int a = 0; a < anchors.Length; a++)
            {
                var anchor = anchors[a];
                int r = recordOfAnchor[next++];
                ref var e = ref scratch.Record(r);
                if (e.Back.Count > MaxPartners || e.Common)
                {
                    continue;
                }

                int[] back = scratch.LinkedUnits(r);
                if (back.Length > 0 || !CanOnlyMatch(anchor.Kind))
                {
                    linked.Add(new LinkedAnchor(anchors, a, anchor.Kind, back, e.Linked && e.Fuzzy, e.Number));
                }
            }

            enLinks[j] = [.. linked];
        }

        return new AnchorLinks(hiLinks, enLinks);
    }

    /// <summary>A growable int array (its content is kept when it grows).</summary>
    internal sealed class Buffer
    {
        public int[] Array { get; private set; } = new int[256];

        /// <summary>[at, at + count) of the array, grown to hold it.</summary>
        public Span<int> Reserve(int at, int count)
        {
            if (Array.Length < at + count)
            {
                var larger = new int[Math.Max(at + count, 2 * Array.Length)];
                Array.AsSpan(0, at).CopyTo(larger);
                Array = larger;
            }

            return Array.AsSpan(at, count);
        }

        /// <summary>Drops a huge document's array.</summary>
        public void Trim()
        {
            if (Array.Length > 1 << 18)
            {
                Array = new int[256];
            }
        }
    }

    /// <summary>
    /// What linking knows of one English key of the article pair: a struct in the scratch's array,
    /// its lists chains of ints (<see cref="Chains"/>): an English anchor's record costs no object,
    /// no list and no write barrier (records of classes cost a pooled object's clearing, a
    /// reference store per anchor and a checked one per key).
    /// </summary>
    private struct EnglishKey
    {
        /// <summary>The key's number (<see cref="KeyNumbers"/>; -1: not a key of the document's).</summary>
        public int Number;

        /// <summary>Its kind: a name where any unit has it as a name.</summary>
        public AnchorKind Kind;

        /// <summary>True once a Hindi anchor matched it; <see cref="Fuzzy"/> then says whether every such match was fuzzy.</summary>
        public bool Linked;

        /// <summary>See <see cref="Linked"/>.</summary>
        public bool Fuzzy;

        /// <summary>Matched by a Hindi anchor too common to count: left out, not unmatched.</summary>
        public bool Common;

        /// <summary>The English units holding it, in order, each once.</summary>
        public Chain Units;

        /// <summary>The Hindi units whose anchors matched it, in order, each once (empty: none).</summary>
        public Chain Back;
    }

    /// <summary>An array made for a record, or null.</summary>
    private struct Held
    {
        public int[]? Array;
    }

    /// <summary>A list of ints in <see cref="Chains"/>: its first and last entries and its length.</summary>
    private struct Chain
    {
        public int Head;
        public int Tail;
        public int Count;
    }

    /// <summary>
    /// The entries of the records' lists, all in two arrays (value, next entry): units come in
    /// order on either side, so each list only grows at its end, and a list is read whole.
    /// </summary>
    private sealed class Chains
    {
        private int[] _values = new int[256];
        private int[] _next = new int[256];
        private int _count;

        /// <summary>Appends <paramref name="value"/> unless it is the chain's last one already (values come in order: each once).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Append(ref Chain chain, int value)
        {
            if (chain.Count > 0 && _values[chain.Tail] == value)
            {
                return;
            }

            if (_count == _values.Length)
            {
                Grow();
            }

            int entry = _count++;
            _values[entry] = value;
            if (chain.Count == 0)
            {
                chain.Head = entry;
            }
            else
            {
                _next[chain.Tail] = entry;
            }

            chain.Tail = entry;
            chain.Count++;
        }

        private void Grow()
        {
            Array.Resize(ref _values, 2 * _count);
            Array.Resize(ref _next, 2 * _count);
        }

        /// <summary>Copies the chain's values into <paramref name="into"/>; returns how many.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int CopyTo(in Chain chain, Span<int> into)
        {
            int entry = chain.Head;
            for (int k = 0; k < chain.Count; k++)
            {
                into[k] = _values[entry];
                entry = _next[entry];
            }

            return chain.Count;
        }

        /// <summary>The chain's values as an array (one value: the thread's shared array of it).</summary>
        /// <remarks>Inlined: most chains hold one value, and go straight to <see cref="Alone"/>.</remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int[] ToArray(in Chain chain) => chain.Count == 1 ? Alone(_values[chain.Head]) : Copy(chain);

        private int[] Copy(in Chain chain)
        {
            var array = new int[chain.Count];
            CopyTo(chain, array);
            return array;
        }

        /// <summary>Empties every chain; a huge document's arrays are not kept.</summary>
        public void Clear()
        {
            _count = 0;
            if (_values.Length > 1 << 18)
            {
                _values = new int[256];
                _next = new int[256];
            }
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
        /// <summary>The English key records of the call, <see cref="RecordCount"/> of them, made in order.</summary>
        private EnglishKey[] _records = new EnglishKey[256];

        /// <summary>Key number -> its record's place plus one (0: no English unit here holds it).</summary>
        private int[] _recordOf = new int[256];

        /// <summary>A record's units and the Hindi units that matched it as arrays, made once each (by the record's place).</summary>
        /// <remarks>In a struct: a store into an array of arrays checks the array's type (covariance), one into an array of structs does not.</remarks>
        private Held[] _unitArrays = new Held[256];
        private Held[] _backArrays = new Held[256];

        private int[] _matchedKeys = new int[16];

        /// <summary>The pair's key numbering (handed to the record of a document, which gives back its previous one).</summary>
        public KeyNumbers Numbers { get; set; } = new();

        /// <summary>Inside a linked document: each anchor's number, looked up in the document's record.</summary>
        public Buffer WithinIds { get; } = new();

        /// <summary>How many English key records the call made.</summary>
        public int RecordCount { get; private set; }

        /// <summary>The lists of the records.</summary>
        public Chains Chains { get; } = new();

        /// <summary>The record of each English anchor of the article pair, in order.</summary>
        public int[] AnchorRecords { get; private set; } = new int[256];

        /// <summary>A Hindi anchor's matched keys' units (at most <see cref="MaxPartners"/>: more are not gathered).</summary>
        public int[] PartnerBuffer { get; } = new int[MaxPartners];

        /// <summary>Makes room for a call with <paramref name="keyCount"/> numbered keys and <paramref name="englishAnchors"/> English anchors.</summary>
        public void Begin(int keyCount, int englishAnchors)
        {
            // Empty after the last reset: larger arrays need no copy.
            if (_recordOf.Length < keyCount)
            {
                _recordOf = new int[Math.Max(keyCount, 2 * _recordOf.Length)];
            }

            if (AnchorRecords.Length < englishAnchors)
            {
                AnchorRecords = new int[Math.Max(englishAnchors, 2 * AnchorRecords.Length)];
            }
        }

        /// <summary>The place of this call's record of the key numbered <paramref name="id"/>, or -1 when no English unit here holds it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int RecordOf(int id) => (uint)id < (uint)_recordOf.Length ? _recordOf[id] - 1 : -1;

        /// <summary>The record at <paramref name="place"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref EnglishKey Record(int place) => ref _records[place];

        /// <summary>A new record of kind <paramref name="kind"/> for the key numbered <paramref name="number"/> (-1: a record of its own, not found by number); returns its place.</summary>
        /// <remarks>Inlined into <see cref="Link"/> (a call per English key cost as much as the record); growth out of line.</remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int NewRecord(AnchorKind kind, int number)
        {
            int place = RecordCount;
            if (place == _records.Length)
            {
                GrowRecords();
            }

            _records[place] = new EnglishKey { Number = number, Kind = kind };
            if (number >= 0)
            {
                _recordOf[number] = place + 1;
            }

            RecordCount = place + 1;
            return place;
        }

        private void GrowRecords()
        {
            int size = 2 * _records.Length;
            Array.Resize(ref _records, size);
            Array.Resize(ref _unitArrays, size);
            Array.Resize(ref _backArrays, size);
        }

        /// <summary>The record's units as an array (in order, each once), made once: every Hindi anchor matching only this key shares it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int[] UnitsOf(int place) => _unitArrays[place].Array ??= Chains.ToArray(_records[place].Units);

        /// <summary>The Hindi units that matched the record as an array (in order, each once), made once for all English units holding the key.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int[] LinkedUnits(int place) =>
            _records[place].Back.Count == 0 ? [] : _backArrays[place].Array ??= Chains.ToArray(_records[place].Back);

        /// <summary>Room for <paramref name="count"/> matched keys' places.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int[] MatchedKeys(int count)
        {
            return _matchedKeys.Length >= count ? _matchedKeys : MoreMatchedKeys(count);
        }

        private int[] MoreMatchedKeys(int count) => _matchedKeys = new int[Math.Max(count, 2 * _matchedKeys.Length)];

        /// <summary>
        /// The hash of a one-deletion variant of an English key -> the key's number, or, on a
        /// collision, the bitwise complement of the place of a list of numbers in <see cref="_collisions"/>.
        /// </summary>
        private readonly HashTable _variants = new();
        private readonly List<List<int>> _collisions = [];
        private int _collisionsUsed;

        /// <summary>The hashes of the English keys a Hindi key's deletion may be: skeletons of at least three characters.</summary>
        public HashTable EnglishHashes { get; } = new();

        /// <summary>The key numbers <see cref="Translate"/> or <see cref="Match"/> finds, before they are copied.</summary>
        public List<int> Found { get; } = [];

        /// <summary>The English keys (by number) <see cref="Match"/> finds proposed for a Hindi key, before they are checked.</summary>
        public List<int> Proposed { get; } = [];

        public List<LinkedAnchor> Linked { get; } = [];

        private SpanMap<Translations> _translations = new();
        private Lexicon? _lexicon;

        /// <summary>
        /// A filter of the English page's dictionary keys ("d:" + stem) by hash, 4,096 bits: a
        /// Hindi word's translation whose bit is not set is not on the page, without a look-up
        /// (a Hindi word has up to dozens of translations, few of which a page holds).
        /// </summary>
        private readonly ulong[] _stems = new ulong[64];

        /// <summary>Notes an English dictionary key of the page, by its <see cref="KeyHash"/>, in the filter.</summary>
        public void AddStem(uint hash) => _stems[(hash >> 6) & 63] |= 1UL << (int)hash;

        /// <summary>False when no English dictionary key of the page has this <see cref="KeyHash"/>'s bit (true: it may have).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayHaveStem(uint hash) => (_stems[(hash >> 6) & 63] & (1UL << (int)hash)) != 0;

        /// <summary>Notes that the one-deletion variant <paramref name="variant"/> comes from the English key <paramref name="number"/>.</summary>
        public void AddVariant(ulong variant, int number)
        {
            // One look-up whether the variant is new or not (a page adds about 200 variants).
            // The table's values are the number plus one (0: an empty slot), or on a collision
            // the complement of the list's place (negative).
            ref int existing = ref _variants.Slot(variant, out bool exists);
            if (!exists)
            {
                existing = number + 1;
            }
            else if (existing < 0)
            {
                _collisions[~existing].Add(number);
            }
            else if (existing != number + 1)
            {
                if (_collisionsUsed == _collisions.Count)
                {
                    _collisions.Add([]);
                }

                var list = _collisions[_collisionsUsed];
                list.Clear();
                list.Add(existing - 1);
                list.Add(number);
                existing = ~_collisionsUsed++;
            }
        }

        /// <summary>Adds the English keys the variant <paramref name="variant"/> comes from to <see cref="Proposed"/>; false when none.</summary>
        public void ProposeVariant(ulong variant)
        {
            int number = _variants.Get(variant);
            if (number != 0)
            {
                if (number > 0)
                {
                    Proposed.Add(number - 1);
                }
                else
                {
                    Proposed.AddRange(_collisions[~number]);
                }
            }
        }

        /// <summary>
        /// Asks for the thread's translations of a page's Hindi dictionary keys (by their
        /// <see cref="KeyHash"/>es): first every key's slot, then each slot's key and translations.
        /// The thread's map is larger than the cache, and a page's look-ups waited for it one by one.
        /// </summary>
        public void PrefetchTranslations(ReadOnlySpan<uint> hashes)
        {
            var translations = _translations;
            foreach (uint hash in hashes)
            {
                translations.Prefetch(hash);
            }

            foreach (uint hash in hashes)
            {
                translations.PrefetchEntry(hash);
            }
        }

        /// <summary>
        /// A Hindi dictionary key's translation keys (<see cref="Lexicon.TranslationKeys"/>), kept
        /// by the thread across article pairs, those without translation too (the lexicon keeps
        /// only the others, and looks the rest up in its table every time); emptied when full.
        /// </summary>
        /// <param name="key">The Hindi key.</param>
        /// <param name="hash">Its <see cref="KeyHash"/> (the document's numbering has it).</param>
        /// <param name="lexicon">The dictionary, or null.</param>
        public Translations TranslationKeys(string key, uint hash, Lexicon? lexicon)
        {
            if (lexicon is null)
            {
                return Translations.None;
            }

            if (!ReferenceEquals(lexicon, _lexicon))
            {
                _translations = new();
                _lexicon = lexicon;
            }

            // The map empties itself when it holds SpanMap.Max keys.
            if (!_translations.TryGetValue(key, hash, out var all))
            {
                all = new Translations(lexicon.TranslationKeys(key));
                _translations.Add(key, hash, all);
            }

            return all;
        }

        public void Reset()
        {
            Numbers.Clear();
            for (int r = 0; r < RecordCount; r++)
            {
                int number = _records[r].Number;
                if (number >= 0)
                {
                    _recordOf[number] = 0;
                }
            }

            Array.Clear(_unitArrays, 0, RecordCount);
            Array.Clear(_backArrays, 0, RecordCount);
            RecordCount = 0;
            Chains.Clear();
            _variants.Clear();
            _collisionsUsed = 0;
            EnglishHashes.Clear();
            Found.Clear();
            Proposed.Clear();
            Linked.Clear();
            WithinIds.Trim();
            Array.Clear(_stems);

            // A huge document's arrays are not kept for the next one.
            if (_records.Length > 1 << 16)
            {
                _records = new EnglishKey[256];
                _unitArrays = new Held[256];
                _backArrays = new Held[256];
            }

            if (_recordOf.Length > 1 << 16)
            {
                _recordOf = new int[256];
            }

            if (AnchorRecords.Length > 1 << 18)
            {
                AnchorRecords = new int[256];
            }
        }
    }

    /// <summary>
    /// Content words, dictionary stems, separators and list ordinals count only when matched:
    /// without a partner they are left out (numbers, dates and names without one still count,
    /// against their bead).
    /// </summary>
    private static bool CanOnlyMatch(AnchorKind kind) => kind is AnchorKind.Word or AnchorKind.Dictionary or AnchorKind.Separator or AnchorKind.Ordinal;

    private static int[] SortedDistinct(Span<int> values)
    {
        if (values.IsEmpty)
        {
            return [];
        }

        values.Sort();
        int n = 1;
        for (int k = 1; k < values.Length; k++)
        {
            if (values[k] != values[n - 1])
            {
                values[n++] = values[k];
            }
        }

        return n == 1 ? Alone(values[0]) : values[..n].ToArray();
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

    /// <summary>
    /// A map from 64-bit hashes (already mixed: their top bits pick the slot) to non-zero ints,
    /// open addressing in two arrays, for the deletion variants of a page: a
    /// <see cref="Dictionary{TKey, TValue}"/> costs a bucket array apart from its entries, a
    /// remainder and a comparer per look-up, for a thousand-odd variants a page.
    /// </summary>
    internal sealed class HashTable
    {
        private ulong[] _hashes = new ulong[InitialSlots];
        private int[] _values = new int[InitialSlots];
        private int _shift = 64 - 10;
        private int _count;
        private const int InitialSlots = 1 << 10;

        /// <summary>The slots in use, <see cref="_count"/> of them: emptied one by one, not the whole array (a page uses a few hundred of a thousand-odd).</summary>
        private int[] _used = new int[InitialSlots / 2];

        /// <summary>The value of <paramref name="hash"/>; 0 when it has none.</summary>
        public int Get(ulong hash)
        {
            var hashes = _hashes;
            int mask = hashes.Length - 1;
            for (int i = (int)(hash >> _shift); ; i = (i + 1) & mask)
            {
                int value = _values[i];
                if (value == 0 || hashes[i] == hash)
                {
                    return value;
                }
            }
        }

        /// <summary>The slot of <paramref name="hash"/>'s value (0 when it is new: the caller sets a non-zero value).</summary>
        public ref int Slot(ulong hash, out bool exists)
        {
            if ((_count + 1) * 2 > _hashes.Length)
            {
                Grow();
            }

            var hashes = _hashes;
            int mask = hashes.Length - 1;
            for (int i = (int)(hash >> _shift); ; i = (i + 1) & mask)
            {
                if (_values[i] == 0)
                {
                    hashes[i] = hash;
                    _used[_count++] = i;
                    exists = false;
                    return ref _values[i];
                }

                if (hashes[i] == hash)
                {
                    exists = true;
                    return ref _values[i];
                }
            }
        }

        private void Grow()
        {
            var (hashes, values) = (_hashes, _values);
            _hashes = new ulong[hashes.Length * 2];
            _values = new int[hashes.Length * 2];
            _used = new int[hashes.Length];
            _shift--;
            int mask = _hashes.Length - 1;
            int used = 0;
            for (int k = 0; k < hashes.Length; k++)
            {
                if (values[k] != 0)
                {
                    int i = (int)(hashes[k] >> _shift);
                    while (_values[i] != 0)
                    {
                        i = (i + 1) & mask;
                    }

                    (_hashes[i], _values[i]) = (hashes[k], values[k]);
                    _used[used++] = i;
                }
            }
        }

        /// <summary>Empties the table (a huge page's arrays are not kept).</summary>
        public void Clear()
        {
            if (_count == 0)
            {
                return;
            }

            int count = _count;
            _count = 0;
            if (_hashes.Length > 1 << 16)
            {
                (_hashes, _values, _shift, _used) = (new ulong[InitialSlots], new int[InitialSlots], 64 - 10, new int[InitialSlots / 2]);
                return;
            }

            foreach (int i in _used.AsSpan(0, count))
            {
                _values[i] = 0;
            }
        }
    }

    /// <summary>The numbers of the English dictionary keys ("d:" + stem) among a Hindi key's translations that occur on the page.</summary>
    private static int[] Translate(Translations translations, KeyNumbers numbers, Scratch scratch)
    {
        var all = translations.Keys;
        // Gathered in the scratch, then copied: a word has up to dozens of translations and
        // finds one or two; an array as long as its translations was made here for each key
        // that found any, and trimmed with a second copy.
        var found = scratch.Found;
        found.Clear();
        for (int k = 0; k < all.Length; k++)
        {
            // By the key's hash kept with it: a key whose slot's hash differs is not read.
            uint hash = translations.Hashes[k];
            if (scratch.MayHaveStem(hash) && numbers.Find(all[k], hash) is int id and >= 0 && scratch.RecordOf(id) >= 0)
            {
                found.Add(id);
            }
        }

        return found.Count switch
        {
            0 => [],
            1 => Alone(found[0]),
            _ => [.. found],
        };
    }

    /// <summary>A Hindi dictionary key's translation keys, with their hashes for the page's filter.</summary>
    internal sealed class Translations
    {
        public Translations(string[] keys)
        {
            Keys = keys;
            Hashes = new uint[keys.Length];
            for (int k = 0; k < keys.Length; k++)
            {
                Hashes[k] = KeyHash.Of(keys[k]);
            }
        }

        /// <summary>No translation.</summary>
        public static Translations None { get; } = new([]);

        /// <summary>The translations, as English dictionary keys ("d:" + stem).</summary>
        public string[] Keys { get; }

        /// <summary>Each key's <see cref="KeyHash"/> (the same within a process): the page's filter and its numbering take it.</summary>
        public uint[] Hashes { get; }
    }

    /// <summary>
    /// The English keys a Hindi key (numbered <paramref name="number"/>) matches: itself when
    /// present; else, for skeletons of at least four consonants, keys one consonant away
    /// (symmetric deletion: a shared one-deletion variant). Numbers and keys with a prefix
    /// ("g:", "a:", "u:" ...) match only exactly. The keys are given by their numbers, ascending.
    /// </summary>
    private static (int[] Ids, bool Fuzzy) Match(
        string key, int number, KeyNumbers numbers, HashTable englishHashes, Scratch scratch)
    {
        if (scratch.RecordOf(number) >= 0)
        {
            return (Alone(number), false);
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
        scratch.ProposeVariant(hashes is null ? Hash(key) : hashes[key.Length]);
        if (hashes is not null)
        {
            Span<char> buffer = key.Length <= 256 ? stackalloc char[key.Length - 1] : new char[key.Length - 1];
            for (int i = 0; i < key.Length; i++)
            {
                // The deletion itself an English key: the hash proposes, the numbering decides.
                if (key.Length - 1 >= 3 && englishHashes.Get(hashes[i]) != 0
                    && numbers.Find(Deleted(key, i, buffer)) is int shorter and >= 0 && scratch.RecordOf(shorter) >= 0)
                {
                    found.Add(shorter);
                }

                scratch.ProposeVariant(hashes[i]);
            }
        }

        if (found.Count == 0)
        {
            return ([], false);
        }

        // Only keys one step away by PhoneticKey.Close: every such key shares a deletion with
        // this one (or is one, or has it as one), so the hashes miss none, and a collision's
        // proposal is refused here. Each once (the order of a key's matches changes nothing:
        // their units are merged and sorted).
        found.Sort();
        var ids = scratch.Found;
        ids.Clear();
        int last = -1;
        foreach (int id in found)
        {
            if (id == last)
            {
                continue;
            }

            last = id;
            string k = numbers.Key(id);
            if (k[0] is not ('#' or '_') && k[1] != ':' && PhoneticKey.Close(key, k))
            {
                ids.Add(id);
            }
        }

        return ids.Count switch
        {
            0 => ([], false),
            1 => (Alone(ids[0]), true),
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
    /// <remarks>
    /// <see cref="Hash"/> is a polynomial in the characters, so all deletions come from the
    /// prefixes' and suffixes' values in one pass, instead of hashing each deletion anew.
    /// </remarks>
    internal static ulong[] DeletionHashes(string key)
    {
        int n = key.Length;
        var result = _deletionHashes ??= new ulong[64];
        if (result.Length <= n)
        {
            result = _deletionHashes = new ulong[n + 1];
        }

        // result[i] holds the prefix's value (characters before i) until it is replaced.
        ulong prefix = 0;
        for (int i = 0; i < n; i++)
        {
            result[i] = prefix;
            prefix = prefix * Base + key[i] + 1;
        }

        result[n] = Mix(prefix, n);
        ulong suffix = 0, power = 1;
        for (int i = n - 1; i >= 0; i--)
        {
            // Without character i: the prefix shifted over the suffix after it.
            result[i] = Mix(result[i] * power + suffix, n - 1);
            suffix += (key[i] + 1UL) * power;
            power *= Base;
        }

        return result;
    }

    [ThreadStatic]
    private static ulong[]? _deletionHashes;

    /// <summary>The hash of a key or a deletion: the polynomial of its characters (each plus one) in <see cref="Base"/>, mixed with its length.</summary>
    internal static ulong Hash(ReadOnlySpan<char> text)
    {
        ulong value = 0;
        foreach (char c in text)
        {
            value = value * Base + c + 1;
        }

        return Mix(value, text.Length);
    }

    private const ulong Base = 0x100000001B3;

    /// <summary>A 64-bit finaliser (MurmurHash3's), so that close polynomials do not crowd a dictionary's buckets.</summary>
    private static ulong Mix(ulong value, int length)
    {
        value ^= (ulong)length << 56;
        value ^= value >> 33;
        value *= 0xFF51AFD7ED558CCD;
        value ^= value >> 33;
        value *= 0xC4CEB9FE1A85EC53;
        return value ^ (value >> 33);
    }
}

/// <summary>
/// The numbers of a document's keys (Hindi and English keys share one numbering, each key once)
/// and what linking found for them: the English keys each Hindi key matched, and the number of
/// each anchor of the document's units.
/// </summary>
internal sealed class KeyNumbers
{
    /// <summary>
    /// The numbering itself: open addressing in one array of slots (number and the key's
    /// <see cref="KeyHash"/> side by side, at most half of them used; the key itself in
    /// <see cref="_keys"/> by its number: a slot holds no reference, so a new key costs one
    /// reference store, not two, and the slots are cleared and scanned by the collector as plain ints), as
    /// <see cref="SpanMap{TValue}"/> does and for its reasons: every anchor of a document is
    /// numbered here, and a <see cref="Dictionary{TKey, TValue}"/> of strings costs its comparer's
    /// interface calls and a second array per look-up. No order of the slots is ever read.
    /// </summary>
    private Slot[] _slots = new Slot[InitialSlots];
    private int _shift = 32 - 10;

    /// <summary>
    /// The stamp of number 0 in this document's slots (number n: this plus n): a slot whose stamp
    /// is not one of the document's numbers is empty. Each document starts past the last one's
    /// stamps, so the slots need no clearing between documents (it cost more than a
    /// document's numbering took to probe them).
    /// </summary>
    private uint _firstStamp = 1;
    private const int InitialSlots = 1 << 10;

    /// <summary>The keys by number, <see cref="Count"/> of them, and their <see cref="KeyHash"/>es.</summary>
    private string[] _keys = new string[256];
    private uint[] _hashes = new uint[256];
    private (int[]? Ids, bool Fuzzy)[] _matches = new (int[]?, bool)[256];

    /// <summary>The document's units (English units first) whose anchors <see cref="AnchorIds"/> numbers, in order.</summary>
    private UnitFeatures[] _english = [];
    private UnitFeatures[] _hindi = [];

    /// <summary>Where each unit's numbers start in <see cref="AnchorIds"/>: English units, then Hindi units.</summary>
    private readonly AnchorLinks.Buffer _starts = new();

    /// <summary>A unit's anchors (by reference) -> its place among the units; made when first asked.</summary>
    private readonly Dictionary<Anchor[], int> _units = new(ReferenceEqualityComparer.Instance);
    private int _englishNext;
    private int _hindiNext;

    /// <summary>The number of each anchor of the linked units, English units first.</summary>
    public AnchorLinks.Buffer AnchorIds { get; } = new();

    /// <summary>How many keys are numbered (the numbers run from 0).</summary>
    public int Count { get; private set; }

    /// <summary>The number of <paramref name="key"/>, a new one (the next) when it has none.</summary>
    public int Add(string key) => Add(key, KeyHash.Of(key));

    /// <summary>
    /// Numbers the key of every anchor of <paramref name="units"/> (new keys get the next
    /// number), written to <paramref name="ids"/> from <paramref name="at"/>; returns where the next side's start.
    /// </summary>
    /// <remarks>
    /// The keys are hashed first (into the numbers' places), each asking for its first slot, then
    /// numbered: the slots of a document's numbering are out of the cache when linking starts,
    /// and the waits for them overlap (a side's keys fill a few kilobytes of slots).
    /// </remarks>
    /// <param name="units">The units of one side.</param>
    /// <param name="ids">Receives the numbers.</param>
    /// <param name="at">Where the side's numbers start.</param>
    /// <param name="dictionaries">Whether to keep the hashes of the dictionary keys (<see cref="DictionaryHashes"/>).</param>
    public int AddAll(UnitFeatures[] units, AnchorLinks.Buffer ids, int at, bool dictionaries = false)
    {
        int start = at;
        var slots = _slots;
        int shift = _shift;
        // The dictionary keys' hashes kept in place (a call per dictionary anchor cost more than the store).
        var dictionaryHashes = _dictionaryHashes;
        int dictionaryCount = 0;
        foreach (var unit in units)
        {
            var anchors = unit.Anchors;
            var into = ids.Reserve(at, anchors.Length);
            for (int a = 0; a < anchors.Length; a++)
            {
                uint hash = KeyHash.Of(anchors[a].Key);
                into[a] = (int)hash;
                Prefetch.Element(ref slots[Index(hash, shift)]);
                if (dictionaries && anchors[a].Kind == AnchorKind.Dictionary)
                {
                    if (dictionaryCount == dictionaryHashes.Length)
                    {
                        dictionaryHashes = MoreDictionaryHashes();
                    }

                    dictionaryHashes[dictionaryCount++] = hash;
                }
            }

            at += anchors.Length;
        }

        _dictionaryCount = dictionaryCount;
        NumberHashed(units, ids.Array.AsSpan(start, at - start));
        return at;
    }

    /// <summary>
    /// Numbers the key of every anchor of <paramref name="units"/> as <see cref="Add(string, uint)"/>
    /// does, <paramref name="all"/> holding their hashes on entry and their numbers on return.
    /// </summary>
    /// <remarks>
    /// The numbering's fields (count, stamp, arrays) are kept in locals for the whole side and
    /// written back once: in <see cref="Add(string, uint)"/>, every store into the slots or the
    /// keys made the compiler read them again from the object, for each anchor and each probe.
    /// </remarks>
    private void NumberHashed(UnitFeatures[] units, Span<int> all)
    {
        var slots = _slots;
        int mask = slots.Length - 1, shift = _shift;
        var keys = _keys;
        var hashes = _hashes;
        uint firstStamp = _firstStamp;
        int count = Count;
        int k = 0;
        foreach (var unit in units)
        {
            foreach (var anchor in unit.Anchors)
            {
                if ((count + 1) * 2 > slots.Length)
                {
                    Count = count;
                    Grow();
                    (slots, shift) = (_slots, _shift);
                    mask = slots.Length - 1;
                }

                string key = anchor.Key;
                uint hash = (uint)all[k];
                uint number;
                for (int i = Index(hash, shift); ; i = (i + 1) & mask)
                {
                    ref var slot = ref slots[i];
                    number = slot.Stamp - firstStamp;
                    if (number >= (uint)count)
                    {
                        // An empty slot (no stamp of this document's): a new key.
                        number = (uint)count;
                        if (count == keys.Length)
                        {
                            Array.Resize(ref _keys, 2 * count);
                            Array.Resize(ref _hashes, 2 * count);
                            (keys, hashes) = (_keys, _hashes);
                        }

                        keys[count] = key;
                        hashes[count] = hash;
                        count++;
                        slot = new Slot(firstStamp + number, hash);
                        break;
                    }

                    if (slot.Hash == hash && SameKey(key, keys[number]))
                    {
                        break;
                    }
                }

                all[k++] = (int)number;
            }
        }

        Count = count;
    }

    /// <summary>The hashes of the dictionary keys of the units last numbered by <see cref="AddAll"/> when asked, in order (repeats included).</summary>
    public ReadOnlySpan<uint> DictionaryHashes => _dictionaryHashes.AsSpan(0, _dictionaryCount);

    private uint[] _dictionaryHashes = new uint[64];
    private int _dictionaryCount;

    /// <summary>Doubles the array of dictionary keys' hashes (keeping them); returns it.</summary>
    private uint[] MoreDictionaryHashes()
    {
        Array.Resize(ref _dictionaryHashes, 2 * _dictionaryHashes.Length);
        return _dictionaryHashes;
    }

    /// <summary>The number of <paramref name="key"/> (whose <see cref="KeyHash"/> is <paramref name="hash"/>), a new one (the next) when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Add(string key, uint hash)
    {
        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        ref var slot = ref Probe(key, hash);
        if (!IsUsed(slot))
        {
            int number = Count;
            if (number == _keys.Length)
            {
                Array.Resize(ref _keys, 2 * number);
                Array.Resize(ref _hashes, 2 * number);
            }

            _keys[number] = key;
            _hashes[number] = hash;
            Count = number + 1;
            slot = new Slot(_firstStamp + (uint)number, hash);
        }

        return (int)(slot.Stamp - _firstStamp);
    }

    /// <summary>The number of <paramref name="key"/>, or -1 when it has none.</summary>
    public int Find(ReadOnlySpan<char> key) => Find(key, KeyHash.Of(key));

    /// <summary>The number of <paramref name="key"/> (whose <see cref="KeyHash"/> is <paramref name="hash"/>), or -1 when it has none.</summary>
    public int Find(ReadOnlySpan<char> key, uint hash)
    {
        ref var slot = ref Probe(key, hash);
        return IsUsed(slot) ? (int)(slot.Stamp - _firstStamp) : -1;
    }

    /// <summary>The <see cref="KeyHash"/> of the key numbered <paramref name="id"/> (one of this document's numbers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint HashOf(int id) => _hashes[id];

    /// <summary>The slot that holds <paramref name="key"/> (whose hash is <paramref name="hash"/>), or the empty slot where it would go.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Slot Probe(ReadOnlySpan<char> key, uint hash)
    {
        var slots = _slots;
        var keys = _keys;
        int mask = slots.Length - 1;
        for (int i = Index(hash); ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            uint number = slot.Stamp - _firstStamp;
            if (number >= (uint)Count || (slot.Hash == hash && SameKey(key, keys[number])))
            {
                return ref slot;
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="key"/> spells <paramref name="known"/>: most anchors of a page
    /// with one key share its string (the analyser's word map hands it out), and need no comparison.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameKey(ReadOnlySpan<char> key, string known) =>
        key.Length == known.Length && (Unsafe.AreSame(ref MemoryMarshal.GetReference(key), ref MemoryMarshal.GetReference(known.AsSpan())) || key.SequenceEqual(known));

    /// <summary>The first slot to probe: the top bits of the hash times the golden ratio (Fibonacci hashing).</summary>
    /// <summary>How many slots hold one of this document's keys (tests: each key in one slot, none left from a document before).</summary>
    internal int SlotsInUse()
    {
        int used = 0;
        foreach (var slot in _slots)
        {
            used += IsUsed(slot) ? 1 : 0;
        }

        return used;
    }

    /// <summary>Whether the slot holds one of this document's keys.</summary>
    private bool IsUsed(in Slot slot) => slot.Stamp - _firstStamp < (uint)Count;

    private int Index(uint hash) => Index(hash, _shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(uint hash, int shift) => (int)((hash * 2654435769u) >> shift);

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _shift--;
        int mask = _slots.Length - 1;
        foreach (var s in old)
        {
            if (IsUsed(s))
            {
                int i = Index(s.Hash);
                while (IsUsed(_slots[i]))
                {
                    i = (i + 1) & mask;
                }

                _slots[i] = s;
            }
        }
    }

    /// <summary>A key's number as a stamp (see <see cref="_firstStamp"/>; 0, as a new array holds, is no document's) and its hash.</summary>
    private readonly record struct Slot(uint Stamp, uint Hash);

    /// <summary>The key numbered <paramref name="id"/>.</summary>
    public string Key(int id) => (uint)id < (uint)Count ? _keys[id] : throw new ArgumentOutOfRangeException(nameof(id));

    /// <summary>The matches of the Hindi key numbered <paramref name="id"/> (Ids null: not worked out yet).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref (int[]? Ids, bool Fuzzy) Match(int id)
    {
        if (_matches.Length < Count)
        {
            Array.Resize(ref _matches, Math.Max(Count, 2 * _matches.Length));
        }

        return ref _matches[id];
    }

    /// <summary>The recorded matches of the key numbered <paramref name="id"/> (none when it was no Hindi key of the document).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (int[] Ids, bool Fuzzy) Of(int id) =>
        (uint)id < (uint)Count && (uint)id < (uint)_matches.Length && _matches[id].Ids is { } ids ? (ids, _matches[id].Fuzzy) : ([], false);

    /// <summary>Notes the units whose anchors <see cref="AnchorIds"/> numbers (English units first, as linking numbers them).</summary>
    public void Numbered(UnitFeatures[] hindi, UnitFeatures[] english)
    {
        _hindi = hindi;
        _english = english;
        var starts = _starts.Reserve(0, english.Length + hindi.Length + 1);
        int at = 0, u = 0;
        foreach (var unit in english)
        {
            starts[u++] = at;
            at += unit.Anchors.Length;
        }

        foreach (var unit in hindi)
        {
            starts[u++] = at;
            at += unit.Anchors.Length;
        }

        starts[u] = at;
    }

    /// <summary>
    /// Writes the numbers of the anchors of <paramref name="units"/> (units of this document, or
    /// paragraphs merged from them) to <paramref name="ids"/> from <paramref name="at"/> (-1: no
    /// key of the document's); returns where the next side's start. A unit of the document (its
    /// anchors the same array) is not looked up again.
    /// </summary>
    public int NumbersOf(UnitFeatures[] units, bool english, AnchorLinks.Buffer ids, int at)
    {
        var starts = _starts.Array;
        var numbered = AnchorIds.Array;
        var side = english ? _english : _hindi;
        int offset = english ? 0 : _english.Length;
        ref int next = ref english ? ref _englishNext : ref _hindiNext;
        foreach (var unit in units)
        {
            var anchors = unit.Anchors;
            var into = ids.Reserve(at, anchors.Length);
            at += anchors.Length;
            if (anchors.Length == 0)
            {
                continue;
            }

            // Parts of a document come in its order: the unit after the last one found is tried
            // first. A unit that starts with an anchor of that unit's is walked from there (most
            // are paragraphs merged from the units on, which the map of the document's units
            // would never hold: filling it cost more per document than their walks); only the
            // others are sought in the map (a unit of the document met out of order).
            int place = next < side.Length && ReferenceEquals(side[next].Anchors, anchors) ? offset + next
                : StartsAtPointer(anchors, side, next) ? -1 : Place(anchors);
            if (place >= 0)
            {
                numbered.AsSpan(starts[place], anchors.Length).CopyTo(into);
                if (place - offset is int k and >= 0 && k < side.Length)
                {
                    next = k + 1;
                }
            }
            else
            {
                Walk(anchors, into, side, offset, ref next);
            }
        }

        return at;
    }

    /// <summary>
    /// The numbers of the anchors of a unit that is none of the document's, written to
    /// <paramref name="into"/>: most are paragraphs merged from the document's units from
    /// <paramref name="next"/> on (<see cref="FeatureExtractor.Merge"/>: their anchors, gazetteer
    /// concepts first, each key where it first shows up), so each anchor is sought among those
    /// units' anchors by its key's reference, concepts and the others each by a pointer that only
    /// moves on. An anchor whose key is the same string has the same number, wherever it was
    /// found; one not found within a few steps per anchor is looked up by its key.
    /// </summary>
    private void Walk(Anchor[] anchors, Span<int> into, UnitFeatures[] side, int offset, ref int next)
    {
        var starts = _starts.Array;
        var numbered = AnchorIds.Array;
        // Each pointer takes at most this many steps (anchors and units passed): linear in long documents.
        int budget = 8 * anchors.Length + 64;
        var concepts = new Cursor { Unit = next, Budget = budget, Last = -1 };
        // The other keys' pointer in locals, with its unit's anchors: most anchors are met at
        // the pointer or a few steps on (concepts, a few in a page, go out of line).
        int unit = next, at = 0, last = -1;
        var held = unit < side.Length ? side[unit].Anchors : [];
        for (int a = 0; a < anchors.Length; a++)
        {
            string key = anchors[a].Key;
            if (IsConcept(key))
            {
                into[a] = ConceptNumber(key, ref concepts, side, offset);
                continue;
            }

            int u = unit, k = at, found = -1;
            var unitAnchors = held;
            while (budget > 0)
            {
                budget--;
                if ((uint)k < (uint)unitAnchors.Length)
                {
                    if (ReferenceEquals(unitAnchors[k].Key, key))
                    {
                        found = k;
                        break;
                    }

                    k++;
                }
                else if (++u < side.Length)
                {
                    unitAnchors = side[u].Anchors;
                    k = 0;
                }
                else
                {
                    break;
                }
            }

            if (found < 0)
            {
                // Not met on the way (or the way was too long): the pointer stays where it was.
                into[a] = Find(key);
                continue;
            }

            into[a] = numbered[starts[offset + u] + found];
            (unit, at, held) = (u, found + 1, unitAnchors);
            last = u;
        }

        last = Math.Max(last, concepts.Last);
        if (last >= 0)
        {
            next = last + 1;
        }
    }

    /// <summary>Whether <paramref name="key"/> is a gazetteer concept's ("g:").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsConcept(string key) => key.Length >= 2 && key[0] == 'g' && key[1] == ':';

    /// <summary>A pointer of <see cref="Walk"/>: unit and anchor, the steps it has left, the last unit it found an anchor in (-1: none).</summary>
    private struct Cursor
    {
        public int Unit;
        public int Anchor;
        public int Budget;
        public int Last;
    }

    /// <summary>The number of a concept's <paramref name="key"/>, sought from the concepts' pointer on (moved past it when met) or looked up.</summary>
    private int ConceptNumber(string key, ref Cursor cursor, UnitFeatures[] side, int offset)
    {
        int u = cursor.Unit, k = cursor.Anchor;
        while (u < side.Length && cursor.Budget > 0)
        {
            var held = side[u].Anchors;
            cursor.Budget--;
            if (k >= held.Length)
            {
                u++;
                k = 0;
                continue;
            }

            if (ReferenceEquals(held[k].Key, key))
            {
                (cursor.Unit, cursor.Anchor, cursor.Last) = (u, k + 1, Math.Max(cursor.Last, u));
                return AnchorIds.Array[_starts.Array[offset + u] + k];
            }

            k++;
        }

        return Find(key);
    }

    /// <summary>
    /// Whether one of the anchors of the units from <paramref name="next"/> on (the first two
    /// units) has the first key of <paramref name="anchors"/> (the same string) that is no
    /// concept: a merged paragraph's concepts come first, gathered from all its units.
    /// </summary>
    private static bool StartsAtPointer(Anchor[] anchors, UnitFeatures[] side, int next)
    {
        string key = anchors[0].Key;
        foreach (var anchor in anchors)
        {
            if (!IsConcept(anchor.Key))
            {
                key = anchor.Key;
                break;
            }
        }

        for (int u = next; u < side.Length && u < next + 2; u++)
        {
            foreach (var anchor in side[u].Anchors)
            {
                if (ReferenceEquals(anchor.Key, key))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The place of the unit whose anchors are <paramref name="anchors"/> among the document's units, or -1.</summary>
    private int Place(Anchor[] anchors)
    {
        if (_units.Count == 0 && _english.Length + _hindi.Length > 0)
        {
            int u = 0;
            foreach (var unit in _english)
            {
                _units.TryAdd(unit.Anchors, u++);
            }

            foreach (var unit in _hindi)
            {
                _units.TryAdd(unit.Anchors, u++);
            }
        }

        return _units.TryGetValue(anchors, out int place) ? place : -1;
    }

    /// <summary>Empties the numbering for the next article pair (keeping the capacity of a page's size).</summary>
    public void Clear()
    {
        Array.Clear(_matches, 0, Math.Min(_matches.Length, Count));
        Array.Clear(_keys, 0, Count);
        _firstStamp += (uint)Count;
        Count = 0;
        if (_firstStamp > 1u << 31)
        {
            // Before the stamps wrap around: emptied for real once in two billion keys.
            Array.Clear(_slots);
            _firstStamp = 1;
        }

        _units.Clear();
        _hindi = [];
        _english = [];
        _englishNext = 0;
        _hindiNext = 0;
        AnchorIds.Trim();
        _starts.Trim();
        if (_dictionaryHashes.Length > 1 << 16)
        {
            _dictionaryHashes = new uint[64];
        }
        if (_slots.Length > 1 << 17)
        {
            _slots = new Slot[InitialSlots];
            _shift = 32 - 10;
            _keys = new string[256];
            _hashes = new uint[256];
            _matches = new (int[]?, bool)[256];
        }
    }
}

/// <summary>
/// Which English keys each Hindi key of a document matched (exactly, fuzzily or through the
/// dictionary), recorded by <see cref="AnchorLinks.Build(UnitFeatures[], UnitFeatures[], Lexicon?, KeyMatches?)"/> for <see cref="AnchorLinks.Within"/>.
/// </summary>
/// <remarks>
/// The keys are kept as numbers (each key of the document once), as is each anchor of the
/// document's units: linking inside the document takes a unit's numbers as they were, and a
/// Hindi key's matches then by number, instead of checking every matched key by name against the units at hand.
/// </remarks>
public sealed class KeyMatches
{
    /// <summary>The document's numbering and matches.</summary>
    internal KeyNumbers Numbers { get; private set; } = new();

    /// <summary>
    /// Takes <paramref name="numbers"/> (the numbering of the document of units
    /// <paramref name="hindi"/> and <paramref name="english"/>) as the record and gives back the previous one.
    /// </summary>
    internal KeyNumbers Swap(KeyNumbers numbers, UnitFeatures[] hindi, UnitFeatures[] english)
    {
        var previous = Numbers;
        Numbers = numbers;
        numbers.Numbered(hindi, english);
        return previous;
    }
}
