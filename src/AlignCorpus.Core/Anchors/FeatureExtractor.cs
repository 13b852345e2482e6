using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Anchors;

/// <summary>
/// Turns a unit's text into <see cref="UnitFeatures"/>: its length and its anchors: numbers (digits,
/// number words, scaled by lakh/crore/million/bn), gazetteer concepts (dates, entities), acronyms,
/// content words as consonant skeletons, and, when a dictionary is in use, content-word stems. Stop
/// words never become anchors: Lucene.Net's Hindi and English stop sets, plus English function
/// words that open sentences with a capital.
/// </summary>
/// <remarks>
/// What a word gives (normal form, stop word or not, skeleton, acronym, stem, number value) depends
/// on the word alone, so it is computed once per distinct word and kept in a bounded, thread-safe
/// cache: news repeats its words, and this is the hot path of a batch.
/// </remarks>
public sealed partial class FeatureExtractor
{
    /// <summary>English words that are capitalised at a sentence start but are not names.</summary>
    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "about", "after", "again", "against", "all", "also", "although", "among", "an", "and", "another",
        "any", "are", "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by",
        "can", "could", "despite", "did", "do", "does", "during", "each", "either", "even", "every", "few",
        "for", "from", "further", "had", "has", "have", "he", "her", "here", "hers", "him", "his", "how",
        "however", "i", "if", "in", "into", "is", "it", "its", "just", "last", "many", "may", "me", "might",
        "more", "most", "mr", "mrs", "ms", "much", "must", "my", "neither", "no", "nor", "not", "now", "of",
        "on", "once", "one", "only", "or", "other", "our", "over", "said", "says", "say", "she", "should",
        "since", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these",
        "they", "this", "those", "though", "through", "to", "too", "under", "until", "up", "us", "very",
        "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
        "why", "will", "with", "within", "without", "would", "yet", "you", "your", "according", "told",
        "still", "already", "well",
    };

    /// <summary>
    /// The most words the shared cache keeps, both languages together (a few hundred bytes each:
    /// about 60 MB when full). News repeats its words: a corpus's frequent words are cached early,
    /// and a word met after the cache is full is analysed each time it comes (the same result).
    /// </summary>
    private const int MaxCachedWords = 200_000;

    [ThreadStatic]
    private static List<Anchor>? _anchors;

    [ThreadStatic]
    private static KeySet? _seen;

    [ThreadStatic]
    private static FoundAnchors? _found;

    private static FoundAnchors Found() => _found ??= new FoundAnchors();

    private readonly Gazetteer _gazetteer;

    /// <summary>The concepts' anchor keys, by concept number (1 .. the gazetteer's count), made on first use.</summary>
    private readonly string?[] _conceptKeys;
    private readonly bool _dictionaryStems;
    private readonly ConcurrentDictionary<string, WordInfo> _hindiWords = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordInfo> _englishWords = new(StringComparer.Ordinal);
    private int _cachedWords;

    /// <param name="gazetteer">Concepts to find; <see cref="Gazetteer.Empty"/> for none; null for the built-in one.</param>
    /// <param name="dictionaryStems">Also emit content-word stems for a dictionary to match.</param>
    public FeatureExtractor(Gazetteer? gazetteer = null, bool dictionaryStems = false)
    {
        _gazetteer = gazetteer ?? Gazetteer.Default;
        _dictionaryStems = dictionaryStems;
        _conceptKeys = new string?[_gazetteer.Count + 1];
    }

    /// <summary>The default extractor: built-in gazetteer, no dictionary stems.</summary>
    public static FeatureExtractor Default { get; } = new();

    /// <summary>
    /// Analyses every unit of an article. In English, a capitalised word that opens a sentence and
    /// that the article also writes in lower case elsewhere (Officials ... officials) is no name.
    /// </summary>
    public UnitFeatures[] Analyze(Article article, Language language) => AnalyzeArticle(article, language, null, null, out _);

    /// <summary>
    /// The same for the sentences of paragraphs: <paramref name="first"/>[p] is the first sentence
    /// of paragraph p (and [count] the number of sentences); <paramref name="merged"/> is each
    /// paragraph's features as <see cref="Merge"/> makes them from its sentences', made as the
    /// sentences are analysed (one probe of a key tells whether it is new in the sentence and in the paragraph).
    /// </summary>
    internal UnitFeatures[] Analyze(Article sentences, Language language, int[] first, Article paragraphs, out UnitFeatures[] merged)
    {
        var result = AnalyzeArticle(sentences, language, first, paragraphs, out var made);
        merged = made!;
        return result;
    }

    private UnitFeatures[] AnalyzeArticle(Article article, Language language, int[]? first, Article? paragraphs, out UnitFeatures[]? merged)
    {
        // Each unit is tokenised and its words looked up once: the English article-wide pass
        // (which words it writes in lower case) and the analyses of the units share them.
        // The units' texts are read from an array: each read of an article's list of units is an interface call.
        int count = article.Count;
        var result = new UnitFeatures[count];
        var scratch = ArticleWords.For(count);
        var texts = scratch.Texts;
        bool hindi = language == Language.Hindi;
        int total = 0;
        for (int i = 0; i < count; i++)
        {
            var tokens = scratch.Tokens[i];
            string text = texts[i] = article.Units[i].Text;
            Tokenizer.Tokenize(text, tokens);
            scratch.Start[i] = total;
            total += tokens.Count;
        }

        var words = scratch.Words(total);
        var local = Local();
        MapAndHash(scratch, count, total, hindi, local);
        LookUp(scratch, count, total, local);

        var lowerCase = hindi ? null : LowerCaseWords(count, scratch, words);
        if (first is null || paragraphs is null)
        {
            merged = null;
            for (int i = 0; i < count; i++)
            {
                result[i] = Analyze(texts[i], language, scratch.Tokens[i], lowerCase, words, scratch.Start[i]);
            }
        }
        else
        {
            int paragraphCount = paragraphs.Count;
            merged = new UnitFeatures[paragraphCount];
            var paragraph = _paragraph ??= new ParagraphAnchors();
            var found = Found();
            found.InParagraph = true;
            try
            {
                for (int p = 0; p < paragraphCount; p++)
                {
                    paragraph.Clear();
                    found.StartParagraph();
                    for (int i = first[p]; i < first[p + 1]; i++)
                    {
                        result[i] = Analyze(texts[i], language, scratch.Tokens[i], lowerCase, words, scratch.Start[i]);
                        if (first[p + 1] - first[p] > 1)
                        {
                            paragraph.Add(found.ParagraphNotes);
                        }
                    }

                    int length = paragraphs.Units[p].Text.Length;
                    merged[p] = first[p + 1] - first[p] > 1 ? new UnitFeatures(length, paragraph.ToArray(result.AsSpan(first[p]..first[p + 1])))
                        : result[first[p]].Length == length ? result[first[p]] : result[first[p]] with { Length = length };
                }
            }
            finally
            {
                found.InParagraph = false;
            }
        }

        scratch.Release(count, total);
        return result;
    }

    /// <summary>
    /// The first step of an article's look-ups: each word's map and hash, and the processor asked
    /// for the word's first slot in its map. Then <see cref="LookUp"/> asks, at each word, for the
    /// entry of the word <see cref="PrefetchAhead"/> on: a batch's word map is larger than the
    /// cache, and the look-ups' waits for memory overlap.
    /// </summary>
    /// <remarks>
    /// The map is noted as a byte (no reference stored: no write barrier for each token). Each
    /// step is a method of its own: its loop keeps its values in registers. The slots are asked
    /// for here, as soon as their hashes are known, rather than some words ahead in the look-up
    /// loop: the hashing of the words that follow covers the waits, and the look-up loop, whose
    /// values do not all fit in registers, does one test and one hint less for each token (an
    /// article's slots, a cache line a word, stay in the cache until its look-ups).
    /// </remarks>
    private static void MapAndHash(ArticleWords scratch, int count, int total, bool hindi, LocalWords local)
    {
        var maps = scratch.Maps.AsSpan(0, total);
        var hashes = scratch.Hashes.AsSpan(0, total);
        var hindiMap = local.Hindi;
        var englishMap = local.English;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<char> text = scratch.Texts[i];
            var tokens = CollectionsMarshal.AsSpan(scratch.Tokens[i]);
            int start = scratch.Start[i];
            var unitMaps = maps.Slice(start, tokens.Length);
            var unitHashes = hashes.Slice(start, tokens.Length);
            for (int t = 0; t < tokens.Length; t++)
            {
                var token = tokens[t];
                if (token.Kind != TokenKind.Word)
                {
                    unitMaps[t] = NoMap;
                    continue;
                }

                var span = text.Slice(token.Start, token.Length);
                bool inHindi = InHindiMap(span, hindi);
                uint hash = SpanMap<WordInfo>.Hash(span);
                unitMaps[t] = inHindi ? HindiMap : EnglishMap;
                unitHashes[t] = hash;
                (inHindi ? hindiMap : englishMap).Prefetch(hash);
            }
        }
    }

    /// <summary>The second step: each word of the article looked up (see <see cref="MapAndHash"/>), into the scratch's words.</summary>
    private void LookUp(ArticleWords scratch, int count, int total, LocalWords local)
    {
        ReadOnlySpan<byte> maps = scratch.Maps.AsSpan(0, total);
        ReadOnlySpan<uint> hashes = scratch.Hashes.AsSpan(0, total);

        // Stored through a span: a store into an array of a class type checks the array's type each time.
        var words = scratch.Words(total).AsSpan(0, total);
        var hindiMap = local.Hindi;
        var englishMap = local.English;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<char> text = scratch.Texts[i];
            var tokens = CollectionsMarshal.AsSpan(scratch.Tokens[i]);
            for (int t = 0, k = scratch.Start[i]; t < tokens.Length; t++, k++)
            {
                if (k + PrefetchAhead < total && maps[k + PrefetchAhead] != NoMap)
                {
                    (maps[k + PrefetchAhead] == HindiMap ? hindiMap : englishMap).PrefetchEntry(hashes[k + PrefetchAhead]);
                }

                if (maps[k] != NoMap)
                {
                    bool inHindi = maps[k] == HindiMap;
                    var map = inHindi ? hindiMap : englishMap;
                    var span = text.Slice(tokens[t].Start, tokens[t].Length);
                    words[k] = map.TryGetValue(span, hashes[k], out var info) ? info : WordMissed(span, inHindi, map, hashes[k]);
                }
                else
                {
                    words[k] = null;
                }
            }
        }
    }

    /// <summary>
    /// True for a line set in title case: at least four Latin content words, four in five of them
    /// capitalised, and at least two of those written in lower case elsewhere in the article (so
    /// that a sentence full of names is not taken for a headline).
    /// </summary>
    private static bool IsTitleCase(List<Token> tokens, ReadOnlySpan<WordInfo?> words, KeySet lowerCase)
    {
        int content = 0, capital = 0, common = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            if (words[t] is not { IsStop: false, Skeleton: not null, Latin: true } w)
            {
                continue;
            }

            content++;
            if (w.Capital)
            {
                capital++;
                common += lowerCase.Contains(w.Lower, w.LowerHash) ? 1 : 0;
            }
        }

        return content >= 4 && capital * 5 >= content * 4 && common >= 2;
    }

    [ThreadStatic]
    private static KeySet? _lowerCase;

    /// <summary>
    /// The Latin words an article writes starting with a lower-case letter (a set of the thread's,
    /// emptied for each article; a word's string is the word cache's when it has one), from the
    /// texts of its <paramref name="units"/> units, their tokens and their words as <see cref="Analyze(Article, Language)"/> looked them up.
    /// </summary>
    private static KeySet LowerCaseWords(int units, ArticleWords scratch, WordInfo?[] words)
    {
        var set = _lowerCase ??= new KeySet();
        set.Clear();
        for (int i = 0; i < units; i++)
        {
            string text = scratch.Texts[i];
            var tokens = scratch.Tokens[i];
            for (int t = 0, k = scratch.Start[i]; t < tokens.Count; t++, k++)
            {
                if (tokens[t].Kind == TokenKind.Word && char.IsAsciiLetterLower(text[tokens[t].Start]))
                {
                    var w = words[k]!;
                    set.Add(w.Text, w.TextHash);
                }
            }
        }

        return set;
    }

    /// <summary>
    /// The tokens of each unit of an article and the words looked up for them, one set per thread,
    /// reused article after article (a long article's lists are not kept).
    /// </summary>
    private sealed class ArticleWords
    {
        private const int MaxKept = 4096;
        private const int MaxKeptTokens = 1 << 16;

        [ThreadStatic]
        private static ArticleWords? _current;

        private WordInfo?[] _words = new WordInfo?[1024];

        /// <summary>Each token's map (<see cref="NoMap"/>: not a word, <see cref="HindiMap"/>, <see cref="EnglishMap"/>), as long as the words.</summary>
        public byte[] Maps { get; private set; } = new byte[1024];

        /// <summary>Each word's hash, as long as the words.</summary>
        public uint[] Hashes { get; private set; } = new uint[1024];

        public List<Token>[] Tokens { get; private set; } = [];

        /// <summary>Each unit's text.</summary>
        public string[] Texts { get; private set; } = [];

        public int[] Start { get; private set; } = [];

        public static ArticleWords For(int units)
        {
            var s = _current ??= new ArticleWords();
            if (s.Tokens.Length < units)
            {
                var lists = new List<Token>[Math.Max(units, 64)];
                s.Tokens.CopyTo(lists, 0);
                for (int i = s.Tokens.Length; i < lists.Length; i++)
                {
                    lists[i] = [];
                }

                s.Tokens = lists;
                s.Texts = new string[lists.Length];
                s.Start = new int[lists.Length];
            }

            return s;
        }

        /// <summary>Room for <paramref name="count"/> words (the old ones are overwritten).</summary>
        public WordInfo?[] Words(int count)
        {
            if (_words.Length < count)
            {
                _words = new WordInfo?[Math.Max(count, _words.Length * 2)];
                Maps = new byte[_words.Length];
                Hashes = new uint[_words.Length];
            }

            return _words;
        }

        /// <summary>Drops what a long article made, so that one such article does not hold its memory for the rest of a batch.</summary>
        public void Release(int units, int words)
        {
            if (units > MaxKept)
            {
                Tokens = Tokens[..MaxKept];
                Texts = new string[MaxKept];
                Start = new int[MaxKept];
            }
            else
            {
                // The texts are not held until the next article.
                Array.Clear(Texts, 0, units);
            }

            // A unit of a huge line (a whole article on one line) leaves no huge list behind.
            for (int i = 0; i < Math.Min(units, Tokens.Length); i++)
            {
                if (Tokens[i].Capacity > MaxKeptTokens)
                {
                    Tokens[i] = [];
                }
            }

            if (_words.Length > MaxKept * 16)
            {
                _words = new WordInfo?[1024];
                Maps = new byte[1024];
                Hashes = new uint[1024];
            }
            else
            {
                // The maps are bytes, written for every token: no reference to drop.
                Array.Clear(_words, 0, words);
            }
        }
    }

    [ThreadStatic]
    private static ParagraphAnchors? _paragraph;

    /// <summary>
    /// The anchors of a paragraph as its sentences are analysed, in the order of <see cref="Merge"/>:
    /// the gazetteer concepts, then the others, each key once; one per thread, emptied for each paragraph.
    /// </summary>
    /// <remarks>
    /// Only which of the sentences' anchors the paragraph keeps is noted as they come (a byte
    /// each, made by <see cref="FoundAnchors"/> as the anchor is added); <see cref="ToArray"/>
    /// copies them from the sentences' arrays into one of the exact size, a run at a time: no
    /// anchor is copied into a list first.
    /// </remarks>
    private sealed class ParagraphAnchors
    {
        /// <summary>What the paragraph does with a sentence's anchor: leaves it (an earlier sentence has its key), or keeps it among the concepts or the others.</summary>
        public const byte Left = 0;
        public const byte Concept = 1;
        public const byte Other = 2;

        /// <summary>The most notes kept after a long paragraph.</summary>
        private const int MaxKept = 1 << 14;

        private byte[] _kept = new byte[256];
        private int _count;
        private int _concepts;
        private int _others;

        public void Clear()
        {
            _count = 0;
            _concepts = 0;
            _others = 0;
            if (_kept.Length > MaxKept)
            {
                _kept = new byte[256];
            }
        }

        /// <summary>A sentence's anchors, by what the paragraph does with each (<paramref name="notes"/>: <see cref="Left"/>, <see cref="Concept"/>, <see cref="Other"/>).</summary>
        public void Add(ReadOnlySpan<byte> notes)
        {
            if (_count + notes.Length > _kept.Length)
            {
                Array.Resize(ref _kept, Math.Max(_count + notes.Length, _kept.Length * 2));
            }

            notes.CopyTo(_kept.AsSpan(_count));
            _count += notes.Length;
            _concepts += notes.Count(Concept);
            _others += notes.Count(Other);
        }

        /// <summary>The kept anchors of <paramref name="sentences"/> (those given to <see cref="Add"/> since <see cref="Clear"/>, in order).</summary>
        /// <remarks>
        /// One pass over the notes: a run of concepts is copied to the next place among the
        /// concepts (the array's start), a run of the others to the next place after all the concepts.
        /// </remarks>
        public Anchor[] ToArray(ReadOnlySpan<UnitFeatures> sentences)
        {
            var all = new Anchor[_concepts + _others];
            int concepts = 0, others = _concepts, k = 0;
            foreach (var sentence in sentences)
            {
                var anchors = sentence.Anchors;
                var kept = _kept.AsSpan(k, anchors.Length);
                for (int i = 0; i < anchors.Length;)
                {
                    byte which = kept[i];
                    int end = i + 1;
                    while (end < anchors.Length && kept[end] == which)
                    {
                        end++;
                    }

                    if (which == Concept)
                    {
                        anchors.AsSpan(i, end - i).CopyTo(all.AsSpan(concepts));
                        concepts += end - i;
                    }
                    else if (which == Other)
                    {
                        anchors.AsSpan(i, end - i).CopyTo(all.AsSpan(others));
                        others += end - i;
                    }

                    i = end;
                }

                k += anchors.Length;
            }

            return all;
        }
    }

    /// <summary>
    /// The features of a paragraph from those of its sentences, in the order <see cref="Analyze(string, Language, List{Token})"/>
    /// gives them (gazetteer concepts first, then the other anchors; each key once, where it first
    /// appears): the same features as analysing the paragraph, as long as no anchor spans two
    /// sentences (a phrase or a number and its scale word across a full stop).
    /// </summary>
    public static UnitFeatures Merge(ReadOnlySpan<UnitFeatures> sentences, int length)
    {
        if (sentences.Length == 1)
        {
            return sentences[0].Length == length ? sentences[0] : sentences[0] with { Length = length };
        }

        var anchors = _anchors ??= new List<Anchor>(64);
        var seen = _seen ??= new KeySet();
        anchors.Clear();
        seen.Clear();
        foreach (bool concepts in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var s in sentences)
            {
                foreach (var a in s.Anchors)
                {
                    if (a.Key.StartsWith("g:", StringComparison.Ordinal) == concepts && seen.Add(a.Key))
                    {
                        anchors.Add(a);
                    }
                }
            }
        }

        return new UnitFeatures(length, [.. anchors]);
    }

    /// <summary>Analyses one text; <paramref name="tokens"/> is a scratch list.</summary>
    public UnitFeatures Analyze(string text, Language language, List<Token> tokens) => Analyze(text, language, tokens, null);

    /// <summary>
    /// Analyses one text; <paramref name="tokens"/> is a scratch list; <paramref name="lowerCase"/>,
    /// when given, holds the words its article writes in lower case (see <see cref="Analyze(Article, Language)"/>).
    /// </summary>
    public UnitFeatures Analyze(string text, Language language, List<Token> tokens, IReadOnlySet<string>? lowerCase) =>
        Analyze(text, language, tokens, lowerCase is null ? null : ToKeySet(lowerCase), null, 0);

    /// <summary>A caller's set of words as the analysis looks them up, ordinally (a new set: this overload is not on the batch's path).</summary>
    private static KeySet ToKeySet(IReadOnlySet<string> words)
    {
        var set = new KeySet();
        foreach (string w in words)
        {
            set.Add(w);
        }

        return set;
    }

    /// <summary>
    /// The same; with <paramref name="known"/>, <paramref name="tokens"/> already holds the text's
    /// tokens and known[<paramref name="knownStart"/> ..] their words.
    /// </summary>
    private UnitFeatures Analyze(string text, Language language, List<Token> tokens, KeySet? lowerCase, WordInfo?[]? known, int knownStart)
    {
        // A separator line (***, ____, <><>) stands at the same place on both sides: one anchor
        // that meets any separator, and nothing else.
        var found = Found();
        found.Clear();

        // A line with a word or a number in it is no separator (tokens are letters, marks and digits).
        if ((known is null || tokens.Count == 0) && LineShape.IsSeparator(text))
        {
            found.Add(SeparatorKey, SeparatorHash, AnchorKind.Separator, text, 0, text.Length);
            return new UnitFeatures(text.Length, found.ToArray());
        }

        // A sign-off code (AB/CD, एबी/सीडी) names different staff on each side: nothing to match.
        if (LineShape.IsSignOff(text))
        {
            return new UnitFeatures(text.Length, []);
        }

        if (known is null)
        {
            Tokenizer.Tokenize(text, tokens);
        }

        bool hindi = language == Language.Hindi;
        // Per-token scratch, reused by the thread (cleared up to the token count): an article
        // analyses hundreds of lines.
        // The article's words are read where they stand; a text of its own has them looked up here.
        var (wordScratch, consumed, covered) = Scratch(tokens.Count, clearWords: known is null);
        ReadOnlySpan<WordInfo?> words;
        if (known is not null)
        {
            words = known.AsSpan(knownStart, tokens.Count);
        }
        else
        {
            var looked = wordScratch.AsSpan(0, tokens.Count);
            words = looked;
            for (int t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].Kind == TokenKind.Word)
                {
                    looked[t] = Word(tokens[t].In(text), hindi);
                }
            }
        }

        // Tokens read as part of something larger (a web address, a list marker, a time, a dotted
        // acronym) give no anchors of their own.
        var addresses = FindAddresses(text, tokens, consumed);
        int bodyStart = 0;
        if (LineShape.ListMarker(text) is { } marker)
        {
            bodyStart = marker.Length;
            found.Add("o:" + marker.Ordinal.ToString(CultureInfo.InvariantCulture), AnchorKind.Ordinal, new Token(0, marker.Length, TokenKind.Word), text);
            for (int t = 0; t < tokens.Count && tokens[t].Start < marker.Length; t++)
            {
                consumed[t] = true;
            }
        }

        bool titleCase = lowerCase is not null && IsTitleCase(tokens, words, lowerCase);
        FindConcepts(text, tokens, words, consumed, covered, found, hindi);

        double? previousNumber = null;
        LocalWords? local = null;
        for (int t = 0; t < tokens.Count; t++)
        {
            var tok = tokens[t];
            if (consumed[t])
            {
                if (addresses?.TryGetValue(t, out var address) == true)
                {
                    found.AddAlways(address);
                }

                previousNumber = null;
                continue;
            }

            if (words[t] is not { } w)
            {
                if (Clock.Read(text, tokens, t) is { } time)
                {
                    // 09:00, 0900 hrs, 9:00 AM, 9 बजे: the hour on a 12-hour clock, and with its minutes.
                    var span = new Token(tok.Start, tokens[time.Last].Start + tokens[time.Last].Length - tok.Start, TokenKind.Number);
                    found.Add("#" + time.Hour.ToString(CultureInfo.InvariantCulture), AnchorKind.Number, span, text);
                    if (time.Minute > 0)
                    {
                        found.Add("#" + time.Hour.ToString(CultureInfo.InvariantCulture) + ":" + time.Minute.ToString("00", CultureInfo.InvariantCulture), AnchorKind.Number, span, text);
                    }

                    previousNumber = null;
                    t = time.Last;
                    continue;
                }

                var number = Number(tok.In(text), local ??= Local());
                found.Add(number.Key, number.KeyHash, AnchorKind.Number, tok, text);
                previousNumber = number.Value;
                continue;
            }

            // Most words are none of a letter name, a scale, "one" or a number word: one test passes the four.
            if (w.LetterOrNumber)
            {
                if (w.Letter is not null && DottedLetters(text, tokens, words, t) is { } dotted)
                {
                    // यू.एन., आई.सी.ए.आर.: letter names joined by full stops spell an acronym (UN, ICAR).
                    var span = new Token(tok.Start, tokens[dotted.Last].Start + tokens[dotted.Last].Length - tok.Start, TokenKind.Word);
                    found.Add("a:" + dotted.Letters, AnchorKind.Name, span, text);
                    previousNumber = null;
                    t = dotted.Last;
                    continue;
                }

                if (w.Scale is { } scale)
                {
                    if (previousNumber is { } n)
                    {
                        found.Add("#" + Format(n * scale), AnchorKind.Number, tok, text);
                    }

                    previousNumber = null;
                    continue;
                }

                if (w.IsOne && t + 1 < tokens.Count && words[t + 1] is { Scale: not null })
                {
                    // "one million", "a million", "एक लाख": a scale's count, not an anchor of its own.
                    previousNumber = 1;
                    continue;
                }

                if (w.Cardinal is { } cardinal)
                {
                    found.Add("#" + cardinal.ToString(CultureInfo.InvariantCulture), AnchorKind.Number, tok, text);
                    previousNumber = cardinal;
                    continue;
                }
            }

            previousNumber = null;
            if (covered[t] || w.IsStop)
            {
                continue;
            }

            if (w.AcronymKey is { } acronymKey)
            {
                found.Add(acronymKey, w.AcronymKeyHash, AnchorKind.Name, tok, text);
            }

            if (w.Skeleton is { } key)
            {
                // A capital that only opens a sentence (Officials said ..., when the article also
                // writes "officials") makes no name.
                // In a headline set in title case (Girl Students to be Designated as Class
                // Monitors) any capital is only style: the words the article also writes in lower
                // case are no names there, wherever they stand.
                bool name = w.Capital && !(lowerCase is not null && (titleCase || OpensSentence(text, tok.Start, bodyStart))
                    && lowerCase.Contains(w.Lower, w.LowerHash));
                found.Add(key, w.SkeletonHash, name ? AnchorKind.Name : AnchorKind.Word, tok, text);
            }

            // Stems are looked up in the dictionary from the unit's language: a word in the other
            // script (ICAR in a Hindi line) matches by its form, not through the dictionary.
            if (w.Stem is { } stem && w.Latin != hindi)
            {
                found.Add(stem, w.StemHash, AnchorKind.Dictionary, tok, text);
            }
        }

        return new UnitFeatures(text.Length, found.ToArray());
    }

    /// <summary>The thread's buffer for candidate phrases (<see cref="FindConcepts"/>).</summary>
    [ThreadStatic]
    private static char[]? _phraseBuffer;

    /// <summary>Gazetteer phrases, longest first, left to right; their words are marked covered.</summary>
    private void FindConcepts(string text, List<Token> tokens, ReadOnlySpan<WordInfo?> words, bool[] consumed, bool[] covered, FoundAnchors found, bool hindi)
    {
        // The thread's array, not stackalloc: a buffer on the stack is cleared for every unit, and most units have no candidate.
        Span<char> buffer = _phraseBuffer ??= new char[256];
        for (int t = 0; t < tokens.Count; t++)
        {
            if (words[t] is not { } first || consumed[t])
            {
                continue;
            }

            int id = 0, n = 1;
            if (first.PhraseStart)
            {
                for (n = Math.Min(Gazetteer.MaxPhraseWords, tokens.Count - t); n >= 2 && id == 0; n--)
                {
                    bool allWords = true;
                    for (int k = 1; k < n; k++)
                    {
                        allWords &= words[t + k] is not null && !consumed[t + k];
                    }

                    if (allWords)
                    {
                        // The words joined by a space in a buffer: most candidates are no phrase.
                        int length = n - 1;
                        for (int k = t; k < t + n; k++)
                        {
                            length += hindi ? words[k]!.Normal.Length : tokens[k].Length;
                        }

                        Span<char> phrase = length <= buffer.Length ? buffer[..length] : new char[length];
                        int at = 0;
                        for (int k = t; k < t + n; k++)
                        {
                            if (k > t)
                            {
                                phrase[at++] = ' ';
                            }

                            var word = hindi ? words[k]!.Normal.AsSpan() : tokens[k].In(text);
                            word.CopyTo(phrase[at..]);
                            at += word.Length;
                        }

                        id = hindi ? _gazetteer.FindHindi(phrase) : _gazetteer.FindEnglish(phrase);
                    }
                }

                n++;
            }

            if (id == 0)
            {
                n = 1;
                id = first.Concept;
            }

            if (id == 0)
            {
                continue;
            }

            int start = tokens[t].Start, end = tokens[t + n - 1].Start + tokens[t + n - 1].Length;
            found.AddConcept(ConceptKey(id), _gazetteer.IsCalendar(id) ? AnchorKind.Date : AnchorKind.Entity, text, start, end - start);

            for (int k = 0; k < n; k++)
            {
                covered[t + k] = true;
            }

            t += n - 1;
        }
    }

    /// <summary>A concept's anchor key ("g:" + its number), made once per concept (a race only makes it twice).</summary>
    private string ConceptKey(int id)
    {
        var keys = _conceptKeys;
        if ((uint)id >= (uint)keys.Length)
        {
            return "g:" + id.ToString(CultureInfo.InvariantCulture);
        }

        return keys[id] ??= "g:" + id.ToString(CultureInfo.InvariantCulture);
    }

    private WordInfo Word(ReadOnlySpan<char> span, bool hindi) => Word(span, hindi, Local());

    /// <summary>The thread's own map of words of this extractor (made on first use).</summary>
    private LocalWords Local()
    {
        var local = _local;
        if (local is null || local.Owner != this)
        {
            _local = local = new LocalWords(this);
        }

        return local;
    }

    /// <summary>The same, with the thread's map at hand (an article's tokens look it up in a row).</summary>
    /// <remarks>
    /// Inlined into the loops over an article's tokens: nearly every word is in the thread's map,
    /// and the look-up there is a few instructions; the rest is <see cref="WordMissed"/>, out of line.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private WordInfo Word(ReadOnlySpan<char> span, bool hindi, LocalWords local)
    {
        // The thread's own map first (no locks, no volatile reads), then the shared cache.
        var near = MapOf(span, hindi, local);
        uint hash = SpanMap<WordInfo>.Hash(span);
        return near.TryGetValue(span, hash, out var info) ? info : WordMissed(span, near == local.Hindi, near, hash);
    }

    /// <summary>The thread's map a word is looked up in: Hindi or English.</summary>
    /// <remarks>
    /// A Latin word in a Hindi line (ICAR, a name, an English phrase) is analysed as English, so
    /// it meets the same word on the English side. Not the other way round: Devanagari in an
    /// English page is an embedded original (a quoted tweet), not the translation to pair.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static SpanMap<WordInfo> MapOf(ReadOnlySpan<char> span, bool hindi, LocalWords local) =>
        InHindiMap(span, hindi) ? local.Hindi : local.English;

    /// <summary>Whether a word of a unit in Hindi (<paramref name="hindi"/>) or English is looked up in the Hindi map (see <see cref="MapOf"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool InHindiMap(ReadOnlySpan<char> span, bool hindi) => hindi && !char.IsAsciiLetter(span[0]);

    /// <summary>Which of the thread's maps a token of an article is looked up in (<see cref="ArticleWords.Maps"/>): none (not a word), Hindi's or English's.</summary>
    private const byte NoMap = 0;
    private const byte HindiMap = 1;
    private const byte EnglishMap = 2;

    /// <summary>How many words ahead of its look-up a word's entry is asked for (<see cref="SpanMap{TValue}.PrefetchEntry"/>; its slot was asked for by <see cref="MapAndHash"/>).</summary>
    private const int PrefetchAhead = 8;

    /// <summary>A word that is not in the thread's map (<paramref name="near"/>, where it is added): from the shared cache, or analysed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WordInfo WordMissed(ReadOnlySpan<char> span, bool hindi, SpanMap<WordInfo> near, uint hash)
    {
        var cache = hindi ? _hindiWords : _englishWords;
        if (cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out string? word, out var info))
        {
            near.Add(word, hash, info);
            return info;
        }

        word = span.ToString();
        info = hindi ? HindiWord(word, hash) : EnglishWord(word, hash);
        // Counted here: ConcurrentDictionary.Count takes every lock of the map.
        if (Volatile.Read(ref _cachedWords) < MaxCachedWords && cache.TryAdd(word, info))
        {
            Interlocked.Increment(ref _cachedWords);
        }

        near.Add(word, hash, info);
        return info;
    }

    [ThreadStatic]
    private static LocalWords? _local;

    /// <summary>
    /// A thread's copy of the words it met lately (of one extractor): the shared cache answers
    /// many threads and pays for it on every look-up; this answers most of them. Emptied when full
    /// (<see cref="SpanMap{TValue}.Max"/> words a language).
    /// </summary>
    private sealed class LocalWords(FeatureExtractor owner)
    {
        public FeatureExtractor Owner { get; } = owner;

        public SpanMap<WordInfo> Hindi { get; } = new();

        public SpanMap<WordInfo> English { get; } = new();

        public SpanMap<NumberInfo> Numbers { get; } = new();
    }

    /// <summary>
    /// The anchor of a number token as written (from the thread's map: a page repeats its years,
    /// counts and amounts, and pages repeat each other's): its key ("#" + the canonical form),
    /// the key's hash, and its value.
    /// </summary>
    private static NumberInfo Number(ReadOnlySpan<char> token, LocalWords local)
    {
        uint hash = SpanMap<NumberInfo>.Hash(token);
        if (local.Numbers.TryGetValue(token, hash, out var number))
        {
            return number;
        }

        string canonical = NumberReader.Canonical(token);
        string key = "#" + canonical;
        number = new NumberInfo(key, SpanMap<string>.Hash(key), NumberReader.Value(canonical));
        local.Numbers.Add(token.ToString(), hash, number);
        return number;
    }

    /// <summary>What a number token gives: see <see cref="Number"/>.</summary>
    private sealed record NumberInfo(string Key, uint KeyHash, double? Value);

    private WordInfo HindiWord(string word, uint hash)
    {
        string normal = Stemmer.HindiNormal(word);
        bool stop = StopWords.Hindi.Contains(word) || StopWords.Hindi.Contains(normal);
        bool devanagari = word[0] >= '\u0900' && word[0] <= '\u097F';
        string? skeleton = null, stem = null, acronym = null;
        if (!stop && devanagari)
        {
            acronym = Acronym.FromDevanagari(word);
            string key = PhoneticKey.FromDevanagari(word);
            skeleton = key.Length >= 2 ? key : null;
            if (_dictionaryStems)
            {
                string s = "d:" + Stemmer.Hindi(word);
                stem = s.Length > 3 ? s : null;
            }
        }

        return new WordInfo(acronym, skeleton, stem)
        {
            Text = word,
            TextHash = hash,
            Normal = normal,
            IsStop = stop,
            Letter = Acronym.LetterOf(word),
            Cardinal = NumberWords.CardinalOf(normal, word),
            Scale = NumberWords.ScaleOf(normal, word),
            IsOne = NumberWords.One.Contains(word),
            Concept = _gazetteer.FindHindi(normal),
            PhraseStart = _gazetteer.StartsPhrase(normal, hindi: true),
        };
    }

    private WordInfo EnglishWord(string word, uint hash)
    {
        bool stop = EnglishFunctionWords.Contains(word) || StopWords.English.Contains(word.ToLowerInvariant());
        bool capital = char.IsUpper(word[0]);
        string? skeleton = null, stem = null, acronym = null;
        if (!stop && char.IsLetter(word[0]))
        {
            acronym = Acronym.FromLatin(word);

            // An acronym meets its Hindi form spelled in letter names (सीआईए); one of four or more
            // letters may also be said as a word (ISRO ~ इसरो, NASA ~ नासा).
            if (acronym is null || acronym.Length >= 4)
            {
                string key = PhoneticKey.FromLatin(word);
                skeleton = key.Length >= (capital ? 2 : 3) ? key : null;
            }

            if (_dictionaryStems && acronym is null)
            {
                string s = "d:" + Stemmer.English(word);
                stem = s.Length > 3 ? s : null;
            }
        }

        return new WordInfo(acronym, skeleton, stem)
        {
            Text = word,
            TextHash = hash,
            Normal = word,
            Latin = true,
            IsStop = stop,
            Capital = capital,
            Lower = capital ? word.ToLowerInvariant() : null,
            Cardinal = NumberWords.CardinalOf(word),
            Scale = NumberWords.ScaleOf(word),
            IsOne = NumberWords.One.Contains(word),
            // A token is one word (no spaces): the span look-up gives what the string one gives,
            // without the string one's split, join and copies.
            Concept = _gazetteer.FindEnglish(word.AsSpan()),
            PhraseStart = _gazetteer.StartsPhrase(word.Replace(".", string.Empty), hindi: false),
        };
    }

    /// <summary>The key of every separator line: any separator meets any other.</summary>
    public const string SeparatorKey = "s:";

    private static readonly uint SeparatorHash = SpanMap<string>.Hash(SeparatorKey);

    /// <summary>
    /// Web and e-mail addresses (https://..., www..., name@site.gov.in, site.gov.in): one exact
    /// anchor each ("u:" + the address in lower case, without scheme, www. and trailing marks),
    /// by the index of its first token; their tokens are marked consumed. Null when there are none.
    /// </summary>
    private static Dictionary<int, Anchor>? FindAddresses(string text, List<Token> tokens, bool[] consumed)
    {
        // Every match of the pattern holds one of these (its scheme, www., an @, or a dot before
        // one of its domains): most sentences hold none, and the pattern is not run on them.
        if (!AddressMarks.In(text))
        {
            return null;
        }

        Dictionary<int, Anchor>? found = null;
        foreach (System.Text.RegularExpressions.ValueMatch m in Address().EnumerateMatches(text))
        {
            var span = text.AsSpan(m.Index, m.Length).TrimEnd(".,;:)]'\"/");
            int end = m.Index + span.Length;
            string key = span.ToString().ToLowerInvariant();
            foreach (string prefix in (ReadOnlySpan<string>)["https://", "http://", "www."])
            {
                key = key.StartsWith(prefix, StringComparison.Ordinal) ? key[prefix.Length..] : key;
            }

            int first = -1;
            for (int t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].Start >= m.Index && tokens[t].Start < end)
                {
                    first = first < 0 ? t : first;
                    consumed[t] = true;
                }
            }

            if (first >= 0)
            {
                found ??= [];
                found[first] = new Anchor("u:" + key, AnchorKind.Entity, text, m.Index, span.Length);
            }
        }

        return found;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:gov|nic|com|org|net|edu|int|in)\b(?:/[^\s<>""]*)?")]
    private static partial System.Text.RegularExpressions.Regex Address();

    /// <summary>
    /// A run of two or more Hindi letter names joined by full stops (a space after the stop
    /// allowed when the next letter has its own full stop) starting at token <paramref name="t"/>: यू.एन. = UN. Null for a lone initial (के.).
    /// </summary>
    private static (string Letters, int Last)? DottedLetters(string text, List<Token> tokens, ReadOnlySpan<WordInfo?> words, int t)
    {
        int last = t;
        while (last + 1 < tokens.Count && words[last + 1] is { Letter: not null })
        {
            int end = tokens[last].Start + tokens[last].Length, next = tokens[last + 1].Start;
            int nextEnd = next + tokens[last + 1].Length;

            // After a space, only a letter with a full stop of its own: in "आर. के वैज्ञानिक" के is a postposition.
            bool dot = text[end] == '.' && (next == end + 1
                || (next == end + 2 && text[end + 1] == ' ' && nextEnd < text.Length && text[nextEnd] == '.'));
            if (!dot)
            {
                break;
            }

            last++;
        }

        if (last == t)
        {
            return null;
        }

        var letters = new char[last - t + 1];
        for (int k = t; k <= last; k++)
        {
            letters[k - t] = words[k]!.Letter!.Value;
        }

        return (new string(letters), last);
    }

    /// <summary>
    /// True when the word at <paramref name="start"/> opens the line (after a list marker ending at
    /// <paramref name="bodyStart"/>) or a sentence: only spaces, opening quotes and brackets between
    /// it and a full stop, question or exclamation mark, or colon.
    /// </summary>
    private static bool OpensSentence(string text, int start, int bodyStart)
    {
        int i = start - 1;
        while (i >= bodyStart && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\'' or '“' or '‘' or '(' or '['))
        {
            i--;
        }

        return i < bodyStart || text[i] is '.' or '!' or '?' or ':';
    }

    [ThreadStatic]
    private static WordInfo?[]? _words;

    [ThreadStatic]
    private static bool[]? _consumed;

    [ThreadStatic]
    private static bool[]? _covered;

    /// <summary>
    /// The per-token arrays of one analysis, cleared for <paramref name="count"/> tokens (fresh
    /// ones beyond a long line's size); the words only when <paramref name="clearWords"/> (an
    /// article's units read theirs from the article's).
    /// </summary>
    private static (WordInfo?[] Words, bool[] Consumed, bool[] Covered) Scratch(int count, bool clearWords)
    {
        const int MaxKept = 4096;
        if (count > MaxKept)
        {
            return (new WordInfo?[count], new bool[count], new bool[count]);
        }

        if (_words is null || _words.Length < count)
        {
            int size = Math.Max(count, 256);
            (_words, _consumed, _covered) = (new WordInfo?[size], new bool[size], new bool[size]);
        }

        if (clearWords)
        {
            Array.Clear(_words, 0, count);
        }

        Array.Clear(_consumed!, 0, count);
        Array.Clear(_covered!, 0, count);
        return (_words, _consumed!, _covered!);
    }

    /// <summary>
    /// The anchors of the unit being analysed (each key once, but for addresses), and for each
    /// what the unit's paragraph does with it (<see cref="ParagraphAnchors"/>: leaves it when an
    /// earlier sentence has its key, else keeps it among the concepts or the others): one per
    /// thread, emptied for each unit. Outside <see cref="InParagraph"/>, each unit is a paragraph of its own.
    /// </summary>
    /// <remarks>
    /// Arrays and a count rather than lists: emptying does not clear them (a list of structs
    /// holding references clears its array), and an anchor is added by one store of each field.
    /// </remarks>
    private sealed class FoundAnchors
    {
        /// <summary>The room kept, and the most kept after a long unit.</summary>
        private const int InitialRoom = 64;
        private const int MaxKept = 4096;

        private readonly ParagraphKeySet _keys = new();
        private Anchor[] _anchors = new Anchor[InitialRoom];
        private byte[] _notes = new byte[InitialRoom];

        /// <summary>How many anchors the unit has.</summary>
        public int Count { get; private set; }

        /// <summary>
        /// For each anchor, what the paragraph does with it: <see cref="ParagraphAnchors.Left"/>,
        /// <see cref="ParagraphAnchors.Concept"/> or <see cref="ParagraphAnchors.Other"/>. Noted as
        /// the anchor is added, where its kind is known (only <see cref="AddConcept"/> adds
        /// concepts): the paragraph does not test each anchor again.
        /// </summary>
        public ReadOnlySpan<byte> ParagraphNotes => _notes.AsSpan(0, Count);

        /// <summary>The unit's anchors, in a new array of their number.</summary>
        public Anchor[] ToArray() => _anchors.AsSpan(0, Count).ToArray();

        /// <summary>True while the units analysed are the sentences of one paragraph after another (<see cref="StartParagraph"/>).</summary>
        public bool InParagraph { get; set; }

        public void StartParagraph() => _keys.StartParagraph();

        /// <summary>Empties the list for the next unit.</summary>
        public void Clear()
        {
            Count = 0;
            if (_anchors.Length > MaxKept)
            {
                _anchors = new Anchor[InitialRoom];
                _notes = new byte[InitialRoom];
            }

            if (InParagraph)
            {
                _keys.StartSentence();
            }
            else
            {
                _keys.StartParagraph();
            }
        }

        public void Add(string key, AnchorKind kind, Token tok, string text) => Add(key, SpanMap<string>.Hash(key), kind, text, tok.Start, tok.Length);

        public void Add(string key, uint hash, AnchorKind kind, Token tok, string text) => Add(key, hash, kind, text, tok.Start, tok.Length);

        public void Add(string key, AnchorKind kind, string text, int start, int length) => Add(key, SpanMap<string>.Hash(key), kind, text, start, length);

        /// <summary>Adds the anchor unless the unit has its key already (any anchor but a gazetteer concept's: see <see cref="AddConcept"/>).</summary>
        public void Add(string key, uint hash, AnchorKind kind, string text, int start, int length) =>
            Add(key, hash, kind, text, start, length, ParagraphAnchors.Other);

        /// <summary>
        /// Adds a gazetteer concept's anchor (a date or an entity, key "g:" and its number) unless the
        /// unit has its key already: the paragraph's features list these first (<see cref="Merge"/>).
        /// </summary>
        public void AddConcept(string key, AnchorKind kind, string text, int start, int length) =>
            Add(key, SpanMap<string>.Hash(key), kind, text, start, length, ParagraphAnchors.Concept);

        /// <summary>Adds the anchor even when the unit has its key (a web address written twice is kept twice).</summary>
        public void AddAlways(Anchor anchor)
        {
            _keys.Add(anchor.Key, SpanMap<string>.Hash(anchor.Key), out bool newInParagraph);
            Append(anchor, newInParagraph ? ParagraphAnchors.Other : ParagraphAnchors.Left);
        }

        /// <summary>Adds the anchor unless the unit has its key; <paramref name="keptAs"/>: where the paragraph keeps it if no earlier sentence has its key.</summary>
        /// <remarks>
        /// One call per anchor, with the key set's probe inlined into it (<see cref="ParagraphKeySet.Add"/>):
        /// the analysis of a unit adds from a dozen places, and an inlined add there called the probe
        /// and passed its answer through memory.
        /// </remarks>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Add(string key, uint hash, AnchorKind kind, string text, int start, int length, byte keptAs)
        {
            if (_keys.Add(key, hash, out bool newInParagraph))
            {
                Append(new Anchor(key, kind, text, start, length), newInParagraph ? keptAs : ParagraphAnchors.Left);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Append(Anchor anchor, byte note)
        {
            int n = Count;
            if (n == _anchors.Length)
            {
                Grow();
            }

            _anchors[n] = anchor;
            _notes[n] = note;
            Count = n + 1;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Grow()
        {
            Array.Resize(ref _anchors, _anchors.Length * 2);
            Array.Resize(ref _notes, _notes.Length * 2);
        }
    }

    private static string Format(double v) => NumberReader.Canonical(v.ToString("0.######", CultureInfo.InvariantCulture));

    /// <summary>What one word gives, whatever the text it stands in.</summary>
    /// <remarks>
    /// The keys a word gives come with their hashes (<see cref="SpanMap{TValue}.Hash"/>), made
    /// once per word: a unit's set of keys and a paragraph's merge take them as they are.
    /// </remarks>
    private sealed class WordInfo
    {
        public WordInfo(string? acronym, string? skeleton, string? stem)
        {
            Acronym = acronym;
            AcronymKey = acronym is null ? null : "a:" + acronym;
            AcronymKeyHash = AcronymKey is null ? 0 : SpanMap<string>.Hash(AcronymKey);
            Skeleton = skeleton;
            SkeletonHash = skeleton is null ? 0 : SpanMap<string>.Hash(skeleton);
            Stem = stem;
            StemHash = stem is null ? 0 : SpanMap<string>.Hash(stem);
        }

        /// <summary>The word as written (the word cache's key).</summary>
        public required string Text { get; init; }

        /// <summary>The hash of <see cref="Text"/>.</summary>
        public required uint TextHash { get; init; }

        public required string Normal { get; init; }

        /// <summary>Analysed as an English word (Latin script), whatever the unit's language.</summary>
        public bool Latin { get; init; }

        /// <summary>The Latin letter this Hindi word names (एन = N), or null.</summary>
        public char? Letter
        {
            get;
            init
            {
                field = value;
                _letterOrNumber |= value is not null;
            }
        }

        /// <summary>
        /// True when the word names a letter, or is a <see cref="Cardinal"/>, a <see cref="Scale"/>
        /// or "one" (<see cref="IsOne"/>): only then does the analysis test those (set by their init accessors).
        /// </summary>
        public bool LetterOrNumber => _letterOrNumber;

        private bool _letterOrNumber;

        public bool IsStop { get; init; }

        public bool Capital { get; init; }

        /// <summary>A capitalised Latin word in lower case (invariant culture), to look up among the words an article writes so; else null.</summary>
        public string? Lower
        {
            get;
            init
            {
                field = value;
                LowerHash = value is null ? 0 : SpanMap<string>.Hash(value);
            }
        }

        public uint LowerHash { get; private init; }

        public string? Skeleton { get; }

        public uint SkeletonHash { get; }

        public string? Acronym { get; }

        /// <summary>The acronym's anchor key ("a:" + the acronym).</summary>
        public string? AcronymKey { get; }

        public uint AcronymKeyHash { get; }

        public string? Stem { get; }

        public uint StemHash { get; }

        public long? Cardinal
        {
            get;
            init
            {
                field = value;
                _letterOrNumber |= value is not null;
            }
        }

        public double? Scale
        {
            get;
            init
            {
                field = value;
                _letterOrNumber |= value is not null;
            }
        }

        public bool IsOne
        {
            get;
            init
            {
                field = value;
                _letterOrNumber |= value;
            }
        }

        public int Concept { get; init; }

        public bool PhraseStart { get; init; }
    }
}
